// The nonprofits subgraph's facts, kept here: which nonprofits may be a beneficiary. A suspension
// also suspends the nonprofit's ACTIVE fundraisers (they stop taking donations), each with its
// FundraiserStatusChanged event, in the same transaction as the projection's change.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import { FundraiserSchema } from '../fundraiser/fundraiser.entity.ts';
import { changeStatus } from '../fundraiser/fundraiser.service.ts';
import { BeneficiarySchema } from './beneficiary.entity.ts';

interface NonprofitFact {
  nonprofitId: string;
  verifiedAt?: string;
  suspendedAt?: string;
}

export function beneficiaryConsumers(outbox: Outbox) {
  return {
    NonprofitVerified: async (em: EntityManager, event: EventEnvelope) => {
      const fact = event.payload as unknown as NonprofitFact;
      await record(em, fact.nonprofitId, 'VERIFIED', new Date(fact.verifiedAt ?? event.occurredAt));
    },
    NonprofitSuspended: async (em: EntityManager, event: EventEnvelope) => {
      const fact = event.payload as unknown as NonprofitFact;
      const at = new Date(fact.suspendedAt ?? event.occurredAt);
      if (!(await record(em, fact.nonprofitId, 'SUSPENDED', at))) return;
      const active = await em.find(FundraiserSchema, { beneficiaryId: fact.nonprofitId, status: 'ACTIVE' }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const now = new Date();
      for (const fundraiser of active) await changeStatus(em, outbox, fundraiser, 'SUSPENDED', 'BENEFICIARY_SUSPENDED', now);
    },
  };
}

/** Applies a fact unless a later one is already applied (events may arrive out of order). */
async function record(em: EntityManager, nonprofitId: string, status: 'VERIFIED' | 'SUSPENDED', asOf: Date): Promise<boolean> {
  const applied = await em.execute<{ nonprofit_id: string }[]>(
    `insert into "fundraisers"."beneficiary" ("nonprofit_id", "status", "as_of") values (?, ?, ?)
     on conflict ("nonprofit_id") do update set "status" = excluded."status", "as_of" = excluded."as_of"
       where "beneficiary"."as_of" <= excluded."as_of"
     returning "nonprofit_id"`,
    [nonprofitId, status, asOf],
  );
  return applied.length > 0;
}
