// donate: the rules of the contract checked (adults, the DONATIONS rollout, an ACTIVE fundraiser in
// its currency, amount limits), the donation written PENDING under (donor, idempotencyKey), then one
// PaymentIntent for it (Stripe's idempotency key is the donation's id, so a retried call never
// charges twice), and Stripe's answer applied through the state machine.
import Stripe from 'stripe';
import { badInput, clientError, conflict, featureUnavailable, forbidden } from '../../../../kit/errors.ts';
import { requireUser } from '../../../../kit/guards.ts';
import { isOpen } from '../../../../kit/rollout.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import { FundraiserFactSchema, RolloutFactSchema } from '../projection/projection.entity.ts';
import { expandedFee } from '../payment/stripe.client.ts';
import { transition } from '../payment/state-machine.ts';
import { DonationSchema, type Donation } from './donation.entity.ts';
import { validDonation, type DonateInput } from './donation.rules.ts';

export interface DonatePayload {
  donation: Donation;
  clientSecret: string | null;
}

export async function donate(em: EntityManager, deps: SubgraphDeps, stripe: Stripe, identity: RequestIdentity, input: DonateInput): Promise<DonatePayload> {
  const donor = requireUser(identity);
  if (!donor.adult) throw forbidden('You must be 18 or over to donate');
  const valid = validDonation(input);
  const rollout = await em.findOne(RolloutFactSchema, { feature: 'DONATIONS' });
  if (!isOpen(rollout ?? undefined, donor.country, identity.platform)) throw featureUnavailable(`Donations are not available yet in ${donor.country} on ${identity.platform}`);

  // The same key from the same donor: the same donation, whatever happened to the first call.
  const earlier = await em.findOne(DonationSchema, { donorId: donor.id, idempotencyKey: valid.idempotencyKey });
  if (earlier) {
    if (earlier.fundraiserId !== valid.fundraiserId || earlier.amount !== valid.amount.amount || earlier.currency !== valid.amount.currency) {
      throw conflict('This idempotency key was used for another donation', 'idempotencyKey');
    }
    if (earlier.status !== 'PENDING') return answer(stripe, earlier);
    const model = (await em.findOne(FundraiserFactSchema, { fundraiserId: earlier.fundraiserId }))?.fundingModel;
    return model === 'ALL_OR_NOTHING' ? pledge(em, deps, stripe, earlier, valid.paymentMethodId) : pay(em, deps, stripe, earlier, valid.paymentMethodId);
  }

  const fundraiser = await em.findOne(FundraiserFactSchema, { fundraiserId: valid.fundraiserId });
  if (fundraiser?.status !== 'ACTIVE') throw conflict('This fundraiser is not taking donations', 'fundraiserId');
  if (fundraiser.currency && fundraiser.currency !== valid.amount.currency) throw badInput('amount.currency', `This fundraiser raises ${fundraiser.currency}`);

  let donation: Donation;
  try {
    donation = await inTransaction(em.fork(), async (tx) => {
      const now = new Date();
      const created = tx.create(DonationSchema, {
        donorId: donor.id, fundraiserId: valid.fundraiserId, amount: valid.amount.amount, currency: valid.amount.currency, status: 'PENDING',
        anonymous: valid.anonymous, message: valid.message, sourceType: valid.sourceType, sourceId: valid.sourceId, referrerId: valid.referrerId,
        country: donor.country, platform: identity.platform, idempotencyKey: valid.idempotencyKey, paymentIntentId: null, fee: null, failureCode: null,
        stripeCustomerId: null, paymentMethodId: valid.paymentMethodId,
        refundReason: null, refundedBy: null, disputeLost: false,
        createdAt: now, succeededAt: null, updatedAt: now,
      });
      await tx.flush();
      return created;
    });
  } catch (error) {
    // Two calls with the same key at once: the other one wrote it; answer as the retry would.
    if ((error as { name?: string }).name === 'UniqueConstraintViolationException') return donate(em.fork(), deps, stripe, identity, input);
    throw error;
  }
  return fundraiser.fundingModel === 'ALL_OR_NOTHING' ? pledge(em, deps, stripe, donation, valid.paymentMethodId) : pay(em, deps, stripe, donation, valid.paymentMethodId);
}

