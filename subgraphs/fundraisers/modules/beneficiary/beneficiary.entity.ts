import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * What this subgraph knows of a nonprofit, kept from the nonprofits subgraph's events
 * (NonprofitVerified, NonprofitSuspended): enough to accept it as a beneficiary without asking.
 */
export const BeneficiarySchema = defineEntity({
  name: 'Beneficiary',
  tableName: 'beneficiary',
  properties: {
    nonprofitId: p.uuid().primary(),
    status: p.string().$type<'VERIFIED' | 'SUSPENDED'>(),
    /** When the latest fact applied happened: an older event arriving late changes nothing. */
    asOf: p.datetime(),
  },
});
export type Beneficiary = InferEntity<typeof BeneficiarySchema>;
