// What a donation's input must be: each bad value a BAD_USER_INPUT naming its field.
import { badInput } from '../../../../kit/errors.ts';
import { DONATION_LIMITS, parseMoney, type Money } from '../../../../kit/money.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import { SOURCE_TYPES, type SourceType } from './donation.entity.ts';

export const MESSAGE_MAX = 500;
export const IDEMPOTENCY_KEY_MAX = 255;

export interface DonateInput {
  fundraiserId: string;
  amount: { amount: number; currency: string };
  paymentMethodId: string;
  message?: string | null;
  anonymous?: boolean | null;
  source?: { type: string; id?: string | null } | null;
  referrerId?: string | null;
  idempotencyKey: string;
}

export interface ValidDonation {
  fundraiserId: string;
  amount: Money;
  paymentMethodId: string;
  message: string | null;
  anonymous: boolean;
  sourceType: SourceType;
  sourceId: string | null;
  referrerId: string | null;
  idempotencyKey: string;
}

export function validDonation(input: DonateInput): ValidDonation {
  if (!isUuid(input.fundraiserId)) throw badInput('fundraiserId', 'That is not a fundraiser id');
  const amount = parseMoney(input.amount, 'amount', DONATION_LIMITS);
  const paymentMethodId = input.paymentMethodId.trim();
  if (!/^pm_\w{1,250}$/.test(paymentMethodId)) throw badInput('paymentMethodId', 'That is not a Stripe payment method (pm_…)');
  const message = input.message?.trim() || null;
  if (message && [...message].length > MESSAGE_MAX) throw badInput('message', `Messages have at most ${MESSAGE_MAX} characters`);
  const sourceType = (input.source?.type ?? 'FUNDRAISER_PAGE') as SourceType;
  if (!SOURCE_TYPES.includes(sourceType)) throw badInput('source.type', `Source is one of ${SOURCE_TYPES.join(', ')}`);
  const sourceId = input.source?.id?.trim() || null;
  if (sourceType !== 'FUNDRAISER_PAGE' && !sourceId) throw badInput('source.id', `A ${sourceType} source names the ${sourceType.toLowerCase()}`);
  if (sourceId && !isUuid(sourceId)) throw badInput('source.id', 'That is not an id');
  const referrerId = input.referrerId?.trim() || null;
  if (referrerId && !isUuid(referrerId)) throw badInput('referrerId', 'That is not a person\'s id');
  const idempotencyKey = input.idempotencyKey.trim();
  if (!idempotencyKey || idempotencyKey.length > IDEMPOTENCY_KEY_MAX) throw badInput('idempotencyKey', `An idempotency key has 1 to ${IDEMPOTENCY_KEY_MAX} characters`);
  return { fundraiserId: input.fundraiserId, amount, paymentMethodId, message, anonymous: input.anonymous ?? false, sourceType, sourceId, referrerId, idempotencyKey };
}