/**
 * ALL_OR_NOTHING: the card is saved (a Stripe customer and a SetupIntent for off-session use) and
 * the donation is PLEDGED, counted in `pledged`; it is charged, or cancelled, at the deadline.
 */
async function pledge(em: EntityManager, deps: SubgraphDeps, stripe: Stripe, donation: Donation, paymentMethodId: string): Promise<DonatePayload> {
  const customer = await stripe.customers.create({ metadata: { donorId: donation.donorId } }, { idempotencyKey: `customer-${donation.id}` });
  let setup: Stripe.SetupIntent;
  try {
    setup = await stripe.setupIntents.create(
      { customer: customer.id, payment_method: paymentMethodId, confirm: true, usage: 'off_session', metadata: { donationId: donation.id } },
      { idempotencyKey: `pledge-${donation.id}` },
    );
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) {
      await settle(em, deps, donation.id, { status: 'FAILED', failureCode: error.code ?? 'card_declined' });
      throw clientError('PAYMENT_DECLINED', error.message || 'The card was declined', { declineCode: error.decline_code ?? error.code ?? null });
    }
    throw error;
  }
  await inTransaction(em.fork(), async (tx) => {
    await tx.nativeUpdate(DonationSchema, { id: donation.id }, { stripeCustomerId: customer.id, paymentMethodId });
    const status = setup.status === 'succeeded' ? 'PLEDGED' : setup.status === 'requires_action' ? 'REQUIRES_ACTION' : null;
    if (status) await transition(tx, deps.outbox, donation.id, { status });
  });
  const settled = await em.fork().findOneOrFail(DonationSchema, { id: donation.id });
  return { donation: settled, clientSecret: settled.status === 'REQUIRES_ACTION' ? setup.client_secret : null };
}

async function pay(em: EntityManager, deps: SubgraphDeps, stripe: Stripe, donation: Donation, paymentMethodId: string): Promise<DonatePayload> {
  let intent: Stripe.PaymentIntent;
  try {
    intent = await stripe.paymentIntents.create(
      {
        amount: donation.amount, currency: donation.currency.toLowerCase(), payment_method: paymentMethodId, confirm: true,
        // The fee comes back in the same answer: no second call to Stripe.
        expand: ['latest_charge.balance_transaction'],
        metadata: { donationId: donation.id, fundraiserId: donation.fundraiserId }, description: `Donation ${donation.id}`,
      },
      { idempotencyKey: `donation-${donation.id}` },
    );
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) {
      await settle(em, deps, donation.id, { status: 'FAILED', paymentIntentId: error.payment_intent?.id ?? null, failureCode: error.code ?? 'card_declined' });
      throw clientError('PAYMENT_DECLINED', error.message || 'The card was declined', { declineCode: error.decline_code ?? error.code ?? null });
    }
    throw error; // the donation stays PENDING: a retry with the same key, or the webhook, settles it
  }
  const status = intent.status === 'succeeded' ? 'SUCCEEDED' : intent.status === 'requires_action' ? 'REQUIRES_ACTION' : null;
  if (status) {
    await settle(em, deps, donation.id, { status, paymentIntentId: intent.id, fee: expandedFee(intent) });
  }
  const settled = await em.fork().findOneOrFail(DonationSchema, { id: donation.id });
  return { donation: settled, clientSecret: settled.status === 'REQUIRES_ACTION' ? intent.client_secret : null };
}

const settle = (em: EntityManager, deps: SubgraphDeps, donationId: string, outcome: Parameters<typeof transition>[3]) =>
  inTransaction(em.fork(), (tx) => transition(tx, deps.outbox, donationId, outcome));

/** A settled donation answered again (same key): the app may still need the client secret. */
async function answer(stripe: Stripe, donation: Donation): Promise<DonatePayload> {
  if (donation.status !== 'REQUIRES_ACTION' || !donation.paymentIntentId) return { donation, clientSecret: null };
  const intent = await stripe.paymentIntents.retrieve(donation.paymentIntentId);
  return { donation, clientSecret: intent.client_secret };
}
