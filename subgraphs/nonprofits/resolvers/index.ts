import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateScalar, DateTimeScalar } from '../../../kit/scalars.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { Nonprofit } from './Nonprofit.ts';
import { VerificationDecisionRecord, VerificationRequest } from './VerificationRequest.ts';

export const resolvers: Resolvers = {
  Query, Mutation, Nonprofit, VerificationRequest, VerificationDecisionRecord, Date: DateScalar, DateTime: DateTimeScalar,
};
