import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Nonprofit as NonprofitModel } from '../modules/nonprofit/nonprofit.entity.ts';
import type { VerificationRequest as VerificationRequestModel, VerificationDecisionRecord as VerificationDecisionRecordModel } from '../modules/verification/verification.entity.ts';
import type { NonprofitsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** ISO 8601 date and time with a zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A representative asks for a nonprofit to be verified; the registry is checked at once. */
  applyForNonprofitVerification: VerificationRequest;
  /** A reviewer or admin decides on an open request. */
  reviewNonprofitVerification: VerificationRequest;
  /** An admin suspends a verified nonprofit: its fundraisers stop taking donations. */
  suspendNonprofit: Nonprofit;
};


export type MutationApplyForNonprofitVerificationArgs = {
  input: NonprofitVerificationInput;
};


export type MutationReviewNonprofitVerificationArgs = {
  input: ReviewVerificationInput;
};


export type MutationSuspendNonprofitArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Nonprofit = {
  __typename?: 'Nonprofit';
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Whether the latest registry load lists it as registered. */
  listedInRegistry: Scalars['Boolean']['output'];
  /** The name in its registry. */
  name: Scalars['String']['output'];
  registrationNumber: Scalars['String']['output'];
  registry: Registry;
  verificationStatus: NonprofitVerificationStatus;
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  website: Maybe<Scalars['String']['output']>;
};

export type NonprofitConnection = {
  __typename?: 'NonprofitConnection';
  edges: Array<NonprofitEdge>;
  pageInfo: PageInfo;
};

export type NonprofitEdge = {
  __typename?: 'NonprofitEdge';
  cursor: Scalars['String']['output'];
  node: Nonprofit;
};

export type NonprofitVerificationInput = {
  contactEmail: Scalars['String']['input'];
  /** The nonprofit's name as the applicant knows it. */
  name: Scalars['String']['input'];
  registrationNumber: Scalars['String']['input'];
  registry: Registry;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type NonprofitVerificationStatus =
  /** No longer listed by its registry, or suspended by an admin. */
  | 'SUSPENDED'
  /** In the registry; nobody has been verified as its representative. */
  | 'UNVERIFIED'
  /** A reviewer approved it: it can receive money, host live fundraisers and be matched. */
  | 'VERIFIED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A nonprofit by id; null when there is none. */
  nonprofit: Maybe<Nonprofit>;
  /** Nonprofits by name (typos and prefixes forgiven) or registration number, most relevant first. */
  searchNonprofits: NonprofitConnection;
  /** Open verification requests, oldest first. Reviewers and admins only. */
  verificationQueue: VerificationRequestConnection;
  /** A verification request: its applicant, reviewers and admins only. */
  verificationRequest: Maybe<VerificationRequest>;
};


export type QueryNonprofitArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchNonprofitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryVerificationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerificationRequestArgs = {
  id: Scalars['ID']['input'];
};

/** The regulators' registers the platform loads. */
export type Registry =
  | 'FR_RNA'
  | 'GB_CHARITY_COMMISSION'
  | 'IE_CHARITIES_REGULATOR'
  | 'US_IRS';

export type RegistryMatch = {
  __typename?: 'RegistryMatch';
  eligible: Scalars['Boolean']['output'];
  found: Scalars['Boolean']['output'];
  /** Why the request is not eligible; empty when it is. */
  reasons: Array<Scalars['String']['output']>;
  /** The name the registry lists, when found. */
  registryName: Maybe<Scalars['String']['output']>;
};

