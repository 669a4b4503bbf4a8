import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const REGISTRIES = ['US_IRS', 'GB_CHARITY_COMMISSION', 'IE_CHARITIES_REGULATOR', 'FR_RNA'] as const;
export type Registry = (typeof REGISTRIES)[number];
export type VerificationStatus = 'UNVERIFIED' | 'VERIFIED' | 'SUSPENDED';

/**
 * Name lengths where a new tier starts (search.ts): each name's words are indexed with its tier
 * ("#0" to "#7"), so that a search whose matches are many can read them tier by tier, shortest
 * first, instead of reading and sorting them all.
 */
export const NAME_LENGTH_TIERS = [16, 20, 24, 28, 32, 40, 48] as const;
/** The words of a name and its length tier, as the index "nonprofit_name_search" holds them. */
export const NAME_VECTOR = `(to_tsvector('simple', "name") || array_to_tsvector(array['#' || width_bucket(char_length("name"), '{${NAME_LENGTH_TIERS.join(',')}}'::int[])::text]))`;

/** A charity as its registry lists it, and where it stands with the platform. */
export const NonprofitSchema = defineEntity({
  name: 'Nonprofit',
  tableName: 'nonprofit',
  uniques: [{ name: 'nonprofit_registry_number_unique', properties: ['registry', 'registrationNumber'] }],
  indexes: [
    // Name search (see search.ts): the words of each name, and the order results come in.
    { name: 'nonprofit_name_search', expression: `create index "nonprofit_name_search" on "nonprofits"."nonprofit" using gin (${NAME_VECTOR})` },
    { name: 'nonprofit_name_rank', expression: 'create index "nonprofit_name_rank" on "nonprofits"."nonprofit" (char_length("name"), "id")' },
    { name: 'nonprofit_verified', expression: `create index "nonprofit_verified" on "nonprofits"."nonprofit" ("country") where "verification_status" = 'VERIFIED'` },
  ],
  properties: {
    id: p.uuid().primary(),
    registry: p.string().$type<Registry>(),
    registrationNumber: p.string(),
    name: p.text(),
    city: p.text().nullable(),
    country: p.string().length(2),
    /** The registry's kind of organisation (for US_IRS, the Pub 78 deductibility code). */
    kind: p.text().nullable(),
    /** Whether the latest load lists it as registered (not removed, deregistered or dissolved). */
    listed: p.boolean(),
    website: p.text().nullable(),
    verificationStatus: p.string().$type<VerificationStatus>(),
    verifiedAt: p.datetime().nullable(),
    suspendedAt: p.datetime().nullable(),
    suspensionReason: p.text().nullable(),
    updatedAt: p.datetime(),
  },
});

export type Nonprofit = InferEntity<typeof NonprofitSchema>;

/**
 * Every distinct word of the registered names, kept by the registry loader: a typo in a search
 * is corrected to the closest of these (a trigram index over a few hundred thousand words, not
 * over a million names).
 */
export const NonprofitWordSchema = defineEntity({
  name: 'NonprofitWord',
  tableName: 'nonprofit_word',
  indexes: [{ name: 'nonprofit_word_trgm', expression: 'create index "nonprofit_word_trgm" on "nonprofits"."nonprofit_word" using gin ("word" gin_trgm_ops)' }],
  properties: {
    /** C collation: the words starting with a prefix are one range of the primary key. */
    word: p.text().primary().collation('C'),
  },
});
