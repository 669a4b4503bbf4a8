import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Registry } from '../nonprofit/nonprofit.entity.ts';

export type RequestStatus = 'PENDING_REVIEW' | 'INFO_REQUESTED' | 'APPROVED' | 'REJECTED';
export type Decision = 'APPROVE' | 'REJECT' | 'REQUEST_INFO';
export const OPEN_STATUSES: readonly RequestStatus[] = ['PENDING_REVIEW', 'INFO_REQUESTED'];

/** A representative's request to verify a nonprofit, with what the registry said at the time. */
export const VerificationRequestSchema = defineEntity({
  name: 'VerificationRequest',
  tableName: 'verification_request',
  indexes: [
    // At most one open request per nonprofit, whatever the concurrency; and the queue's order.
    { name: 'verification_request_one_open', expression: `create unique index "verification_request_one_open" on "nonprofits"."verification_request" ("nonprofit_id") where "status" in ('PENDING_REVIEW', 'INFO_REQUESTED')` },
    { name: 'verification_request_queue', expression: `create index "verification_request_queue" on "nonprofits"."verification_request" ("submitted_at", "id") where "status" in ('PENDING_REVIEW', 'INFO_REQUESTED')` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Null when the registry does not list the number. */
    nonprofitId: p.uuid().nullable(),
    applicantId: p.uuid(),
    registry: p.string().$type<Registry>(),
    registrationNumber: p.string(),
    name: p.text(),
    website: p.text().nullable(),
    contactEmail: p.string().length(254),
    status: p.string().$type<RequestStatus>(),
    found: p.boolean(),
    eligible: p.boolean(),
    registryName: p.text().nullable(),
    reasons: p.array().default([]),
    submittedAt: p.datetime().onCreate(() => new Date()),
    decidedAt: p.datetime().nullable(),
    decidedBy: p.uuid().nullable(),
    decisionReason: p.text().nullable(),
  },
});
export type VerificationRequest = InferEntity<typeof VerificationRequestSchema>;

/** The audit trail: every decision on a request, never edited. */
export const VerificationDecisionSchema = defineEntity({
  name: 'VerificationDecision',
  tableName: 'verification_decision',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    requestId: p.uuid().index('verification_decision_request_index'),
    decision: p.string().$type<Decision>(),
    reason: p.text().nullable(),
    /** Null for the platform's own decision (an ineligible registry match). */
    decidedBy: p.uuid().nullable(),
    decidedAt: p.datetime(),
  },
});
export type VerificationDecisionRecord = InferEntity<typeof VerificationDecisionSchema>;
