// The users subgraph: accounts, sign-up and sign-in, follows, roles, and the public donors that
// Fundraiser.donorsYouFollow shows, and partner apps with their tokens.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { usersContext, type UsersContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { UserSchema } from './modules/user/user.entity.ts';
import { FollowSchema } from './modules/follow/follow.entity.ts';
import { migrations } from './migrations/index.ts';
import { ensureAdmin } from './modules/user/accounts.service.ts';
import { PublicDonationSchema } from './modules/donor/public-donor.entity.ts';
import { publicDonorConsumers } from './modules/donor/public-donor.service.ts';
import { PartnerAppSchema } from './modules/partner/partner-app.entity.ts';

export const usersSubgraph: SubgraphDefinition<UsersContext> = {
  name: 'users',
  typeDefs: parse(readFileSync(new URL('../../schema/users.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as GraphQLResolverMap<UsersContext>,
  entities: [UserSchema, FollowSchema, PublicDonationSchema, PartnerAppSchema],
  migrations,
  context: usersContext,
  consumes: () => publicDonorConsumers,
  onStart: ensureAdmin,
};
