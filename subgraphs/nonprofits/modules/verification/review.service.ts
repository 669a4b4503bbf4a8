// A reviewer's decision: APPROVE verifies the nonprofit, REJECT closes the request, REQUEST_INFO
// keeps it open. Each decision is added to the request's audit trail, never edited.
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, forbidden, notFound } from '../../../../kit/errors.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { NonprofitSchema } from '../nonprofit/nonprofit.entity.ts';
import { OPEN_STATUSES, VerificationDecisionSchema, VerificationRequestSchema, type Decision, type VerificationRequest } from './verification.entity.ts';

export interface ReviewInput {
  requestId: string;
  decision: Decision;
  reason?: string | null;
}

const NEXT_STATUS = { APPROVE: 'APPROVED', REJECT: 'REJECTED', REQUEST_INFO: 'INFO_REQUESTED' } as const;

export async function reviewVerification(em: EntityManager, deps: SubgraphDeps, reviewerId: string, input: ReviewInput): Promise<VerificationRequest> {
  const reason = input.reason?.trim() || null;
  if (!reason && input.decision !== 'APPROVE') badInputReason('Say why: the applicant sees the reason');
  if (reason && reason.length > 2000) badInputReason('Reasons have at most 2,000 characters');
  if (!isUuid(input.requestId)) throw notFound('No such verification request');
  return inTransaction(em, async (tx) => {
    const request = await tx.findOne(VerificationRequestSchema, { id: input.requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!request) throw notFound('No such verification request');
    if (!OPEN_STATUSES.includes(request.status)) throw conflict(`This request was already decided (${request.status})`);
    if (request.applicantId === reviewerId) throw forbidden('You cannot review your own request');
    const now = new Date();
    if (input.decision === 'APPROVE') {
      const nonprofit = request.nonprofitId
        ? await tx.findOne(NonprofitSchema, { id: request.nonprofitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!nonprofit) throw conflict('The registry does not list this nonprofit');
      if (!nonprofit.listed) throw conflict('The registry no longer lists this nonprofit as registered');
      nonprofit.verificationStatus = 'VERIFIED';
      nonprofit.verifiedAt = now;
      nonprofit.suspendedAt = null;
      nonprofit.suspensionReason = null;
      nonprofit.website = request.website ?? nonprofit.website;
      nonprofit.updatedAt = now;
      await deps.outbox.record(tx, 'NonprofitVerified', {
        nonprofitId: nonprofit.id, name: nonprofit.name, country: nonprofit.country, registry: nonprofit.registry,
        registrationNumber: nonprofit.registrationNumber, verifiedAt: now.toISOString(),
      });
    }
    request.status = NEXT_STATUS[input.decision];
    request.decidedAt = now;
    request.decidedBy = reviewerId;
    request.decisionReason = reason;
    tx.create(VerificationDecisionSchema, { requestId: request.id, decision: input.decision, reason, decidedBy: reviewerId, decidedAt: now });
    await tx.flush();
    return request;
  });
}

function badInputReason(message: string): never {
  throw badInput('reason', message);
}
