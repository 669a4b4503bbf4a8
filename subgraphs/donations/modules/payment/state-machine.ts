// One state machine for every donation, whoever reports the payment's outcome (Stripe's answer to
// donate, or a webhook, in any order, any number of times): a transition it does not allow is stale
// or repeated and changes nothing, so totals count each donation exactly once.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import { DonationSchema, type Donation, type DonationStatus } from '../donation/donation.entity.ts';
import { applyToTotals, changePledged } from '../totals/totals.service.ts';
import { matchDonation, returnMatch } from '../matching/matching.service.ts';

const ALLOWED: Record<DonationStatus, readonly DonationStatus[]> = {
  PENDING: ['REQUIRES_ACTION', 'SUCCEEDED', 'PLEDGED', 'FAILED'],
  REQUIRES_ACTION: ['SUCCEEDED', 'PLEDGED', 'FAILED', 'CANCELLED'],
  PLEDGED: ['SUCCEEDED', 'FAILED', 'CANCELLED'],
  SUCCEEDED: ['REFUNDED', 'DISPUTED'],
  // Won: SUCCEEDED again (it was counted all along). Lost: see loseDispute.
  DISPUTED: ['SUCCEEDED'],
  FAILED: [],
  CANCELLED: [],
  REFUNDED: [],
};

export interface Outcome {
  status: DonationStatus;
  /** With status DISPUTED: the dispute was lost, the amount goes back to the cardholder. */
  disputeLost?: boolean;
  paymentIntentId?: string | null;
  fee?: number | null;
  failureCode?: string | null;
}

/**
 * Moves the donation (locked) to `outcome.status` when the machine allows it; answers the donation
 * and whether it moved. Counting in the totals happens here and only here.
 */
export async function transition(tx: EntityManager, outbox: Outbox, donationId: string, outcome: Outcome): Promise<{ donation: Donation | null; moved: boolean }> {
  const donation = await tx.findOne(DonationSchema, { id: donationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!donation) return { donation: null, moved: false };
  if (outcome.paymentIntentId && !donation.paymentIntentId) donation.paymentIntentId = outcome.paymentIntentId;
  if (outcome.fee != null && donation.fee == null) donation.fee = outcome.fee;
  if (outcome.disputeLost) return loseDispute(tx, outbox, donation);
  if (!ALLOWED[donation.status].includes(outcome.status)) {
    await tx.flush();
    return { donation, moved: false };
  }
  const previous = donation.status;
  const now = new Date();
  donation.status = outcome.status;
  donation.updatedAt = now;
  if (outcome.failureCode) donation.failureCode = outcome.failureCode;
  if (outcome.status === 'SUCCEEDED' && !donation.succeededAt) donation.succeededAt = now;
  await tx.flush();
  const facts = { donationId: donation.id, fundraiserId: donation.fundraiserId, donorId: donation.donorId, amount: { amount: donation.amount, currency: donation.currency } };
  if (outcome.status === 'PLEDGED') await changePledged(tx, outbox, donation, 1);
  if (previous === 'PLEDGED' && outcome.status !== 'SUCCEEDED') await changePledged(tx, outbox, donation, -1);
  if (outcome.status === 'SUCCEEDED' && previous !== 'DISPUTED') {
    const matched = await matchDonation(tx, donation);
    await applyToTotals(tx, outbox, donation, 'SUCCEEDED', { fromPledge: previous === 'PLEDGED', matched });
    await outbox.record(tx, 'DonationSucceeded', {
      ...facts, anonymous: donation.anonymous, sourceType: donation.sourceType, sourceId: donation.sourceId, referrerId: donation.referrerId,
      country: donation.country, platform: donation.platform, succeededAt: now.toISOString(),
    });
  }
  if (outcome.status === 'REFUNDED' && previous === 'SUCCEEDED') {
    await applyToTotals(tx, outbox, donation, 'REFUNDED', { matched: -(await returnMatch(tx, donation)) });
    await outbox.record(tx, 'DonationRefunded', { ...facts, refundedAt: now.toISOString() });
  }
  if (outcome.status === 'FAILED') await outbox.record(tx, 'DonationFailed', { ...facts, failureCode: donation.failureCode });
  return { donation, moved: true };
}

/** A lost dispute takes the donation out of the totals, once (the status stays DISPUTED). */
async function loseDispute(tx: EntityManager, outbox: Outbox, donation: Donation): Promise<{ donation: Donation; moved: boolean }> {
  if (donation.status === 'SUCCEEDED') donation.status = 'DISPUTED'; // the closing event came before the opening one
  if (donation.status !== 'DISPUTED' || donation.disputeLost) {
    await tx.flush();
    return { donation, moved: false };
  }
  const now = new Date();
  donation.disputeLost = true;
  donation.updatedAt = now;
  await tx.flush();
  await applyToTotals(tx, outbox, donation, 'DISPUTE_LOST', { matched: -(await returnMatch(tx, donation)) });
  // For the other subgraphs it is as good as a refund (an "I donated" sticker no longer stands).
  await outbox.record(tx, 'DonationRefunded', {
    donationId: donation.id, fundraiserId: donation.fundraiserId, donorId: donation.donorId, amount: { amount: donation.amount, currency: donation.currency },
    refundedAt: now.toISOString(), cause: 'DISPUTE_LOST',
  });
  return { donation, moved: true };
}
