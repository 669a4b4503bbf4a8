import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Donation as DonationModel } from '../modules/donation/donation.entity.ts';
import type { DonatePayload as DonatePayloadModel } from '../modules/donation/donate.service.ts';
import type { EntityRef as EntityRefModel } from '../modules/references.ts';
import type { MatchingCampaign as MatchingCampaignModel } from '../modules/matching/matching.entity.ts';
import type { DonationsContext } from '../context.ts';
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
  /** YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** ISO 8601 date and time with a zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * Figures for internal tools (ANALYST or ADMIN). Amounts are one Money per currency, never converted
 * or added across currencies. raised, donationCount and donorCount count donations still counted in
 * the totals; refunded is what refunds and lost disputes took back; matched is what matching
 * campaigns added and kept.
 */
export type CampaignReport = {
  __typename?: 'CampaignReport';
  /** Prompted donations over all donations in the report; null when there are none. */
  promptedShare: Maybe<Scalars['Float']['output']>;
  /** One row per combination of the groupBy dimensions, sorted by them (without groupBy: one row). */
  rows: Array<CampaignReportRow>;
  total: CampaignReportTotal;
};

/** What a campaign report counts: donations that succeeded between from (included) and to (excluded), narrowed by every filter given. */
export type CampaignReportFilter = {
  /** ISO 3166-1 alpha-2: the donors' countries. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  from: Scalars['DateTime']['input'];
  fundraiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only donations this matching campaign matched. */
  matchingCampaignId?: InputMaybe<Scalars['ID']['input']>;
  nonprofitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  platforms?: InputMaybe<Array<Platform>>;
  sources?: InputMaybe<Array<DonationSourceType>>;
  to: Scalars['DateTime']['input'];
};

/** A row's keys are set for the dimensions grouped by, null for the others. */
export type CampaignReportRow = {
  __typename?: 'CampaignReportRow';
  country: Maybe<Scalars['String']['output']>;
  day: Maybe<Scalars['Date']['output']>;
  donationCount: Scalars['Int']['output'];
  donorCount: Scalars['Int']['output'];
  fundraiser: Maybe<Fundraiser>;
  matched: Array<Money>;
  nonprofit: Maybe<Nonprofit>;
  platform: Maybe<Platform>;
  prompted: Maybe<Scalars['Boolean']['output']>;
  raised: Array<Money>;
  refunded: Array<Money>;
  source: Maybe<DonationSourceType>;
};

export type CampaignReportTotal = {
  __typename?: 'CampaignReportTotal';
  donationCount: Scalars['Int']['output'];
  /** Distinct donors over the whole report (a donor in several rows counts once). */
  donorCount: Scalars['Int']['output'];
  matched: Array<Money>;
  raised: Array<Money>;
  refunded: Array<Money>;
};

