// Resolver types generated from each subgraph's SDL: `npm run codegen` after changing schema/*.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const subgraph = (name: string, mappers: Record<string, string>) => ({
  [`subgraphs/${name}/__generated__/resolvers-types.ts`]: {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      enumsAsTypes: true,
      importExtension: '.ts',
      useIndexSignature: true,
      contextType: `../context.ts#${name[0]!.toUpperCase()}${name.slice(1)}Context`,
      mappers,
      mapperTypeSuffix: 'Model',
      scalars: { DateTime: 'Date | string', Date: 'string' },
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...subgraph('users', { User: '../modules/user/user.entity.ts#User', Fundraiser: '../modules/references.ts#EntityRef' }),
    ...subgraph('nonprofits', {
      Nonprofit: '../modules/nonprofit/nonprofit.entity.ts#Nonprofit',
      VerificationRequest: '../modules/verification/verification.entity.ts#VerificationRequest',
      VerificationDecisionRecord: '../modules/verification/verification.entity.ts#VerificationDecisionRecord',
    }),
    ...subgraph('fundraisers', {
      Fundraiser: '../modules/fundraiser/fundraiser.entity.ts#Fundraiser',
      FundraiserUpdate: '../modules/fundraiser/fundraiser.entity.ts#FundraiserUpdate',
      Rollout: '../modules/rollout/rollout.entity.ts#Rollout',
      User: '../modules/references.ts#EntityRef',
      Nonprofit: '../modules/references.ts#EntityRef',
    }),
    ...subgraph('content', {
      Post: '../modules/post/post.entity.ts#Post',
      Story: '../modules/story/story.entity.ts#Story',
      LiveBroadcast: '../modules/live/live.entity.ts#LiveBroadcast',
      Sticker: '../modules/references.ts#StickerModel',
      DonationSticker: '../modules/references.ts#StickerModel',
      DonatedSticker: '../modules/references.ts#StickerModel',
      User: '../modules/references.ts#EntityRef',
      Fundraiser: '../modules/references.ts#EntityRef',
    }),
    ...subgraph('donations', {
      Donation: '../modules/donation/donation.entity.ts#Donation',
      DonatePayload: '../modules/donation/donate.service.ts#DonatePayload',
      LiveBroadcast: '../modules/references.ts#EntityRef',
      Nonprofit: '../modules/references.ts#EntityRef',
      MatchingCampaign: '../modules/matching/matching.entity.ts#MatchingCampaign',
      User: '../modules/references.ts#EntityRef',
      Fundraiser: '../modules/references.ts#EntityRef',
    }),
  },
  hooks: { afterOneFileWrite: [] },
};

export default config;
