// Applying for verification: the input checked, the registry checked at once; an eligible match
// waits for a reviewer, anything else is rejected on the spot with the registry's reasons.
import { UniqueConstraintViolationException, LockMode } from '@mikro-orm/core';
import { badInput, conflict } from '../../../../kit/errors.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { NonprofitSchema, REGISTRIES, type Registry } from '../nonprofit/nonprofit.entity.ts';
import { normalizeRegistrationNumber, registrationNumberExample } from '../nonprofit/registration-number.ts';
import { VerificationDecisionSchema, VerificationRequestSchema, type VerificationRequest } from './verification.entity.ts';
import { checkRegistry } from './eligibility.ts';

export interface ApplyInput {
  registry: Registry;
  registrationNumber: string;
  name: string;
  website?: string | null;
  contactEmail: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateApplication(input: ApplyInput): ApplyInput {
  if (!(REGISTRIES as readonly string[]).includes(input.registry)) throw badInput('registry', 'Unknown registry');
  const registrationNumber = normalizeRegistrationNumber(input.registry, input.registrationNumber);
  if (!registrationNumber) {
    throw badInput('registrationNumber', `That is not a ${input.registry} number (for example ${registrationNumberExample(input.registry)})`);
  }
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw badInput('name', 'Enter the nonprofit’s name');
  if (name.length > 200) throw badInput('name', 'Names have at most 200 characters');
  let website: string | null = null;
  if (input.website != null && input.website.trim() !== '') {
    website = input.website.trim();
    let url: URL | undefined;
    try {
      url = new URL(website);
    } catch {
      url = undefined;
    }
    if (!url || !['https:', 'http:'].includes(url.protocol) || website.length > 2048) {
      throw badInput('website', 'The website must be an http(s) address of at most 2,048 characters');
    }
  }
  const contactEmail = input.contactEmail.trim().toLowerCase();
  if (contactEmail.length > 254 || !EMAIL.test(contactEmail)) throw badInput('contactEmail', 'Enter a valid email address');
  return { registry: input.registry, registrationNumber, name, website, contactEmail };
}

export async function applyForVerification(em: EntityManager, deps: SubgraphDeps, applicantId: string, raw: ApplyInput): Promise<VerificationRequest> {
  const input = validateApplication(raw);
  try {
    return await inTransaction(em, async (tx) => {
      const nonprofit = await tx.findOne(
        NonprofitSchema,
        { registry: input.registry, registrationNumber: input.registrationNumber },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (nonprofit?.verificationStatus === 'VERIFIED') throw conflict('This nonprofit is already verified', 'registrationNumber');
      const match = checkRegistry(input.registry, input.registrationNumber, nonprofit);
      const now = new Date();
      const request = tx.create(VerificationRequestSchema, {
        nonprofitId: nonprofit?.id ?? null,
        applicantId,
        registry: input.registry,
        registrationNumber: input.registrationNumber,
        name: input.name,
        website: input.website ?? null,
        contactEmail: input.contactEmail,
        status: match.eligible ? 'PENDING_REVIEW' : 'REJECTED',
        found: match.found,
        eligible: match.eligible,
        registryName: match.registryName,
        reasons: match.reasons,
        submittedAt: now,
        decidedAt: match.eligible ? null : now,
        decidedBy: null,
        decisionReason: match.eligible ? null : match.reasons.join('; '),
      });
      if (!match.eligible) {
        tx.create(VerificationDecisionSchema, { requestId: request.id, decision: 'REJECT', reason: request.decisionReason, decidedBy: null, decidedAt: now });
      }
      await tx.flush();
      await deps.outbox.record(tx, 'NonprofitVerificationRequested', {
        requestId: request.id, nonprofitId: request.nonprofitId, applicantId, status: request.status,
      });
      return request;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('A verification request for this nonprofit is already open', 'registrationNumber');
    }
    throw error;
  }
}
