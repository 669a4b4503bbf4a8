// An ALL_OR_NOTHING fundraiser's outcome: once its deadline is reached (FundraiserDeadlineReached),
// the donations subgraph charges or cancels the pledges and announces FundraiserOutcomeDecided;
// the fundraiser then goes from ENDED to SUCCEEDED or FAILED, with its FundraiserStatusChanged.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import { FundraiserSchema } from '../fundraiser/fundraiser.entity.ts';
import { changeStatus } from '../fundraiser/fundraiser.service.ts';

interface OutcomeDecided {
  fundraiserId: string;
  outcome: 'SUCCEEDED' | 'FAILED';
}

export function outcomeConsumers(outbox: Outbox) {
  return {
    FundraiserOutcomeDecided: async (em: EntityManager, event: EventEnvelope) => {
      const { fundraiserId, outcome } = event.payload as unknown as OutcomeDecided;
      if (outcome !== 'SUCCEEDED' && outcome !== 'FAILED') throw new Error(`FundraiserOutcomeDecided ${event.id}: unknown outcome ${String(outcome)}`);
      const fundraiser = await em.findOne(FundraiserSchema, { id: fundraiserId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // Only an ALL_OR_NOTHING fundraiser that has ended waits for an outcome; anything else is stale.
      if (!fundraiser || fundraiser.fundingModel !== 'ALL_OR_NOTHING' || fundraiser.status !== 'ENDED') return;
      await changeStatus(em, outbox, fundraiser, outcome, 'OUTCOME', new Date());
    },
  };
}