export type CreateMatchingCampaignInput = {
  eligibleNonprofitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  endsAt: Scalars['DateTime']['input'];
  hashtag?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  perDonorCap: MoneyInput;
  pool: MoneyInput;
  ratio: Scalars['Float']['input'];
  sponsorName: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type DonateInput = {
  /** In the fundraiser's currency: 1.00 to 10,000.00 (100 to 10,000 for JPY). */
  amount: MoneyInput;
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  fundraiserId: Scalars['ID']['input'];
  /** 1–255 characters, chosen by the app: the same key from the same donor is the same donation. */
  idempotencyKey: Scalars['String']['input'];
  /** At most 500 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** A Stripe PaymentMethod (in test mode: pm_card_visa, pm_card_chargeDeclined, pm_card_authenticationRequired...). */
  paymentMethodId: Scalars['String']['input'];
  referrerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<DonationSourceInput>;
};

export type DonatePayload = {
  __typename?: 'DonatePayload';
  /** Set while the donation is REQUIRES_ACTION: the app finishes the payment (3-D Secure) with it. */
  clientSecret: Maybe<Scalars['String']['output']>;
  donation: Donation;
};

export type Donation = {
  __typename?: 'Donation';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  /** Null when the donor chose to be anonymous, except for the donor, the organizer and admins. */
  donor: Maybe<User>;
  fundraiser: Fundraiser;
  id: Scalars['ID']['output'];
  isAnonymous: Scalars['Boolean']['output'];
  /** What a matching campaign added (zero when none). */
  matched: Money;
  message: Maybe<Scalars['String']['output']>;
  /** Who prompted the donation, if anyone. */
  referrer: Maybe<User>;
  source: DonationSource;
  status: DonationStatus;
  succeededAt: Maybe<Scalars['DateTime']['output']>;
};

export type DonationConnection = {
  __typename?: 'DonationConnection';
  edges: Array<DonationEdge>;
  pageInfo: PageInfo;
};

export type DonationEdge = {
  __typename?: 'DonationEdge';
  cursor: Scalars['String']['output'];
  node: Donation;
};

/** Where the donation was made from: a fundraiser's page, or a post, story, video or live broadcast (its id). */
export type DonationSource = {
  __typename?: 'DonationSource';
  id: Maybe<Scalars['ID']['output']>;
  type: DonationSourceType;
};

export type DonationSourceInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  type: DonationSourceType;
};

export type DonationSourceType =
  | 'FUNDRAISER_PAGE'
  | 'LIVE'
  | 'POST'
  | 'STORY'
  | 'VIDEO';

export type DonationStatus =
  | 'CANCELLED'
  | 'DISPUTED'
  | 'FAILED'
  | 'PENDING'
  | 'PLEDGED'
  | 'REFUNDED'
  | 'REQUIRES_ACTION'
  | 'SUCCEEDED';

export type Fundraiser = {
  __typename?: 'Fundraiser';
  /** Its succeeded donations, newest first (an anonymous donor's name as the contract says). */
  donations: DonationConnection;
  id: Scalars['ID']['output'];
  /** The ACTIVE matching campaigns that match donations to it now. */
  matchingCampaigns: Array<MatchingCampaign>;
  totals: FundraiserTotals;
  /** Whether the viewer has a succeeded donation to it. */
  viewerHasDonated: Scalars['Boolean']['output'];
};


export type FundraiserDonationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A fundraiser's totals: succeeded donations (raised), pledges (ALL_OR_NOTHING) and matches. */
export type FundraiserTotals = {
  __typename?: 'FundraiserTotals';
  /** Succeeded donations. */
  donationCount: Scalars['Int']['output'];
  /** Distinct donors of succeeded donations. */
  donorCount: Scalars['Int']['output'];
  matched: Money;
  pledged: Money;
  /** (raised + pledged + matched) / goal, uncapped. */
  progress: Scalars['Float']['output'];
  raised: Money;
  /** Rises with every change of the totals: clients drop stale or repeated updates. */
  sequence: Scalars['Int']['output'];
};

/** A fundraiser's totals at one sequence. */
export type FundraiserTotalsUpdate = {
  __typename?: 'FundraiserTotalsUpdate';
  donationCount: Scalars['Int']['output'];
  donorCount: Scalars['Int']['output'];
  fundraiser: Fundraiser;
  matched: Money;
  pledged: Money;
  /** (raised + pledged + matched) / goal, uncapped. */
  progress: Scalars['Float']['output'];
  raised: Money;
  sequence: Scalars['Int']['output'];
};

export type LiveBroadcast = {
  __typename?: 'LiveBroadcast';
  id: Scalars['ID']['output'];
  totals: LiveBroadcastTotals;
};

/** What was given during a live broadcast (donations made with source LIVE and its id). */
export type LiveBroadcastTotals = {
  __typename?: 'LiveBroadcastTotals';
  donationCount: Scalars['Int']['output'];
  donorCount: Scalars['Int']['output'];
  raised: Money;
  /** The fundraiser's totals sequence when these were read. */
  sequence: Scalars['Int']['output'];
};

