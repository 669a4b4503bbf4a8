// Anonymity: an anonymous donor's identity shows only to the donor, the fundraiser's organizer and
// admins, wherever a donation can be reached. Partner apps read totals, never donations or donors.
import { forbidden } from '../../../../kit/errors.ts';
import { isAdmin, type RequestIdentity } from '../../../../kit/viewer.ts';
import type { Donation } from './donation.entity.ts';

export function showsDonor(identity: RequestIdentity, donation: Donation, organizerId: string | null | undefined): boolean {
  const { viewer } = identity;
  if (viewer?.kind === 'partner') return false;
  if (!donation.anonymous) return true;
  if (viewer?.kind !== 'user') return false;
  return viewer.id === donation.donorId || viewer.id === organizerId || isAdmin(viewer);
}

/** Every way to read donations themselves starts with this. */
export function refusePartners({ viewer }: RequestIdentity): void {
  if (viewer?.kind === 'partner') throw forbidden('Partner apps cannot read donations');
}
