import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateScalar, DateTimeScalar } from '../../../kit/scalars.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { User } from './User.ts';
import { Fundraiser } from './Fundraiser.ts';

export const resolvers: Resolvers = { Query, Mutation, User, Fundraiser, Date: DateScalar, DateTime: DateTimeScalar };