/** One donation of a live broadcast's log, with the broadcast's totals when it was read. */
export type LiveDonationEvent = {
  __typename?: 'LiveDonationEvent';
  donation: Donation;
  /** The donation's number in the broadcast's log: 1, 2, 3... */
  sequence: Scalars['Int']['output'];
  totals: LiveBroadcastTotals;
};

export type MatchingCampaign = {
  __typename?: 'MatchingCampaign';
  /** Empty: every verified nonprofit. */
  eligibleNonprofits: Array<Nonprofit>;
  endsAt: Scalars['DateTime']['output'];
  hashtag: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  matchedDonationCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The most one donor's donations are matched, in all. */
  perDonorCap: Money;
  pool: Money;
  /** 1 matches one for one; 0.1 to 5. */
  ratio: Scalars['Float']['output'];
  remaining: Money;
  sponsorName: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: MatchingCampaignStatus;
};

export type MatchingCampaignStatus =
  /** Matching donations now. */
  | 'ACTIVE'
  /** After endsAt. */
  | 'ENDED'
  /** Its pool is spent. */
  | 'EXHAUSTED'
  /** Before startsAt. */
  | 'SCHEDULED';

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
  /** An admin creates a matching campaign: a sponsor's pool that matches donations to eligible verified nonprofits. */
  createMatchingCampaign: MatchingCampaign;
  /**
   * Gives to an ACTIVE fundraiser, in its currency, by Stripe. The same idempotencyKey from the same
   * donor answers the same donation, never a second charge. A declined card: PAYMENT_DECLINED.
   */
  donate: DonatePayload;
  /** The organizer of a personal or business fundraiser, or an admin, refunds a SUCCEEDED donation; the reason is kept. */
  refundDonation: Donation;
};


export type MutationCreateMatchingCampaignArgs = {
  input: CreateMatchingCampaignInput;
};


export type MutationDonateArgs = {
  input: DonateInput;
};


export type MutationRefundDonationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Nonprofit = {
  __typename?: 'Nonprofit';
  id: Scalars['ID']['output'];
};

/** A nonprofit's totals over every fundraiser it benefits. */
export type NonprofitTotalsUpdate = {
  __typename?: 'NonprofitTotalsUpdate';
  donationCount: Scalars['Int']['output'];
  nonprofit: Nonprofit;
  /** One Money per currency, never converted. */
  raised: Array<Money>;
  /** Rises with every change of any of its fundraisers' totals. */
  sequence: Scalars['Int']['output'];
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
  /** Campaign figures for analysts and admins (FORBIDDEN for anyone else). */
  campaignReport: CampaignReport;
  /** A donation by id; null when there is none. An anonymous donor shows only to themselves, the organizer and admins. */
  donation: Maybe<Donation>;
  /**
   * A fundraiser's totals now, as fundraiserTotalsUpdated sends them (the first message of that
   * subscription is this). Null when there is no such fundraiser.
   */
  fundraiserTotalsNow: Maybe<FundraiserTotalsUpdate>;
  /**
   * A live broadcast's donations in the order liveDonationReceived sends them: those after
   * afterSequence, oldest first (at most first, default and most 100; ask again from the last one);
   * without afterSequence, the newest ones. Not for partner apps.
   */
  liveDonationLog: Array<LiveDonationEvent>;
  /** A matching campaign by id; null when there is none. */
  matchingCampaign: Maybe<MatchingCampaign>;
  /** A nonprofit's totals now, over all its fundraisers, as nonprofitTotalsUpdated sends them. */
  nonprofitTotalsNow: NonprofitTotalsUpdate;
};


export type QueryCampaignReportArgs = {
  filter: CampaignReportFilter;
  groupBy: Array<ReportDimension>;
};


export type QueryDonationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundraiserTotalsNowArgs = {
  fundraiserId: Scalars['ID']['input'];
};


