import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '../../../kit/scalars.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { LiveBroadcast, Post, Sticker, Story, User } from './Content.ts';

export const resolvers: Resolvers = { Query, Mutation, Post, Story, Sticker, LiveBroadcast, User, DateTime: DateTimeScalar };
