import type { Registry } from '../../nonprofit/nonprofit.entity.ts';
import type { RegistryFormat } from './format.ts';
import { usIrs } from './us-irs.ts';
import { gbCharityCommission } from './gb-charity-commission.ts';
import { ieCharitiesRegulator } from './ie-charities-regulator.ts';
import { frRna } from './fr-rna.ts';

export const FORMATS: Record<Registry, RegistryFormat> = {
  US_IRS: usIrs,
  GB_CHARITY_COMMISSION: gbCharityCommission,
  IE_CHARITIES_REGULATOR: ieCharitiesRegulator,
  FR_RNA: frRna,
};
