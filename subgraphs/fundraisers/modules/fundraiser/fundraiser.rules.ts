// What a fundraiser's inputs must be: each bad value a BAD_USER_INPUT naming its field.
import { badInput } from '../../../../kit/errors.ts';
import { GOAL_LIMITS, parseMoney, type Money } from '../../../../kit/money.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import { CATEGORIES, FUNDING_MODELS, KINDS, type FundingModel, type FundraiserCategory, type FundraiserKind } from './fundraiser.entity.ts';

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 10_000;
export const UPDATE_TEXT_MAX = 5_000;
export const DURATION_DAYS = { min: 1, max: 30, default: 30 } as const;
export const EXTENSION_DAYS = { min: 1, max: 30 } as const;
/** No fundraiser runs longer than this after its creation, extensions included. */
export const MAX_LIFETIME_DAYS = 90;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreateFundraiserInput {
  title: string;
  description: string;
  kind: string;
  category: string;
  beneficiaryId?: string | null;
  goal: { amount: number; currency: string };
  fundingModel?: string | null;
  durationDays?: number | null;
}

export interface ValidFundraiser {
  title: string;
  description: string;
  kind: FundraiserKind;
  category: FundraiserCategory;
  beneficiaryId: string | null;
  goal: Money;
  fundingModel: FundingModel;
  durationDays: number;
}

export function validTitle(raw: string): string {
  const title = raw.trim().replace(/\s+/g, ' ');
  if (!title) throw badInput('title', 'Give the fundraiser a title');
  if ([...title].length > TITLE_MAX) throw badInput('title', `Titles have at most ${TITLE_MAX} characters`);
  return title;
}

export function validDescription(raw: string): string {
  const description = raw.trim();
  if ([...description].length > DESCRIPTION_MAX) throw badInput('description', `Descriptions have at most ${DESCRIPTION_MAX.toLocaleString('en-US')} characters`);
  return description;
}

export const validGoal = (goal: { amount: number; currency: string }): Money => parseMoney(goal, 'goal', GOAL_LIMITS);

export function validCreate(input: CreateFundraiserInput): ValidFundraiser {
  const title = validTitle(input.title);
  const description = validDescription(input.description);
  if (!(KINDS as readonly string[]).includes(input.kind)) throw badInput('kind', `Kind must be one of ${KINDS.join(', ')}`);
  if (!(CATEGORIES as readonly string[]).includes(input.category)) throw badInput('category', `Category must be one of ${CATEGORIES.join(', ')}`);
  const kind = input.kind as FundraiserKind;
  const fundingModel = input.fundingModel ?? 'KEEP_IT_ALL';
  if (!(FUNDING_MODELS as readonly string[]).includes(fundingModel)) throw badInput('fundingModel', `Funding model must be one of ${FUNDING_MODELS.join(', ')}`);
  const durationDays = input.durationDays ?? DURATION_DAYS.default;
  if (!Number.isInteger(durationDays) || durationDays < DURATION_DAYS.min || durationDays > DURATION_DAYS.max) {
    throw badInput('durationDays', `A fundraiser runs ${DURATION_DAYS.min} to ${DURATION_DAYS.max} days`);
  }
  const beneficiaryId = input.beneficiaryId?.trim() || null;
  if (kind === 'NONPROFIT') {
    if (!beneficiaryId) throw badInput('beneficiaryId', 'A nonprofit fundraiser names the verified nonprofit it raises for');
    if (!isUuid(beneficiaryId)) throw badInput('beneficiaryId', 'That is not a nonprofit id');
  } else if (beneficiaryId) {
    throw badInput('beneficiaryId', 'Only a NONPROFIT fundraiser has a beneficiary');
  }
  const goal = validGoal(input.goal);
  return { title, description, kind, category: input.category as FundraiserCategory, beneficiaryId, goal, fundingModel: fundingModel as FundingModel, durationDays };
}

export function validUpdateText(raw: string): string {
  const text = raw.trim();
  if (!text) throw badInput('text', 'Write something in the update');
  if ([...text].length > UPDATE_TEXT_MAX) throw badInput('text', `Updates have at most ${UPDATE_TEXT_MAX.toLocaleString('en-US')} characters`);
  return text;
}
