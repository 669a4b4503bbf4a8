// refundDonation: the organizer of a personal or business fundraiser, or an admin, gives a
// succeeded donation back. Stripe is told `requested_by_customer`; the free-text reason stays with
// the donation. The refund goes through the state machine (the webhook that follows changes nothing).
import type Stripe from 'stripe';
import { badInput, conflict, forbidden, notFound } from '../../../../kit/errors.ts';
import { requireUser } from '../../../../kit/guards.ts';
import { isAdmin, type RequestIdentity } from '../../../../kit/viewer.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { FundraiserFactSchema } from '../projection/projection.entity.ts';
import { transition } from '../payment/state-machine.ts';
import { DonationSchema, type Donation } from './donation.entity.ts';

export const REFUND_REASON_MAX = 500;

export async function refundDonation(em: EntityManager, deps: SubgraphDeps, stripe: Stripe, identity: RequestIdentity, id: string, rawReason: string | null | undefined): Promise<Donation> {
  const viewer = requireUser(identity);
  const reason = rawReason?.trim() || null;
  if (reason && [...reason].length > REFUND_REASON_MAX) throw badInput('reason', `Reasons have at most ${REFUND_REASON_MAX} characters`);
  if (!isUuid(id)) throw notFound('No such donation');
  const donation = await em.findOne(DonationSchema, { id });
  if (!donation) throw notFound('No such donation');
  const fundraiser = await em.findOne(FundraiserFactSchema, { fundraiserId: donation.fundraiserId });
  const organizerMayRefund = fundraiser?.organizerId === viewer.id && fundraiser.kind !== 'NONPROFIT';
  if (!organizerMayRefund && !isAdmin(viewer)) throw forbidden('Only the organizer of a personal or business fundraiser, or an admin, can refund a donation');
  if (donation.status !== 'SUCCEEDED' || !donation.paymentIntentId) throw conflict(`Only a SUCCEEDED donation can be refunded; this one is ${donation.status}`);
  await stripe.refunds.create(
    { payment_intent: donation.paymentIntentId, reason: 'requested_by_customer', metadata: { donationId: donation.id } },
    { idempotencyKey: `refund-${donation.id}` },
  );
  return inTransaction(em.fork(), async (tx) => {
    const { donation: refunded } = await transition(tx, deps.outbox, donation.id, { status: 'REFUNDED' });
    if (refunded && refunded.refundedBy == null) {
      refunded.refundReason = reason;
      refunded.refundedBy = viewer.id;
      await tx.flush();
    }
    return refunded!;
  });
}
