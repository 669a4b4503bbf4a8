import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Fundraiser as FundraiserModel, FundraiserUpdate as FundraiserUpdateModel } from '../modules/fundraiser/fundraiser.entity.ts';
import type { Rollout as RolloutModel } from '../modules/rollout/rollout.entity.ts';
import type { EntityRef as EntityRefModel } from '../modules/references.ts';
import type { FundraisersContext } from '../context.ts';
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
  /** ISO 8601 date and time with a zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type CreateFundraiserInput = {
  /** Required for NONPROFIT (a VERIFIED nonprofit), not allowed otherwise. */
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  category: FundraiserCategory;
  /** At most 10,000 characters. */
  description: Scalars['String']['input'];
  /** 1–30 days. */
  durationDays?: InputMaybe<Scalars['Int']['input']>;
  fundingModel?: InputMaybe<FundingModel>;
  /** In USD, GBP, EUR or JPY; the currency never changes afterwards. */
  goal: MoneyInput;
  kind: FundraiserKind;
  /** 1–120 characters. */
  title: Scalars['String']['input'];
};

export type FundingModel =
  /** Donations are pledged and charged only if the goal is reached by the deadline. */
  | 'ALL_OR_NOTHING'
  /** Every donation is kept, whether or not the goal is reached. */
  | 'KEEP_IT_ALL';

export type Fundraiser = {
  __typename?: 'Fundraiser';
  /** The nonprofit a NONPROFIT fundraiser raises for; null for the other kinds. */
  beneficiary: Maybe<Nonprofit>;
  category: FundraiserCategory;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  fundingModel: FundingModel;
  /** The currency is fixed at creation. */
  goal: Money;
  id: Scalars['ID']['output'];
  kind: FundraiserKind;
  organizer: User;
  status: FundraiserStatus;
  title: Scalars['String']['output'];
  /** The organizer's news, newest first. */
  updates: FundraiserUpdateConnection;
};


export type FundraiserUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FundraiserCategory =
  | 'ANIMALS'
  | 'ARTS_CULTURE'
  | 'BUSINESS'
  | 'COMMUNITY'
  | 'CRISIS_RELIEF'
  | 'EDUCATION'
  | 'ENVIRONMENT'
  | 'FAITH'
  | 'FAMILY'
  | 'MEDICAL'
  | 'MEMORIAL'
  | 'OTHER'
  | 'SPORTS'
  | 'VOLUNTEER';

export type FundraiserConnection = {
  __typename?: 'FundraiserConnection';
  edges: Array<FundraiserEdge>;
  pageInfo: PageInfo;
};

export type FundraiserEdge = {
  __typename?: 'FundraiserEdge';
  cursor: Scalars['String']['output'];
  node: Fundraiser;
};

export type FundraiserKind =
  | 'BUSINESS_PROJECT'
  /** For a VERIFIED nonprofit, its beneficiary. */
  | 'NONPROFIT'
  | 'PERSONAL_CAUSE';

export type FundraiserStatus =
  /** Taking donations. */
  | 'ACTIVE'
  /** Its time is up or its organizer ended it; an ALL_OR_NOTHING fundraiser waits here for its outcome. */
  | 'ENDED'
  /** An ALL_OR_NOTHING fundraiser that did not. */
  | 'FAILED'
  /** An ALL_OR_NOTHING fundraiser that reached its goal. */
  | 'SUCCEEDED'
  /** Its nonprofit beneficiary was suspended. */
  | 'SUSPENDED';

export type FundraiserUpdate = {
  __typename?: 'FundraiserUpdate';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type FundraiserUpdateConnection = {
  __typename?: 'FundraiserUpdateConnection';
  edges: Array<FundraiserUpdateEdge>;
  pageInfo: PageInfo;
};

export type FundraiserUpdateEdge = {
  __typename?: 'FundraiserUpdateEdge';
  cursor: Scalars['String']['output'];
  node: FundraiserUpdate;
};

export type FundraisingAvailability = {
  __typename?: 'FundraisingAvailability';
  canCreateNonprofitFundraiser: Scalars['Boolean']['output'];
  canCreatePersonalFundraiser: Scalars['Boolean']['output'];
  canDonate: Scalars['Boolean']['output'];
  canGoLiveWithFundraiser: Scalars['Boolean']['output'];
  /** Why something is not available (null when everything is). */
  reason: Maybe<Scalars['String']['output']>;
};

/** An amount in the currency's minor unit (cents; whole yen for JPY). */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  /** ISO 4217, upper case: USD, GBP, EUR or JPY. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Starts a fundraiser, ACTIVE at once, organized by the viewer (18 or over, inside the rollout). */
  createFundraiser: Fundraiser;
  /** The organizer or an admin ends an ACTIVE fundraiser now. */
  endFundraiser: Fundraiser;
  /** The organizer or an admin gives an ACTIVE fundraiser 1–30 more days, never past 90 days after its creation. */
  extendFundraiser: Fundraiser;
  /** The organizer or an admin posts news to the fundraiser's followers. */
  postFundraiserUpdate: FundraiserUpdate;
  /** An admin opens a feature to exactly these countries and platforms, on every instance at once. */
  setFundraisingRollout: Rollout;
  /** The organizer or an admin edits the title, description or goal (never its currency). */
  updateFundraiser: Fundraiser;
};


