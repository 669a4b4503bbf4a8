import DataLoader from 'dataloader';
import type { BaseSubgraphContext, SubgraphDeps } from '../../kit/subgraph.ts';
import { groupByKey, loadByIds } from '../../kit/db/loaders.ts';
import { NonprofitSchema, type Nonprofit } from './modules/nonprofit/nonprofit.entity.ts';
import { VerificationDecisionSchema, type VerificationDecisionRecord } from './modules/verification/verification.entity.ts';

export interface NonprofitsContext extends BaseSubgraphContext {
  deps: SubgraphDeps;
  loaders: {
    nonprofitById: DataLoader<string, Nonprofit | null>;
    /** Each request's decisions, oldest first. */
    decisionsByRequest: DataLoader<string, VerificationDecisionRecord[]>;
  };
}

export function nonprofitsContext(base: BaseSubgraphContext, deps: SubgraphDeps): NonprofitsContext {
  const { em } = base;
  return {
    ...base,
    deps,
    loaders: {
      nonprofitById: new DataLoader((ids) => loadByIds(em, NonprofitSchema, ids)),
      decisionsByRequest: new DataLoader(async (ids) => {
        const decisions = await em.find(VerificationDecisionSchema, { requestId: { $in: [...ids] } }, { orderBy: { decidedAt: 'asc', id: 'asc' } });
        return groupByKey(ids, decisions, (d) => d.requestId);
      }),
    },
  };
}
