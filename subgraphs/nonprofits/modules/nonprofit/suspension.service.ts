// Suspending a verified nonprofit (an admin's decision, or its registry no longer listing it): its
// fundraisers stop taking donations when the fundraisers subgraph hears NonprofitSuspended.
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, notFound } from '../../../../kit/errors.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { NonprofitSchema, type Nonprofit } from './nonprofit.entity.ts';

export async function suspendNonprofit(em: EntityManager, deps: SubgraphDeps, id: string, rawReason: string): Promise<Nonprofit> {
  const reason = rawReason.trim();
  if (!reason) throw badInput('reason', 'Say why the nonprofit is suspended');
  if (reason.length > 2000) throw badInput('reason', 'Reasons have at most 2,000 characters');
  if (!isUuid(id)) throw notFound('No such nonprofit');
  return inTransaction(em, async (tx) => {
    const nonprofit = await tx.findOne(NonprofitSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!nonprofit) throw notFound('No such nonprofit');
    if (nonprofit.verificationStatus === 'SUSPENDED') return nonprofit;
    if (nonprofit.verificationStatus !== 'VERIFIED') throw conflict('Only a verified nonprofit can be suspended');
    const now = new Date();
    nonprofit.verificationStatus = 'SUSPENDED';
    nonprofit.suspendedAt = now;
    nonprofit.suspensionReason = reason;
    nonprofit.updatedAt = now;
    await tx.flush();
    await deps.outbox.record(tx, 'NonprofitSuspended', { nonprofitId: id, reason, cause: 'ADMIN', suspendedAt: now.toISOString() });
    return nonprofit;
  });
}
