// Fundraisers end on time. Every instance runs this loop; each due fundraiser is claimed by one of
// them (FOR UPDATE SKIP LOCKED) and closed in the claiming transaction, so a deadline fires once
// whatever the number of instances, and a restart picks up whatever came due while it was down.
import { periodic, type Periodic } from '../../../../kit/periodic.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { FundraiserSchema, type Fundraiser } from '../fundraiser/fundraiser.entity.ts';
import { changeStatus } from '../fundraiser/fundraiser.service.ts';

/** Fundraisers closed per transaction: a burst of deadlines is worked through in batches. */
const BATCH = 100;

export interface DeadlineScheduler extends Periodic {
  /** Closes every fundraiser due at `now`; answers how many this instance closed. Tests pass their own `now`. */
  runDue(now?: Date): Promise<number>;
}

export function deadlineScheduler(deps: SubgraphDeps, intervalMs: number): DeadlineScheduler {
  async function runDue(now = new Date()): Promise<number> {
    let closed = 0;
    for (;;) {
      const batch = await deps.orm.em.fork().transactional(async (tx) => {
        const due = await tx.execute<Record<string, unknown>[]>(
          `select * from "fundraisers"."fundraiser" where "status" = 'ACTIVE' and "ends_at" <= ?
           order by "ends_at" limit ${BATCH} for update skip locked`,
          [now],
        );
        for (const row of due) {
          const fundraiser: Fundraiser = tx.map(FundraiserSchema, row);
          await changeStatus(tx, deps.outbox, fundraiser, 'ENDED', 'DEADLINE', now);
        }
        return due.length;
      });
      closed += batch;
      if (batch < BATCH) return closed;
    }
  }

  const loop = periodic(() => runDue(), intervalMs, (error) => deps.runtime.log.child('fundraisers').error('deadline run failed', error));
  return { runDue, start: loop.start, stop: loop.stop };
}
