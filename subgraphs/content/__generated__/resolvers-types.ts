import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Post as PostModel } from '../modules/post/post.entity.ts';
import type { Story as StoryModel } from '../modules/story/story.entity.ts';
import type { LiveBroadcast as LiveBroadcastModel } from '../modules/live/live.entity.ts';
import type { StickerModel as StickerModelModel, EntityRef as EntityRefModel } from '../modules/references.ts';
import type { ContentContext } from '../context.ts';
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

export type CreatePostInput = {
  caption?: InputMaybe<Scalars['String']['input']>;
  donationSticker?: InputMaybe<DonationStickerInput>;
  mediaUrl: Scalars['String']['input'];
};

export type CreateStoryInput = {
  mediaUrl: Scalars['String']['input'];
  sticker?: InputMaybe<StoryStickerInput>;
};

/** Says the author gave to a fundraiser. */
export type DonatedSticker = {
  __typename?: 'DonatedSticker';
  fundraiser: Fundraiser;
};

/** Invites viewers to give to a fundraiser. It stays when the fundraiser ends or is suspended, and shows its status. */
export type DonationSticker = {
  __typename?: 'DonationSticker';
  fundraiser: Fundraiser;
};

export type DonationStickerInput = {
  fundraiserId: Scalars['ID']['input'];
};

export type Fundraiser = {
  __typename?: 'Fundraiser';
  id: Scalars['ID']['output'];
};

export type LiveBroadcast = {
  __typename?: 'LiveBroadcast';
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** The NONPROFIT fundraiser the broadcast raises for. */
  fundraiser: Fundraiser;
  host: User;
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: LiveBroadcastStatus;
  /** At most 100 characters. */
  title: Scalars['String']['output'];
};

export type LiveBroadcastConnection = {
  __typename?: 'LiveBroadcastConnection';
  edges: Array<LiveBroadcastEdge>;
  pageInfo: PageInfo;
};

export type LiveBroadcastEdge = {
  __typename?: 'LiveBroadcastEdge';
  cursor: Scalars['String']['output'];
  node: LiveBroadcast;
};

export type LiveBroadcastStatus =
  | 'ENDED'
  | 'LIVE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Posts a photo or video, optionally with a donation sticker for an ACTIVE fundraiser. */
  createPost: Post;
  /** Shares a story for 24 hours, optionally with a donation sticker or an "I donated" sticker. */
  createStory: Story;
  /** The host ends their live broadcast. */
  endLive: LiveBroadcast;
  /** Goes live for the viewer's ACTIVE nonprofit fundraiser; one live broadcast per host at a time. */
  startLive: LiveBroadcast;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateStoryArgs = {
  input: CreateStoryInput;
};