export type MutationCreateFundraiserArgs = {
  input: CreateFundraiserInput;
};


export type MutationEndFundraiserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExtendFundraiserArgs = {
  days: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPostFundraiserUpdateArgs = {
  fundraiserId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSetFundraisingRolloutArgs = {
  input: RolloutInput;
};


export type MutationUpdateFundraiserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFundraiserInput;
};

export type Nonprofit = {
  __typename?: 'Nonprofit';
  /** The fundraisers raising for this nonprofit, newest first. */
  fundraisers: FundraiserConnection;
  id: Scalars['ID']['output'];
};


export type NonprofitFundraisersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Platform =
  | 'ANDROID'
  | 'IOS'
  | 'WEB';

export type Query = {
  __typename?: 'Query';
  /** A fundraiser by id; null when there is none. */
  fundraiser: Maybe<Fundraiser>;
  /** Fundraisers by id, in the order asked (null where there is none); at most 100 ids. */
  fundraisersByIds: Array<Maybe<Fundraiser>>;
  /** What the viewer may do here, from their country and the app they use. */
  fundraisingAvailability: FundraisingAvailability;
  /** Where each fundraising feature is open. Admins only. */
  fundraisingRollouts: Array<Rollout>;
};


export type QueryFundraiserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundraisersByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type Rollout = {
  __typename?: 'Rollout';
  countries: Array<Scalars['String']['output']>;
  feature: RolloutFeature;
  platforms: Array<Platform>;
};

export type RolloutFeature =
  | 'DONATIONS'
  | 'LIVE_FUNDRAISERS'
  | 'NONPROFIT_FUNDRAISERS'
  /** Personal and business fundraisers. */
  | 'PERSONAL_FUNDRAISERS';

export type RolloutInput = {
  /** ISO 3166-1 alpha-2 codes; empty closes the feature everywhere. */
  countries: Array<Scalars['String']['input']>;
  feature: RolloutFeature;
  platforms: Array<Platform>;
};

export type UpdateFundraiserInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** In the fundraiser's own currency. */
  goal?: InputMaybe<MoneyInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  /** The fundraisers this person organizes, newest first. */
  fundraisers: FundraiserConnection;
  id: Scalars['ID']['output'];
};


export type UserFundraisersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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
  Fundraiser: Fundraiser;
  Nonprofit: Nonprofit;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Fundraiser:
    ( { __typename: 'Fundraiser' }
    & GraphQLRecursivePick<FederationTypes['Fundraiser'], {"id":true}> );
  Nonprofit:
    ( { __typename: 'Nonprofit' }
    & GraphQLRecursivePick<FederationTypes['Nonprofit'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateFundraiserInput: CreateFundraiserInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FundingModel: FundingModel;
  Fundraiser: ResolverTypeWrapper<FundraiserModel>;
  FundraiserCategory: FundraiserCategory;
  FundraiserConnection: ResolverTypeWrapper<Omit<FundraiserConnection, 'edges'> & { edges: Array<ResolversTypes['FundraiserEdge']> }>;
  FundraiserEdge: ResolverTypeWrapper<Omit<FundraiserEdge, 'node'> & { node: ResolversTypes['Fundraiser'] }>;
  FundraiserKind: FundraiserKind;
  FundraiserStatus: FundraiserStatus;
  FundraiserUpdate: ResolverTypeWrapper<FundraiserUpdateModel>;
  FundraiserUpdateConnection: ResolverTypeWrapper<Omit<FundraiserUpdateConnection, 'edges'> & { edges: Array<ResolversTypes['FundraiserUpdateEdge']> }>;
  FundraiserUpdateEdge: ResolverTypeWrapper<Omit<FundraiserUpdateEdge, 'node'> & { node: ResolversTypes['FundraiserUpdate'] }>;
  FundraisingAvailability: ResolverTypeWrapper<FundraisingAvailability>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nonprofit: ResolverTypeWrapper<EntityRefModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: Platform;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rollout: ResolverTypeWrapper<RolloutModel>;
  RolloutFeature: RolloutFeature;
  RolloutInput: RolloutInput;
  UpdateFundraiserInput: UpdateFundraiserInput;
  User: ResolverTypeWrapper<EntityRefModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateFundraiserInput: CreateFundraiserInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Fundraiser: FundraiserModel;
  FundraiserConnection: Omit<FundraiserConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundraiserEdge']> };
  FundraiserEdge: Omit<FundraiserEdge, 'node'> & { node: ResolversParentTypes['Fundraiser'] };
  FundraiserUpdate: FundraiserUpdateModel;
  FundraiserUpdateConnection: Omit<FundraiserUpdateConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundraiserUpdateEdge']> };
  FundraiserUpdateEdge: Omit<FundraiserUpdateEdge, 'node'> & { node: ResolversParentTypes['FundraiserUpdate'] };
  FundraisingAvailability: FundraisingAvailability;
  Boolean: Scalars['Boolean']['output'];
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Nonprofit: EntityRefModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rollout: RolloutModel;
  RolloutInput: RolloutInput;
  UpdateFundraiserInput: UpdateFundraiserInput;
  User: EntityRefModel;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundraiserResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['Fundraiser'] = ResolversParentTypes['Fundraiser'], FederationReferenceType extends FederationReferenceTypes['Fundraiser'] = FederationReferenceTypes['Fundraiser']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Fundraiser']> | FederationReferenceType, FederationReferenceType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['Nonprofit']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FundraiserCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fundingModel?: Resolver<ResolversTypes['FundingModel'], ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundraiserKind'], ParentType, ContextType>;
  organizer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FundraiserStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updates?: Resolver<ResolversTypes['FundraiserUpdateConnection'], ParentType, ContextType, Partial<FundraiserUpdatesArgs>>;
}>;

