// Money: integer minor units and an ISO 4217 currency, everywhere. The one module that knows each
// currency's minor unit and the platform's limits; nothing else does arithmetic on money.
import { badInput } from './errors.ts';

export const CURRENCIES = ['USD', 'GBP', 'EUR', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  /** In the currency's minor unit (cents; whole yen for JPY). */
  amount: number;
  currency: Currency;
}

/** Digits after the decimal point: 0 for JPY (a zero-decimal currency), 2 for the others. */
export const MINOR_UNIT_EXPONENT: Record<Currency, number> = { USD: 2, GBP: 2, EUR: 2, JPY: 0 };

/** A fundraiser's goal, in minor units: at least 10 and at most 10,000,000 (1,000 to 1,000,000,000 yen). */
export const GOAL_LIMITS: Record<Currency, { min: number; max: number }> = {
  USD: { min: 10_00, max: 10_000_000_00 },
  GBP: { min: 10_00, max: 10_000_000_00 },
  EUR: { min: 10_00, max: 10_000_000_00 },
  JPY: { min: 1_000, max: 1_000_000_000 },
};

/** One donation, in minor units: 1.00 to 10,000.00 (100 to 10,000 yen). */
export const DONATION_LIMITS: Record<Currency, { min: number; max: number }> = {
  USD: { min: 1_00, max: 10_000_00 },
  GBP: { min: 1_00, max: 10_000_00 },
  EUR: { min: 1_00, max: 10_000_00 },
  JPY: { min: 100, max: 10_000 },
};

export const isCurrency = (value: string): value is Currency => (CURRENCIES as readonly string[]).includes(value);

/** How a person reads an amount: "USD 1,234.50", "JPY 5,000". */
export function formatMoney({ amount, currency }: Money): string {
  const exponent = MINOR_UNIT_EXPONENT[currency];
  return `${currency} ${(amount / 10 ** exponent).toLocaleString('en-US', { minimumFractionDigits: exponent, maximumFractionDigits: exponent })}`;
}

/** A MoneyInput checked: a supported currency and a whole number of minor units within `limits`. */
export function parseMoney(
  input: { amount: number; currency: string },
  field: string,
  limits: Record<Currency, { min: number; max: number }>,
): Money {
  const currency = input.currency.trim().toUpperCase();
  if (!isCurrency(currency)) throw badInput(`${field}.currency`, `Currency must be one of ${CURRENCIES.join(', ')}`);
  if (!Number.isSafeInteger(input.amount)) throw badInput(`${field}.amount`, 'Amounts are whole numbers of the minor unit (cents)');
  const { min, max } = limits[currency];
  if (input.amount < min || input.amount > max) {
    throw badInput(`${field}.amount`, `Must be from ${formatMoney({ amount: min, currency })} to ${formatMoney({ amount: max, currency })}`);
  }
  return { amount: input.amount, currency };
}
