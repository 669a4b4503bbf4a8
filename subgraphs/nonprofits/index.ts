// The nonprofits subgraph: the regulators' registers, search, and verification.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { nonprofitsContext, type NonprofitsContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { NonprofitSchema, NonprofitWordSchema } from './modules/nonprofit/nonprofit.entity.ts';
import { VerificationDecisionSchema, VerificationRequestSchema } from './modules/verification/verification.entity.ts';
import { migrations } from './migrations/index.ts';

export const nonprofitsSubgraph: SubgraphDefinition<NonprofitsContext> = {
  name: 'nonprofits',
  typeDefs: parse(readFileSync(new URL('../../schema/nonprofits.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as GraphQLResolverMap<NonprofitsContext>,
  entities: [NonprofitSchema, NonprofitWordSchema, VerificationRequestSchema, VerificationDecisionSchema],
  migrations,
  context: nonprofitsContext,
};
