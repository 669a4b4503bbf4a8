import DataLoader from 'dataloader';
import type { BaseSubgraphContext, SubgraphDeps } from '../../kit/subgraph.ts';
import { isUuid } from '../../kit/db/transaction.ts';
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
      nonprofitById: new DataLoader(async (ids) => {
        const valid = ids.filter(isUuid);
        const found = valid.length ? await em.find(NonprofitSchema, { id: { $in: valid } }) : [];
        const byId = new Map(found.map((n) => [n.id, n]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      decisionsByRequest: new DataLoader(async (ids) => {
        const decisions = await em.find(VerificationDecisionSchema, { requestId: { $in: [...ids] } }, { orderBy: { decidedAt: 'asc', id: 'asc' } });
        return ids.map((id) => decisions.filter((d) => d.requestId === id));
      }),
    },
  };
}