export type ReviewVerificationInput = {
  decision: VerificationDecision;
  /** Required to reject or to ask for more. */
  reason?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type VerificationDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_INFO';

export type VerificationDecisionRecord = {
  __typename?: 'VerificationDecisionRecord';
  decidedAt: Scalars['DateTime']['output'];
  /** Null when the platform decided by itself (the registry check). */
  decidedBy: Maybe<User>;
  decision: VerificationDecision;
  reason: Maybe<Scalars['String']['output']>;
};

export type VerificationRequest = {
  __typename?: 'VerificationRequest';
  applicant: User;
  contactEmail: Scalars['String']['output'];
  /** The latest decision, when there is one. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<User>;
  decisionReason: Maybe<Scalars['String']['output']>;
  /** Every decision on this request, oldest first: who, when, what and why. */
  decisions: Array<VerificationDecisionRecord>;
  id: Scalars['ID']['output'];
  /** As given by the applicant. */
  name: Scalars['String']['output'];
  /** The nonprofit applied for; null when the registry does not list the number. */
  nonprofit: Maybe<Nonprofit>;
  /** What the registry said when the request was made. */
  registryMatch: RegistryMatch;
  status: VerificationRequestStatus;
  submittedAt: Scalars['DateTime']['output'];
  website: Maybe<Scalars['String']['output']>;
};

export type VerificationRequestConnection = {
  __typename?: 'VerificationRequestConnection';
  edges: Array<VerificationRequestEdge>;
  pageInfo: PageInfo;
};

export type VerificationRequestEdge = {
  __typename?: 'VerificationRequestEdge';
  cursor: Scalars['String']['output'];
  node: VerificationRequest;
};

export type VerificationRequestStatus =
  | 'APPROVED'
  /** A reviewer asked the applicant for more; still open. */
  | 'INFO_REQUESTED'
  /** Eligible in the registry; waiting for a reviewer. */
  | 'PENDING_REVIEW'
  | 'REJECTED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Nonprofit: Nonprofit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Nonprofit:
    ( { __typename: 'Nonprofit' }
    & GraphQLRecursivePick<FederationTypes['Nonprofit'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Nonprofit: ResolverTypeWrapper<NonprofitModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NonprofitConnection: ResolverTypeWrapper<Omit<NonprofitConnection, 'edges'> & { edges: Array<ResolversTypes['NonprofitEdge']> }>;
  NonprofitEdge: ResolverTypeWrapper<Omit<NonprofitEdge, 'node'> & { node: ResolversTypes['Nonprofit'] }>;
  NonprofitVerificationInput: NonprofitVerificationInput;
  NonprofitVerificationStatus: NonprofitVerificationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Registry: Registry;
  RegistryMatch: ResolverTypeWrapper<RegistryMatch>;
  ReviewVerificationInput: ReviewVerificationInput;
  User: ResolverTypeWrapper<User>;
  VerificationDecision: VerificationDecision;
  VerificationDecisionRecord: ResolverTypeWrapper<VerificationDecisionRecordModel>;
  VerificationRequest: ResolverTypeWrapper<VerificationRequestModel>;
  VerificationRequestConnection: ResolverTypeWrapper<Omit<VerificationRequestConnection, 'edges'> & { edges: Array<ResolversTypes['VerificationRequestEdge']> }>;
  VerificationRequestEdge: ResolverTypeWrapper<Omit<VerificationRequestEdge, 'node'> & { node: ResolversTypes['VerificationRequest'] }>;
  VerificationRequestStatus: VerificationRequestStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Nonprofit: NonprofitModel;
  Boolean: Scalars['Boolean']['output'];
  NonprofitConnection: Omit<NonprofitConnection, 'edges'> & { edges: Array<ResolversParentTypes['NonprofitEdge']> };
  NonprofitEdge: Omit<NonprofitEdge, 'node'> & { node: ResolversParentTypes['Nonprofit'] };
  NonprofitVerificationInput: NonprofitVerificationInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RegistryMatch: RegistryMatch;
  ReviewVerificationInput: ReviewVerificationInput;
  User: User;
  VerificationDecisionRecord: VerificationDecisionRecordModel;
  VerificationRequest: VerificationRequestModel;
  VerificationRequestConnection: Omit<VerificationRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['VerificationRequestEdge']> };
  VerificationRequestEdge: Omit<VerificationRequestEdge, 'node'> & { node: ResolversParentTypes['VerificationRequest'] };
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyForNonprofitVerification?: Resolver<ResolversTypes['VerificationRequest'], ParentType, ContextType, RequireFields<MutationApplyForNonprofitVerificationArgs, 'input'>>;
  reviewNonprofitVerification?: Resolver<ResolversTypes['VerificationRequest'], ParentType, ContextType, RequireFields<MutationReviewNonprofitVerificationArgs, 'input'>>;
  suspendNonprofit?: Resolver<ResolversTypes['Nonprofit'], ParentType, ContextType, RequireFields<MutationSuspendNonprofitArgs, 'id' | 'reason'>>;
}>;

export type NonprofitResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['Nonprofit'] = ResolversParentTypes['Nonprofit'], FederationReferenceType extends FederationReferenceTypes['Nonprofit'] = FederationReferenceTypes['Nonprofit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Nonprofit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listedInRegistry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registry?: Resolver<ResolversTypes['Registry'], ParentType, ContextType>;
  verificationStatus?: Resolver<ResolversTypes['NonprofitVerificationStatus'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NonprofitConnectionResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['NonprofitConnection'] = ResolversParentTypes['NonprofitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NonprofitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type NonprofitEdgeResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['NonprofitEdge'] = ResolversParentTypes['NonprofitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Nonprofit'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  nonprofit?: Resolver<Maybe<ResolversTypes['Nonprofit']>, ParentType, ContextType, RequireFields<QueryNonprofitArgs, 'id'>>;
  searchNonprofits?: Resolver<ResolversTypes['NonprofitConnection'], ParentType, ContextType, RequireFields<QuerySearchNonprofitsArgs, 'query'>>;
  verificationQueue?: Resolver<ResolversTypes['VerificationRequestConnection'], ParentType, ContextType, Partial<QueryVerificationQueueArgs>>;
  verificationRequest?: Resolver<Maybe<ResolversTypes['VerificationRequest']>, ParentType, ContextType, RequireFields<QueryVerificationRequestArgs, 'id'>>;
}>;

export type RegistryMatchResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['RegistryMatch'] = ResolversParentTypes['RegistryMatch']> = ResolversObject<{
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  registryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VerificationDecisionRecordResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['VerificationDecisionRecord'] = ResolversParentTypes['VerificationDecisionRecord']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['VerificationDecision'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VerificationRequestResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['VerificationRequest'] = ResolversParentTypes['VerificationRequest']> = ResolversObject<{
  applicant?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['VerificationDecisionRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nonprofit?: Resolver<Maybe<ResolversTypes['Nonprofit']>, ParentType, ContextType>;
  registryMatch?: Resolver<ResolversTypes['RegistryMatch'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationRequestStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VerificationRequestConnectionResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['VerificationRequestConnection'] = ResolversParentTypes['VerificationRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VerificationRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VerificationRequestEdgeResolvers<ContextType = NonprofitsContext, ParentType extends ResolversParentTypes['VerificationRequestEdge'] = ResolversParentTypes['VerificationRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VerificationRequest'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = NonprofitsContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Nonprofit?: NonprofitResolvers<ContextType>;
  NonprofitConnection?: NonprofitConnectionResolvers<ContextType>;
  NonprofitEdge?: NonprofitEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegistryMatch?: RegistryMatchResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VerificationDecisionRecord?: VerificationDecisionRecordResolvers<ContextType>;
  VerificationRequest?: VerificationRequestResolvers<ContextType>;
  VerificationRequestConnection?: VerificationRequestConnectionResolvers<ContextType>;
  VerificationRequestEdge?: VerificationRequestEdgeResolvers<ContextType>;
}>;

