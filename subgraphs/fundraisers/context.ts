import DataLoader from 'dataloader';
import type { BaseSubgraphContext, SubgraphDeps } from '../../kit/subgraph.ts';
import { loadByIds } from '../../kit/db/loaders.ts';
import { FundraiserSchema, type Fundraiser } from './modules/fundraiser/fundraiser.entity.ts';

export interface FundraisersContext extends BaseSubgraphContext {
  deps: SubgraphDeps;
  loaders: {
    fundraiserById: DataLoader<string, Fundraiser | null>;
  };
}

export function fundraisersContext(base: BaseSubgraphContext, deps: SubgraphDeps): FundraisersContext {
  const { em } = base;
  return { ...base, deps, loaders: { fundraiserById: new DataLoader((ids) => loadByIds(em, FundraiserSchema, ids)) } };
}
