// Who takes part in verification: reviewers and admins decide; a request is seen by its applicant
// and by them.
import type { UserViewer } from '../../../../kit/guards.ts';
import type { VerificationRequest } from './verification.entity.ts';

export const REVIEWERS = ['REVIEWER', 'ADMIN'] as const;

export const isReviewer = (viewer: UserViewer): boolean => REVIEWERS.some((role) => viewer.roles.includes(role));

export const canSeeRequest = (viewer: UserViewer, request: VerificationRequest): boolean =>
  request.applicantId === viewer.id || isReviewer(viewer);
