// What each registry's numbers look like, written the way the registry writes them.
import type { Registry } from './nonprofit.entity.ts';

const FORMATS: Record<Registry, { pattern: RegExp; example: string; clean: (raw: string) => string }> = {
  // Employer Identification Number: 9 digits, often written 12-3456789.
  US_IRS: { pattern: /^\d{9}$/, example: '53-0196605', clean: (raw) => raw.replace(/[\s-]/g, '') },
  // Registered charity number: 6 or 7 digits (older ones have fewer).
  GB_CHARITY_COMMISSION: { pattern: /^\d{4,8}$/, example: '202918', clean: (raw) => raw.replace(/\s/g, '') },
  // Registered Charity Number (RCN): 8 digits, e.g. 20001234.
  IE_CHARITIES_REGULATOR: { pattern: /^\d{4,8}$/, example: '20001234', clean: (raw) => raw.replace(/\s/g, '').replace(/^RCN/i, '') },
  // RNA identifier: W and 9 digits.
  FR_RNA: { pattern: /^W\d{9}$/, example: 'W751234567', clean: (raw) => raw.replace(/\s/g, '').toUpperCase() },
};

/** The number as the registry writes it, or null when it cannot be one of that registry's numbers. */
export function normalizeRegistrationNumber(registry: Registry, raw: string): string | null {
  const format = FORMATS[registry];
  const cleaned = format.clean(raw.trim());
  return format.pattern.test(cleaned) ? cleaned : null;
}

export const registrationNumberExample = (registry: Registry): string => FORMATS[registry].example;

export const REGISTRY_NAMES: Record<Registry, string> = {
  US_IRS: 'IRS Publication 78',
  GB_CHARITY_COMMISSION: 'Charity Commission register',
  IE_CHARITIES_REGULATOR: 'Charities Regulator register',
  FR_RNA: 'Répertoire national des associations',
};