export type FundraiserConnectionResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['FundraiserConnection'] = ResolversParentTypes['FundraiserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FundraiserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FundraiserEdgeResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['FundraiserEdge'] = ResolversParentTypes['FundraiserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType>;
}>;

export type FundraiserUpdateResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['FundraiserUpdate'] = ResolversParentTypes['FundraiserUpdate']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FundraiserUpdateConnectionResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['FundraiserUpdateConnection'] = ResolversParentTypes['FundraiserUpdateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FundraiserUpdateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FundraiserUpdateEdgeResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['FundraiserUpdateEdge'] = ResolversParentTypes['FundraiserUpdateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundraiserUpdate'], ParentType, ContextType>;
}>;

export type FundraisingAvailabilityResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['FundraisingAvailability'] = ResolversParentTypes['FundraisingAvailability']> = ResolversObject<{
  canCreateNonprofitFundraiser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canCreatePersonalFundraiser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canDonate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canGoLiveWithFundraiser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createFundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType, RequireFields<MutationCreateFundraiserArgs, 'input'>>;
  endFundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType, RequireFields<MutationEndFundraiserArgs, 'id'>>;
  extendFundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType, RequireFields<MutationExtendFundraiserArgs, 'days' | 'id'>>;
  postFundraiserUpdate?: Resolver<ResolversTypes['FundraiserUpdate'], ParentType, ContextType, RequireFields<MutationPostFundraiserUpdateArgs, 'fundraiserId' | 'text'>>;
  setFundraisingRollout?: Resolver<ResolversTypes['Rollout'], ParentType, ContextType, RequireFields<MutationSetFundraisingRolloutArgs, 'input'>>;
  updateFundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType, RequireFields<MutationUpdateFundraiserArgs, 'id' | 'input'>>;
}>;

export type NonprofitResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['Nonprofit'] = ResolversParentTypes['Nonprofit'], FederationReferenceType extends FederationReferenceTypes['Nonprofit'] = FederationReferenceTypes['Nonprofit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Nonprofit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundraisers?: Resolver<ResolversTypes['FundraiserConnection'], ParentType, ContextType, Partial<NonprofitFundraisersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  fundraiser?: Resolver<Maybe<ResolversTypes['Fundraiser']>, ParentType, ContextType, RequireFields<QueryFundraiserArgs, 'id'>>;
  fundraisersByIds?: Resolver<Array<Maybe<ResolversTypes['Fundraiser']>>, ParentType, ContextType, RequireFields<QueryFundraisersByIdsArgs, 'ids'>>;
  fundraisingAvailability?: Resolver<ResolversTypes['FundraisingAvailability'], ParentType, ContextType>;
  fundraisingRollouts?: Resolver<Array<ResolversTypes['Rollout']>, ParentType, ContextType>;
}>;

export type RolloutResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['Rollout'] = ResolversParentTypes['Rollout']> = ResolversObject<{
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['RolloutFeature'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = FundraisersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundraisers?: Resolver<ResolversTypes['FundraiserConnection'], ParentType, ContextType, Partial<UserFundraisersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FundraisersContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Fundraiser?: FundraiserResolvers<ContextType>;
  FundraiserConnection?: FundraiserConnectionResolvers<ContextType>;
  FundraiserEdge?: FundraiserEdgeResolvers<ContextType>;
  FundraiserUpdate?: FundraiserUpdateResolvers<ContextType>;
  FundraiserUpdateConnection?: FundraiserUpdateConnectionResolvers<ContextType>;
  FundraiserUpdateEdge?: FundraiserUpdateEdgeResolvers<ContextType>;
  FundraisingAvailability?: FundraisingAvailabilityResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Nonprofit?: NonprofitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rollout?: RolloutResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