export type QueryLiveDonationLogArgs = {
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
  broadcastId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchingCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNonprofitTotalsNowArgs = {
  nonprofitId: Scalars['ID']['input'];
};

export type ReportDimension =
  /** The donor's country. */
  | 'COUNTRY'
  /** The UTC day the donation succeeded. */
  | 'DAY'
  | 'FUNDRAISER'
  | 'NONPROFIT'
  | 'PLATFORM'
  /** Whether someone prompted the donation (a referrer, or someone else's post, story, video or live). */
  | 'PROMPTED'
  | 'SOURCE';

/**
 * Live totals, over WebSocket on the gateway's /graphql (graphql-transport-ws). Each subscription
 * first sends the current state, then changes in sequence order.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A fundraiser's totals whenever they change. Under a burst the newest totals are sent at a bounded
   * rate, so sequence may jump; an older total never follows a newer one.
   */
  fundraiserTotalsUpdated: FundraiserTotalsUpdate;
  /**
   * Every succeeded donation made from a live broadcast, numbered by the broadcast. afterSequence
   * replays the ones after it first, then goes on live.
   */
  liveDonationReceived: LiveDonationEvent;
  /** A nonprofit's totals over all its fundraisers (one Money per currency), conflated like a fundraiser's. */
  nonprofitTotalsUpdated: NonprofitTotalsUpdate;
};


/**
 * Live totals, over WebSocket on the gateway's /graphql (graphql-transport-ws). Each subscription
 * first sends the current state, then changes in sequence order.
 */
export type SubscriptionFundraiserTotalsUpdatedArgs = {
  fundraiserId: Scalars['ID']['input'];
};


/**
 * Live totals, over WebSocket on the gateway's /graphql (graphql-transport-ws). Each subscription
 * first sends the current state, then changes in sequence order.
 */
export type SubscriptionLiveDonationReceivedArgs = {
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
  broadcastId: Scalars['ID']['input'];
};


/**
 * Live totals, over WebSocket on the gateway's /graphql (graphql-transport-ws). Each subscription
 * first sends the current state, then changes in sequence order.
 */
export type SubscriptionNonprofitTotalsUpdatedArgs = {
  nonprofitId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  /** Their donations, newest first: the person themselves and admins only (FORBIDDEN for anyone else). */
  donations: Maybe<DonationConnection>;
  id: Scalars['ID']['output'];
};