export type MutationEndLiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartLiveArgs = {
  input: StartLiveInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Post = {
  __typename?: 'Post';
  author: User;
  /** At most 2,200 characters. */
  caption: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** An https URL. */
  mediaUrl: Scalars['String']['output'];
  stickers: Array<Sticker>;
};

export type PostConnection = {
  __typename?: 'PostConnection';
  edges: Array<PostEdge>;
  pageInfo: PageInfo;
};

export type PostEdge = {
  __typename?: 'PostEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

export type Query = {
  __typename?: 'Query';
  /** A live broadcast by id (live or ended); null when there is none. */
  liveBroadcast: Maybe<LiveBroadcast>;
  /** Broadcasts live now, the most recently started first. */
  liveBroadcasts: LiveBroadcastConnection;
  /** A post by id; null when there is none. */
  post: Maybe<Post>;
  /** A story by id; null when there is none or it has expired. */
  story: Maybe<Story>;
};


export type QueryLiveBroadcastArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLiveBroadcastsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoryArgs = {
  id: Scalars['ID']['input'];
};

export type StartLiveInput = {
  /** An ACTIVE NONPROFIT fundraiser the host organizes, for a VERIFIED nonprofit. */
  fundraiserId: Scalars['ID']['input'];
  /** 1–100 characters. */
  title: Scalars['String']['input'];
};

/** A sticker on a post or a story. */
export type Sticker = DonatedSticker | DonationSticker;

export type StickerType =
  /** I donated: the author must have a succeeded donation to this fundraiser. */
  | 'DONATED'
  /** Give to this fundraiser: it must be ACTIVE. */
  | 'DONATION';

export type Story = {
  __typename?: 'Story';
  author: User;
  createdAt: Scalars['DateTime']['output'];
  /** 24 hours after its creation; it then disappears from every list and lookup. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mediaUrl: Scalars['String']['output'];
  stickers: Array<Sticker>;
};

export type StoryStickerInput = {
  fundraiserId: Scalars['ID']['input'];
  type: StickerType;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** Their posts, newest first. */
  posts: PostConnection;
  /** Their stories of the last 24 hours, oldest first (the order they are watched in). */
  stories: Array<Story>;
};


export type UserPostsArgs = {
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
  LiveBroadcast: LiveBroadcast;
  Post: Post;
  Story: Story;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LiveBroadcast:
    ( { __typename: 'LiveBroadcast' }
    & GraphQLRecursivePick<FederationTypes['LiveBroadcast'], {"id":true}> );
  Post:
    ( { __typename: 'Post' }
    & GraphQLRecursivePick<FederationTypes['Post'], {"id":true}> );
  Story:
    ( { __typename: 'Story' }
    & GraphQLRecursivePick<FederationTypes['Story'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreatePostInput: CreatePostInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateStoryInput: CreateStoryInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DonatedSticker: ResolverTypeWrapper<StickerModelModel>;
  DonationSticker: ResolverTypeWrapper<StickerModelModel>;
  DonationStickerInput: DonationStickerInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Fundraiser: ResolverTypeWrapper<EntityRefModel>;
  LiveBroadcast: ResolverTypeWrapper<LiveBroadcastModel>;
  LiveBroadcastConnection: ResolverTypeWrapper<Omit<LiveBroadcastConnection, 'edges'> & { edges: Array<ResolversTypes['LiveBroadcastEdge']> }>;
  LiveBroadcastEdge: ResolverTypeWrapper<Omit<LiveBroadcastEdge, 'node'> & { node: ResolversTypes['LiveBroadcast'] }>;
  LiveBroadcastStatus: LiveBroadcastStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Post: ResolverTypeWrapper<PostModel>;
  PostConnection: ResolverTypeWrapper<Omit<PostConnection, 'edges'> & { edges: Array<ResolversTypes['PostEdge']> }>;
  PostEdge: ResolverTypeWrapper<Omit<PostEdge, 'node'> & { node: ResolversTypes['Post'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  StartLiveInput: StartLiveInput;
  Sticker: ResolverTypeWrapper<StickerModelModel>;
  StickerType: StickerType;
  Story: ResolverTypeWrapper<StoryModel>;
  StoryStickerInput: StoryStickerInput;
  User: ResolverTypeWrapper<EntityRefModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreatePostInput: CreatePostInput;
  String: Scalars['String']['output'];
  CreateStoryInput: CreateStoryInput;
  DateTime: Scalars['DateTime']['output'];
  DonatedSticker: StickerModelModel;
  DonationSticker: StickerModelModel;
  DonationStickerInput: DonationStickerInput;
  ID: Scalars['ID']['output'];
  Fundraiser: EntityRefModel;
  LiveBroadcast: LiveBroadcastModel;
  LiveBroadcastConnection: Omit<LiveBroadcastConnection, 'edges'> & { edges: Array<ResolversParentTypes['LiveBroadcastEdge']> };
  LiveBroadcastEdge: Omit<LiveBroadcastEdge, 'node'> & { node: ResolversParentTypes['LiveBroadcast'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Post: PostModel;
  PostConnection: Omit<PostConnection, 'edges'> & { edges: Array<ResolversParentTypes['PostEdge']> };
  PostEdge: Omit<PostEdge, 'node'> & { node: ResolversParentTypes['Post'] };
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  StartLiveInput: StartLiveInput;
  Sticker: StickerModelModel;
  Story: StoryModel;
  StoryStickerInput: StoryStickerInput;
  User: EntityRefModel;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DonatedStickerResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['DonatedSticker'] = ResolversParentTypes['DonatedSticker']> = ResolversObject<{
  fundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DonationStickerResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['DonationSticker'] = ResolversParentTypes['DonationSticker']> = ResolversObject<{
  fundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundraiserResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Fundraiser'] = ResolversParentTypes['Fundraiser']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LiveBroadcastResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['LiveBroadcast'] = ResolversParentTypes['LiveBroadcast'], FederationReferenceType extends FederationReferenceTypes['LiveBroadcast'] = FederationReferenceTypes['LiveBroadcast']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LiveBroadcast']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fundraiser?: Resolver<ResolversTypes['Fundraiser'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LiveBroadcastStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LiveBroadcastConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['LiveBroadcastConnection'] = ResolversParentTypes['LiveBroadcastConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LiveBroadcastEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LiveBroadcastEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['LiveBroadcastEdge'] = ResolversParentTypes['LiveBroadcastEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LiveBroadcast'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createPost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationCreatePostArgs, 'input'>>;
  createStory?: Resolver<ResolversTypes['Story'], ParentType, ContextType, RequireFields<MutationCreateStoryArgs, 'input'>>;
  endLive?: Resolver<ResolversTypes['LiveBroadcast'], ParentType, ContextType, RequireFields<MutationEndLiveArgs, 'id'>>;
  startLive?: Resolver<ResolversTypes['LiveBroadcast'], ParentType, ContextType, RequireFields<MutationStartLiveArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PostResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post'], FederationReferenceType extends FederationReferenceTypes['Post'] = FederationReferenceTypes['Post']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Post']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stickers?: Resolver<Array<ResolversTypes['Sticker']>, ParentType, ContextType>;
}>;

export type PostConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PostConnection'] = ResolversParentTypes['PostConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PostEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PostEdge'] = ResolversParentTypes['PostEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  liveBroadcast?: Resolver<Maybe<ResolversTypes['LiveBroadcast']>, ParentType, ContextType, RequireFields<QueryLiveBroadcastArgs, 'id'>>;
  liveBroadcasts?: Resolver<ResolversTypes['LiveBroadcastConnection'], ParentType, ContextType, Partial<QueryLiveBroadcastsArgs>>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostArgs, 'id'>>;
  story?: Resolver<Maybe<ResolversTypes['Story']>, ParentType, ContextType, RequireFields<QueryStoryArgs, 'id'>>;
}>;

export type StickerResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Sticker'] = ResolversParentTypes['Sticker']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DonatedSticker' | 'DonationSticker', ParentType, ContextType>;
}>;

export type StoryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Story'] = ResolversParentTypes['Story'], FederationReferenceType extends FederationReferenceTypes['Story'] = FederationReferenceTypes['Story']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Story']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stickers?: Resolver<Array<ResolversTypes['Sticker']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['PostConnection'], ParentType, ContextType, Partial<UserPostsArgs>>;
  stories?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ContentContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DonatedSticker?: DonatedStickerResolvers<ContextType>;
  DonationSticker?: DonationStickerResolvers<ContextType>;
  Fundraiser?: FundraiserResolvers<ContextType>;
  LiveBroadcast?: LiveBroadcastResolvers<ContextType>;
  LiveBroadcastConnection?: LiveBroadcastConnectionResolvers<ContextType>;
  LiveBroadcastEdge?: LiveBroadcastEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostConnection?: PostConnectionResolvers<ContextType>;
  PostEdge?: PostEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sticker?: StickerResolvers<ContextType>;
  Story?: StoryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

