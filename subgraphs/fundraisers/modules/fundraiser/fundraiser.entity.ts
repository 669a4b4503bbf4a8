import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Currency } from '../../../../kit/money.ts';

export const KINDS = ['PERSONAL_CAUSE', 'BUSINESS_PROJECT', 'NONPROFIT'] as const;
export type FundraiserKind = (typeof KINDS)[number];
export const CATEGORIES = ['MEDICAL', 'EDUCATION', 'ANIMALS', 'COMMUNITY', 'CRISIS_RELIEF', 'ARTS_CULTURE', 'ENVIRONMENT', 'SPORTS', 'FAITH',
  'BUSINESS', 'FAMILY', 'MEMORIAL', 'VOLUNTEER', 'OTHER'] as const;
export type FundraiserCategory = (typeof CATEGORIES)[number];
export const FUNDING_MODELS = ['KEEP_IT_ALL', 'ALL_OR_NOTHING'] as const;
export type FundingModel = (typeof FUNDING_MODELS)[number];
export type FundraiserStatus = 'ACTIVE' | 'ENDED' | 'SUCCEEDED' | 'FAILED' | 'SUSPENDED';

/** A fundraiser: who raises, for what, how much, until when, and where it stands. */
export const FundraiserSchema = defineEntity({
  name: 'Fundraiser',
  tableName: 'fundraiser',
  indexes: [
    // User.fundraisers and Nonprofit.fundraisers, newest first.
    { name: 'fundraiser_organizer', properties: ['organizerId', 'createdAt', 'id'] },
    { name: 'fundraiser_beneficiary', properties: ['beneficiaryId', 'createdAt', 'id'] },
    // The deadline scheduler's work list: ACTIVE fundraisers by end time.
    { name: 'fundraiser_deadline', expression: `create index "fundraiser_deadline" on "fundraisers"."fundraiser" ("ends_at") where "status" = 'ACTIVE'` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    organizerId: p.uuid(),
    kind: p.string().$type<FundraiserKind>(),
    category: p.string().$type<FundraiserCategory>(),
    title: p.text(),
    description: p.text(),
    /** The nonprofit a NONPROFIT fundraiser raises for. */
    beneficiaryId: p.uuid().nullable(),
    goalAmount: p.bigint('number'),
    currency: p.string().length(3).$type<Currency>(),
    fundingModel: p.string().$type<FundingModel>(),
    status: p.string().$type<FundraiserStatus>(),
    createdAt: p.datetime(),
    endsAt: p.datetime(),
    /** When it stopped being ACTIVE (ended, suspended). */
    closedAt: p.datetime().nullable(),
    updatedAt: p.datetime(),
  },
});
export type Fundraiser = InferEntity<typeof FundraiserSchema>;

/** News the organizer posts on the fundraiser. */
export const FundraiserUpdateSchema = defineEntity({
  name: 'FundraiserUpdate',
  tableName: 'fundraiser_update',
  indexes: [{ name: 'fundraiser_update_fundraiser', properties: ['fundraiserId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    fundraiserId: p.uuid(),
    authorId: p.uuid(),
    text: p.text(),
    createdAt: p.datetime(),
  },
});
export type FundraiserUpdate = InferEntity<typeof FundraiserUpdateSchema>;
