import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PARTNER_SCOPES = ['TOTALS_READ'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/** A partner app (a stream overlay, a nonprofit's dashboard): its secret is kept only as a hash. */
export const PartnerAppSchema = defineEntity({
  name: 'PartnerApp',
  tableName: 'partner_app',
  properties: {
    /** The client id, `pa_` and 24 random characters. */
    id: p.string().length(40).primary(),
    name: p.string().length(100),
    scopes: p.array<PartnerScope>(),
    /** SHA-256 of the secret: the secret is 256 random bits, shown once. */
    secretHash: p.string().length(64).hidden(),
    createdBy: p.uuid(),
    createdAt: p.datetime(),
  },
});

export type PartnerApp = InferEntity<typeof PartnerAppSchema>;
