import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '../../../kit/scalars.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { Fundraiser, Nonprofit, User } from './Fundraiser.ts';

export const resolvers: Resolvers = { Query, Mutation, Fundraiser, User, Nonprofit, DateTime: DateTimeScalar };
