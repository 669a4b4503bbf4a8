// The contract's rules for SignUpInput, checked before anything is written. Each bad value is
// answered BAD_USER_INPUT naming its field.
import { badInput } from '../../../../kit/errors.ts';
import { isCountryCode } from '../../../../kit/countries.ts';
import { parseCalendarDate } from '../../../../kit/scalars.ts';

export interface SignUpInput {
  email: string;
  password: string;
  handle: string;
  displayName: string;
  country: string;
  dateOfBirth: string;
}

export const HANDLE = /^[a-z0-9._]{3,30}$/;
// Deliberately plain: one @, a dot in the domain, no spaces. Deliverability is for a confirmation mail.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 10;
const MAX_PASSWORD = 1024;
/** The youngest age at which someone may have an account (giving needs 18: see isAdult). */
const MIN_ACCOUNT_AGE = 13;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function validateSignUp(input: SignUpInput, today = new Date()): SignUpInput {
  const email = normalizeEmail(input.email);
  if (email.length > 254 || !EMAIL.test(email)) throw badInput('email', 'Enter a valid email address');
  if (input.password.length < MIN_PASSWORD) {
    throw badInput('password', `Passwords need at least ${MIN_PASSWORD} characters`);
  }
  if (input.password.length > MAX_PASSWORD) throw badInput('password', `Passwords have at most ${MAX_PASSWORD} characters`);
  const handle = input.handle.trim().toLowerCase();
  if (!HANDLE.test(handle)) {
    throw badInput('handle', 'Handles are 3 to 30 characters of a-z, 0-9, "." and "_"');
  }
  const displayName = input.displayName.trim().replace(/\s+/g, ' ');
  if (displayName.length === 0) throw badInput('displayName', 'Enter a display name');
  if (displayName.length > 100) throw badInput('displayName', 'Display names have at most 100 characters');
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) throw badInput('country', 'Country must be an ISO 3166-1 alpha-2 code such as US or GB');
  const dateOfBirth = parseCalendarDate(input.dateOfBirth);
  if (dateOfBirth === null) throw badInput('dateOfBirth', 'Date of birth must be a real date written YYYY-MM-DD');
  if (dateOfBirth < '1900-01-01') throw badInput('dateOfBirth', 'Date of birth is too far in the past');
  if (dateOfBirth > today.toISOString().slice(0, 10)) throw badInput('dateOfBirth', 'Date of birth is in the future');
  if (ageOn(dateOfBirth, today) < MIN_ACCOUNT_AGE) {
    throw badInput('dateOfBirth', `You must be at least ${MIN_ACCOUNT_AGE} to have an account`);
  }
  return { email, password: input.password, handle, displayName, country, dateOfBirth };
}

/** Whole years between a YYYY-MM-DD birth date and `today` (UTC). */
export function ageOn(dateOfBirth: string, today: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  const month = today.getUTCMonth() + 1;
  if (month < m || (month === m && today.getUTCDate() < d)) age -= 1;
  return age;
}

export const isAdult = (dateOfBirth: string | null | undefined, today = new Date()): boolean =>
  dateOfBirth != null && ageOn(dateOfBirth, today) >= 18;
