// The small codes the report table stores instead of strings. Fixed values, never reused: a new
// source, platform or currency takes the next number.
import type { Currency } from '../../../../kit/money.ts';
import type { Platform } from '../../../../kit/viewer.ts';
import type { SourceType } from '../donation/donation.entity.ts';

export const SOURCE_CODES: Record<SourceType, number> = { FUNDRAISER_PAGE: 1, POST: 2, STORY: 3, LIVE: 4, VIDEO: 5 };
export const PLATFORM_CODES: Record<Platform, number> = { ANDROID: 1, IOS: 2, WEB: 3 };
export const CURRENCY_CODES: Record<Currency, number> = { USD: 1, GBP: 2, EUR: 3, JPY: 4 };

const invert = <K extends string>(codes: Record<K, number>) => new Map(Object.entries(codes).map(([k, v]) => [v as number, k as K]));
export const SOURCE_BY_CODE = invert(SOURCE_CODES);
export const PLATFORM_BY_CODE = invert(PLATFORM_CODES);
export const CURRENCY_BY_CODE = invert(CURRENCY_CODES);

/** SQL `case` turning a code column back into its name (for the migration's backfill and checks). */
export const codeOf = (codes: Record<string, number>, column: string) =>
  `case ${column} ${Object.entries(codes).map(([name, code]) => `when '${name}' then ${code}`).join(' ')} end`;
