// The fundraisers subgraph: fundraisers and their updates, the staged rollout, deadlines, and what
// it keeps of the nonprofits it may raise for.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { fundraisersContext, type FundraisersContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { FundraiserSchema, FundraiserUpdateSchema } from './modules/fundraiser/fundraiser.entity.ts';
import { RolloutSchema } from './modules/rollout/rollout.entity.ts';
import { BeneficiarySchema } from './modules/beneficiary/beneficiary.entity.ts';
import { beneficiaryConsumers } from './modules/beneficiary/beneficiary.consumer.ts';
import { deadlineScheduler } from './modules/deadline/deadline.scheduler.ts';
import { outcomeConsumers } from './modules/deadline/outcome.consumer.ts';
import { migrations } from './migrations/index.ts';

export const fundraisersSubgraph: SubgraphDefinition<FundraisersContext> = {
  name: 'fundraisers',
  typeDefs: parse(readFileSync(new URL('../../schema/fundraisers.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as GraphQLResolverMap<FundraisersContext>,
  entities: [FundraiserSchema, FundraiserUpdateSchema, RolloutSchema, BeneficiarySchema],
  migrations,
  context: fundraisersContext,
  consumes: (deps) => ({ ...beneficiaryConsumers(deps.outbox), ...outcomeConsumers(deps.outbox) }),
  onStart: async (deps) => {
    const scheduler = deadlineScheduler(deps, deps.runtime.config.deadlineCheckIntervalMs);
    scheduler.start();
    return () => scheduler.stop();
  },
};
