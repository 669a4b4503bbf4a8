import type { VerificationDecisionRecordResolvers, VerificationRequestResolvers } from '../__generated__/resolvers-types.ts';

const user = (id: string | null | undefined) => (id ? { __typename: 'User' as const, id } : null);

export const VerificationRequest: VerificationRequestResolvers = {
  applicant: (request) => ({ __typename: 'User', id: request.applicantId }),
  nonprofit: (request, _, { loaders }) => (request.nonprofitId ? loaders.nonprofitById.load(request.nonprofitId) : null),
  registryMatch: (request) => ({
    found: request.found, eligible: request.eligible, registryName: request.registryName ?? null, reasons: [...request.reasons],
  }),
  decidedBy: (request) => user(request.decidedBy),
  decisions: (request, _, { loaders }) => loaders.decisionsByRequest.load(request.id),
};

export const VerificationDecisionRecord: VerificationDecisionRecordResolvers = {
  decidedBy: (decision) => user(decision.decidedBy),
};
