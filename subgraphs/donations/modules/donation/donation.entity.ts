import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Currency } from '../../../../kit/money.ts';
import type { Platform } from '../../../../kit/viewer.ts';

export type DonationStatus = 'PENDING' | 'REQUIRES_ACTION' | 'PLEDGED' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'REFUNDED' | 'DISPUTED';
export const SOURCE_TYPES = ['FUNDRAISER_PAGE', 'POST', 'STORY', 'LIVE', 'VIDEO'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A donation: who gave how much to which fundraiser, from where, and where its payment stands. */
export const DonationSchema = defineEntity({
  name: 'Donation',
  tableName: 'donation',
  uniques: [{ name: 'donation_idempotency', properties: ['donorId', 'idempotencyKey'] }],
  indexes: [
    { name: 'donation_fundraiser', properties: ['fundraiserId', 'createdAt', 'id'] },
    { name: 'donation_donor', properties: ['donorId', 'createdAt', 'id'] },
    { name: 'donation_payment_intent', properties: ['paymentIntentId'] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    donorId: p.uuid(),
    fundraiserId: p.uuid(),
    amount: p.bigint('number'),
    currency: p.string().length(3).$type<Currency>(),
    status: p.string().$type<DonationStatus>(),
    anonymous: p.boolean(),
    message: p.text().nullable(),
    sourceType: p.string().$type<SourceType>(),
    sourceId: p.uuid().nullable(),
    referrerId: p.uuid().nullable(),
    /** The donor's country and the app they gave from, at the time. */
    country: p.string().length(2),
    platform: p.string().$type<Platform>(),
    idempotencyKey: p.string(),
    paymentIntentId: p.string().nullable(),
    /** A pledge's saved card (ALL_OR_NOTHING): charged off-session at the deadline. */
    stripeCustomerId: p.string().nullable(),
    paymentMethodId: p.string().nullable(),
    /** Stripe's processing fee, in the donation's currency (no platform commission is taken). */
    fee: p.bigint('number').nullable(),
    failureCode: p.string().nullable(),
    /** Why the organizer or an admin refunded it (Stripe is told requested_by_customer). */
    refundReason: p.text().nullable(),
    refundedBy: p.uuid().nullable(),
    /** A DISPUTED donation whose dispute the platform lost: no longer counted. */
    disputeLost: p.boolean().default(false),
    createdAt: p.datetime(),
    succeededAt: p.datetime().nullable(),
    updatedAt: p.datetime(),
  },
});
export type Donation = InferEntity<typeof DonationSchema>;
