// The registry check made the moment someone applies: found, still registered, and of a kind the
// platform can take money for.
import type { Nonprofit, Registry } from '../nonprofit/nonprofit.entity.ts';
import { REGISTRY_NAMES } from '../nonprofit/registration-number.ts';

/** Pub 78 deductibility codes of organisations that can receive tax-deductible gifts. */
export const ELIGIBLE_US_CODES = ['PC', 'POF', 'PF', 'SO', 'SONFI', 'SOUNK', 'EO', 'LODGE', 'GROUP'] as const;

export interface RegistryMatch {
  found: boolean;
  eligible: boolean;
  registryName: string | null;
  reasons: string[];
}

export function checkRegistry(registry: Registry, registrationNumber: string, nonprofit: Nonprofit | null): RegistryMatch {
  const register = REGISTRY_NAMES[registry];
  if (!nonprofit) {
    return { found: false, eligible: false, registryName: null, reasons: [`The ${register} does not list ${registrationNumber}`] };
  }
  const reasons: string[] = [];
  if (!nonprofit.listed) reasons.push(`The ${register} lists ${registrationNumber} as no longer registered`);
  if (registry === 'US_IRS') {
    const codes = (nonprofit.kind ?? '').split(/[,;\s]+/).filter(Boolean);
    const ineligible = codes.filter((code) => !(ELIGIBLE_US_CODES as readonly string[]).includes(code.toUpperCase()));
    if (codes.length === 0) reasons.push('Publication 78 gives no deductibility code for this organisation');
    else if (ineligible.length > 0) {
      reasons.push(`Deductibility code ${ineligible.join(', ')} is not one the platform accepts (${ELIGIBLE_US_CODES.join(', ')})`);
    }
  }
  return { found: true, eligible: reasons.length === 0, registryName: nonprofit.name, reasons };
}