export type UserDonationsArgs = {
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
  Donation: Donation;
  Fundraiser: Fundraiser;
  LiveBroadcast: LiveBroadcast;
  MatchingCampaign: MatchingCampaign;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Donation:
    ( { __typename: 'Donation' }
    & GraphQLRecursivePick<FederationTypes['Donation'], {"id":true}> );
  Fundraiser:
    ( { __typename: 'Fundraiser' }
    & GraphQLRecursivePick<FederationTypes['Fundraiser'], {"id":true}> );
  LiveBroadcast:
    ( { __typename: 'LiveBroadcast' }
    & GraphQLRecursivePick<FederationTypes['LiveBroadcast'], {"id":true}> );
  MatchingCampaign:
    ( { __typename: 'MatchingCampaign' }
    & GraphQLRecursivePick<FederationTypes['MatchingCampaign'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CampaignReport: ResolverTypeWrapper<Omit<CampaignReport, 'rows'> & { rows: Array<ResolversTypes['CampaignReportRow']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CampaignReportFilter: CampaignReportFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CampaignReportRow: ResolverTypeWrapper<Omit<CampaignReportRow, 'fundraiser' | 'nonprofit'> & { fundraiser?: Maybe<ResolversTypes['Fundraiser']>, nonprofit?: Maybe<ResolversTypes['Nonprofit']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CampaignReportTotal: ResolverTypeWrapper<CampaignReportTotal>;
  CreateMatchingCampaignInput: CreateMatchingCampaignInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DonateInput: DonateInput;
  DonatePayload: ResolverTypeWrapper<DonatePayloadModel>;
  Donation: ResolverTypeWrapper<DonationModel>;
  DonationConnection: ResolverTypeWrapper<Omit<DonationConnection, 'edges'> & { edges: Array<ResolversTypes['DonationEdge']> }>;
  DonationEdge: ResolverTypeWrapper<Omit<DonationEdge, 'node'> & { node: ResolversTypes['Donation'] }>;
  DonationSource: ResolverTypeWrapper<DonationSource>;
  DonationSourceInput: DonationSourceInput;
  DonationSourceType: DonationSourceType;
  DonationStatus: DonationStatus;
  Fundraiser: ResolverTypeWrapper<EntityRefModel>;
  FundraiserTotals: ResolverTypeWrapper<FundraiserTotals>;
  FundraiserTotalsUpdate: ResolverTypeWrapper<Omit<FundraiserTotalsUpdate, 'fundraiser'> & { fundraiser: ResolversTypes['Fundraiser'] }>;
  LiveBroadcast: ResolverTypeWrapper<EntityRefModel>;
  LiveBroadcastTotals: ResolverTypeWrapper<LiveBroadcastTotals>;
  LiveDonationEvent: ResolverTypeWrapper<Omit<LiveDonationEvent, 'donation'> & { donation: ResolversTypes['Donation'] }>;
  MatchingCampaign: ResolverTypeWrapper<MatchingCampaignModel>;
  MatchingCampaignStatus: MatchingCampaignStatus;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nonprofit: ResolverTypeWrapper<EntityRefModel>;
  NonprofitTotalsUpdate: ResolverTypeWrapper<Omit<NonprofitTotalsUpdate, 'nonprofit'> & { nonprofit: ResolversTypes['Nonprofit'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: Platform;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportDimension: ReportDimension;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<EntityRefModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CampaignReport: Omit<CampaignReport, 'rows'> & { rows: Array<ResolversParentTypes['CampaignReportRow']> };
  Float: Scalars['Float']['output'];
  CampaignReportFilter: CampaignReportFilter;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CampaignReportRow: Omit<CampaignReportRow, 'fundraiser' | 'nonprofit'> & { fundraiser?: Maybe<ResolversParentTypes['Fundraiser']>, nonprofit?: Maybe<ResolversParentTypes['Nonprofit']> };
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CampaignReportTotal: CampaignReportTotal;
  CreateMatchingCampaignInput: CreateMatchingCampaignInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DonateInput: DonateInput;
  DonatePayload: DonatePayloadModel;
  Donation: DonationModel;
  DonationConnection: Omit<DonationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DonationEdge']> };
  DonationEdge: Omit<DonationEdge, 'node'> & { node: ResolversParentTypes['Donation'] };
  DonationSource: DonationSource;
  DonationSourceInput: DonationSourceInput;
  Fundraiser: EntityRefModel;
  FundraiserTotals: FundraiserTotals;
  FundraiserTotalsUpdate: Omit<FundraiserTotalsUpdate, 'fundraiser'> & { fundraiser: ResolversParentTypes['Fundraiser'] };
  LiveBroadcast: EntityRefModel;
  LiveBroadcastTotals: LiveBroadcastTotals;
  LiveDonationEvent: Omit<LiveDonationEvent, 'donation'> & { donation: ResolversParentTypes['Donation'] };
  MatchingCampaign: MatchingCampaignModel;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Nonprofit: EntityRefModel;
  NonprofitTotalsUpdate: Omit<NonprofitTotalsUpdate, 'nonprofit'> & { nonprofit: ResolversParentTypes['Nonprofit'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  User: EntityRefModel;
}>;

export type CampaignReportResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['CampaignReport'] = ResolversParentTypes['CampaignReport']> = ResolversObject<{
  promptedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CampaignReportRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['CampaignReportTotal'], ParentType, ContextType>;
}>;

export type CampaignReportRowResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['CampaignReportRow'] = ResolversParentTypes['CampaignReportRow']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundraiser?: Resolver<Maybe<ResolversTypes['Fundraiser']>, ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  nonprofit?: Resolver<Maybe<ResolversTypes['Nonprofit']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  prompted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  raised?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  refunded?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['DonationSourceType']>, ParentType, ContextType>;
}>;

export type CampaignReportTotalResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['CampaignReportTotal'] = ResolversParentTypes['CampaignReportTotal']> = ResolversObject<{
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  raised?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  refunded?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DonatePayloadResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['DonatePayload'] = ResolversParentTypes['DonatePayload']> = ResolversObject<{
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  donation?: Resolver<ResolversTypes['Donation'], ParentType, ContextType>;
}>;

export type DonationResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Donation'] = ResolversParentTypes['Donation'], FederationReferenceType extends FederationReferenceTypes['Donation'] = FederationReferenceTypes['Donation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Donation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  donor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  fundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAnonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referrer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DonationSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DonationStatus'], ParentType, ContextType>;
  succeededAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type DonationConnectionResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['DonationConnection'] = ResolversParentTypes['DonationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DonationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DonationEdgeResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['DonationEdge'] = ResolversParentTypes['DonationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Donation'], ParentType, ContextType>;
}>;

export type DonationSourceResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['DonationSource'] = ResolversParentTypes['DonationSource']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DonationSourceType'], ParentType, ContextType>;
}>;

export type FundraiserResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Fundraiser'] = ResolversParentTypes['Fundraiser'], FederationReferenceType extends FederationReferenceTypes['Fundraiser'] = FederationReferenceTypes['Fundraiser']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Fundraiser']> | FederationReferenceType, FederationReferenceType, ContextType>;
  donations?: Resolver<ResolversTypes['DonationConnection'], ParentType, ContextType, Partial<FundraiserDonationsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchingCampaigns?: Resolver<Array<ResolversTypes['MatchingCampaign']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['FundraiserTotals'], ParentType, ContextType>;
  viewerHasDonated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type FundraiserTotalsResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['FundraiserTotals'] = ResolversParentTypes['FundraiserTotals']> = ResolversObject<{
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pledged?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundraiserTotalsUpdateResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['FundraiserTotalsUpdate'] = ResolversParentTypes['FundraiserTotalsUpdate']> = ResolversObject<{
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pledged?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LiveBroadcastResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['LiveBroadcast'] = ResolversParentTypes['LiveBroadcast'], FederationReferenceType extends FederationReferenceTypes['LiveBroadcast'] = FederationReferenceTypes['LiveBroadcast']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LiveBroadcast']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['LiveBroadcastTotals'], ParentType, ContextType>;
}>;

export type LiveBroadcastTotalsResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['LiveBroadcastTotals'] = ResolversParentTypes['LiveBroadcastTotals']> = ResolversObject<{
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LiveDonationEventResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['LiveDonationEvent'] = ResolversParentTypes['LiveDonationEvent']> = ResolversObject<{
  donation?: Resolver<ResolversTypes['Donation'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['LiveBroadcastTotals'], ParentType, ContextType>;
}>;

export type MatchingCampaignResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['MatchingCampaign'] = ResolversParentTypes['MatchingCampaign'], FederationReferenceType extends FederationReferenceTypes['MatchingCampaign'] = FederationReferenceTypes['MatchingCampaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MatchingCampaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  eligibleNonprofits?: Resolver<Array<ResolversTypes['Nonprofit']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hashtag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchedDonationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perDonorCap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pool?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sponsorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchingCampaignStatus'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createMatchingCampaign?: Resolver<ResolversTypes['MatchingCampaign'], ParentType, ContextType, RequireFields<MutationCreateMatchingCampaignArgs, 'input'>>;
  donate?: Resolver<ResolversTypes['DonatePayload'], ParentType, ContextType, RequireFields<MutationDonateArgs, 'input'>>;
  refundDonation?: Resolver<ResolversTypes['Donation'], ParentType, ContextType, RequireFields<MutationRefundDonationArgs, 'id'>>;
}>;

export type NonprofitResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Nonprofit'] = ResolversParentTypes['Nonprofit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type NonprofitTotalsUpdateResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['NonprofitTotalsUpdate'] = ResolversParentTypes['NonprofitTotalsUpdate']> = ResolversObject<{
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nonprofit?: Resolver<ResolversTypes['Nonprofit'], ParentType, ContextType>;
  raised?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  campaignReport?: Resolver<ResolversTypes['CampaignReport'], ParentType, ContextType, RequireFields<QueryCampaignReportArgs, 'filter' | 'groupBy'>>;
  donation?: Resolver<Maybe<ResolversTypes['Donation']>, ParentType, ContextType, RequireFields<QueryDonationArgs, 'id'>>;
  fundraiserTotalsNow?: Resolver<Maybe<ResolversTypes['FundraiserTotalsUpdate']>, ParentType, ContextType, RequireFields<QueryFundraiserTotalsNowArgs, 'fundraiserId'>>;
  liveDonationLog?: Resolver<Array<ResolversTypes['LiveDonationEvent']>, ParentType, ContextType, RequireFields<QueryLiveDonationLogArgs, 'broadcastId'>>;
  matchingCampaign?: Resolver<Maybe<ResolversTypes['MatchingCampaign']>, ParentType, ContextType, RequireFields<QueryMatchingCampaignArgs, 'id'>>;
  nonprofitTotalsNow?: Resolver<ResolversTypes['NonprofitTotalsUpdate'], ParentType, ContextType, RequireFields<QueryNonprofitTotalsNowArgs, 'nonprofitId'>>;
}>;

export type SubscriptionResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  fundraiserTotalsUpdated?: SubscriptionResolver<ResolversTypes['FundraiserTotalsUpdate'], "fundraiserTotalsUpdated", ParentType, ContextType, RequireFields<SubscriptionFundraiserTotalsUpdatedArgs, 'fundraiserId'>>;
  liveDonationReceived?: SubscriptionResolver<ResolversTypes['LiveDonationEvent'], "liveDonationReceived", ParentType, ContextType, RequireFields<SubscriptionLiveDonationReceivedArgs, 'broadcastId'>>;
  nonprofitTotalsUpdated?: SubscriptionResolver<ResolversTypes['NonprofitTotalsUpdate'], "nonprofitTotalsUpdated", ParentType, ContextType, RequireFields<SubscriptionNonprofitTotalsUpdatedArgs, 'nonprofitId'>>;
}>;

export type UserResolvers<ContextType = DonationsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  donations?: Resolver<Maybe<ResolversTypes['DonationConnection']>, ParentType, ContextType, Partial<UserDonationsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DonationsContext> = ResolversObject<{
  CampaignReport?: CampaignReportResolvers<ContextType>;
  CampaignReportRow?: CampaignReportRowResolvers<ContextType>;
  CampaignReportTotal?: CampaignReportTotalResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DonatePayload?: DonatePayloadResolvers<ContextType>;
  Donation?: DonationResolvers<ContextType>;
  DonationConnection?: DonationConnectionResolvers<ContextType>;
  DonationEdge?: DonationEdgeResolvers<ContextType>;
  DonationSource?: DonationSourceResolvers<ContextType>;
  Fundraiser?: FundraiserResolvers<ContextType>;
  FundraiserTotals?: FundraiserTotalsResolvers<ContextType>;
  FundraiserTotalsUpdate?: FundraiserTotalsUpdateResolvers<ContextType>;
  LiveBroadcast?: LiveBroadcastResolvers<ContextType>;
  LiveBroadcastTotals?: LiveBroadcastTotalsResolvers<ContextType>;
  LiveDonationEvent?: LiveDonationEventResolvers<ContextType>;
  MatchingCampaign?: MatchingCampaignResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Nonprofit?: NonprofitResolvers<ContextType>;
  NonprofitTotalsUpdate?: NonprofitTotalsUpdateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

