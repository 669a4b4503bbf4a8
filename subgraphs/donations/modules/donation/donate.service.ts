// donate: the rules of the contract checked (adults, the DONATIONS rollout, an ACTIVE fundraiser in
// its currency, amount limits), the donation written PENDING under (donor, idempotencyKey), then one
// PaymentIntent for it (Stripe's idempotency key is the donation's id, so a retried call never
// charges twice), and Stripe's answer applied through the state machine.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { badInput, clientError, conflict, featureUnavailable, forbidden } from '../../../../kit/errors.ts';
import { requireUser } from '../../../../kit/guards.ts';
import { isOpen } from '../../../../kit/rollout.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { Platform, RequestIdentity } from '../../../../kit/viewer.ts';
import { expandedFee } from '../payment/stripe.client.ts';
import { succeedAtOnce, transition, type Outcome } from '../payment/state-machine.ts';
import { DonationSchema, type Donation } from './donation.entity.ts';
import { validDonation, type DonateInput } from './donation.rules.ts';
import { executePrepared, insertPrepared } from '../../../../kit/db/prepared.ts';

export interface DonatePayload {
  donation: Donation;
  clientSecret: string | null;
}

export async function donate(em: EntityManager, deps: SubgraphDeps, stripe: Stripe, identity: RequestIdentity, input: DonateInput): Promise<DonatePayload> {
  const donor = requireUser(identity);
  if (!donor.adult) throw forbidden('You must be 18 or over to donate');
  const valid = validDonation(input);
  const known = await whatDonateReads(em, donor.id, valid);
  if (!isOpen(known.rollout, donor.country, identity.platform)) throw featureUnavailable(`Donations are not available yet in ${donor.country} on ${identity.platform}`);

  // The same key from the same donor: the same donation, whatever happened to the first call.
  if (known.earlierId) {
    const earlier = await em.findOneOrFail(DonationSchema, { id: known.earlierId });
    if (earlier.fundraiserId !== valid.fundraiserId || earlier.amount !== valid.amount.amount || earlier.currency !== valid.amount.currency) {
      throw conflict('This idempotency key was used for another donation', 'idempotencyKey');
    }
    if (earlier.status !== 'PENDING') return answer(stripe, earlier);
    return known.fundingModel === 'ALL_OR_NOTHING' ? pledge(em, deps, stripe, earlier, valid.paymentMethodId) : pay(em, deps, stripe, earlier, valid.paymentMethodId);
  }

  if (known.status !== 'ACTIVE') throw conflict('This fundraiser is not taking donations', 'fundraiserId');
  if (known.currency && known.currency !== valid.amount.currency) throw badInput('amount.currency', `This fundraiser raises ${known.currency}`);
  // A live donation counts in its broadcast's totals and log: only a broadcast for this fundraiser.
  if (valid.sourceType === 'LIVE' && known.broadcastFundraiserId !== valid.fundraiserId) {
    throw badInput('source.id', known.broadcastFundraiserId ? 'This live broadcast raises money for another fundraiser' : 'There is no such live broadcast');
  }

  const now = new Date();
  // Written PENDING on its own (one statement, committed before Stripe is called).
  const donation = em.create(DonationSchema, {
    id: randomUUID(), donorId: donor.id, fundraiserId: valid.fundraiserId, amount: valid.amount.amount, currency: valid.amount.currency, status: 'PENDING',
    anonymous: valid.anonymous, message: valid.message, sourceType: valid.sourceType, sourceId: valid.sourceId, referrerId: valid.referrerId,
    country: donor.country, platform: identity.platform, idempotencyKey: valid.idempotencyKey, paymentIntentId: null, fee: null, failureCode: null,
    stripeCustomerId: null, paymentMethodId: valid.paymentMethodId,
    refundReason: null, refundedBy: null, disputeLost: false,
    createdAt: now, succeededAt: null, updatedAt: now,
  }, { persist: false });
  try {
    await insertPrepared(em, DonationSchema, donation);
  } catch (error) {
    // Two calls with the same key at once: the other one wrote it; answer as the retry would.
    if ((error as { name?: string }).name === 'UniqueConstraintViolationException') return donate(em.fork(), deps, stripe, identity, input);
    throw error;
  }
  return known.fundingModel === 'ALL_OR_NOTHING' ? pledge(em, deps, stripe, donation, valid.paymentMethodId) : pay(em, deps, stripe, donation, valid.paymentMethodId);
}

interface DonateReads {
  rollout: { countries: string[]; platforms: Platform[] } | undefined;
  earlierId: string | null;
  status: string | null;
  currency: string | null;
  fundingModel: string | null;
  /** A LIVE source: the fundraiser its broadcast raises for (null if there is no such broadcast). */
  broadcastFundraiserId: string | null;
}

/** What donate checks before writing, in one round trip: the DONATIONS rollout, an earlier donation under the key, the fundraiser, a LIVE source's broadcast. */
async function whatDonateReads(em: EntityManager, donorId: string, valid: ReturnType<typeof validDonation>): Promise<DonateReads> {
  const [row] = await executePrepared<{ countries: string[] | null; platforms: Platform[] | null; earlier_id: string | null; status: string | null; currency: string | null; funding_model: string | null; broadcast_fundraiser_id: string | null }>(em,
    `select r."countries", r."platforms", f."status", f."currency", f."funding_model",
       (select d."id" from "donations"."donation" d where d."donor_id" = ? and d."idempotency_key" = ?) as "earlier_id",
       (select b."fundraiser_id" from "donations"."broadcast_fact" b where b."broadcast_id" = ?::uuid) as "broadcast_fundraiser_id"
     from (select 1) as "one"
     left join "donations"."rollout_fact" r on r."feature" = 'DONATIONS'
     left join "donations"."fundraiser_fact" f on f."fundraiser_id" = ?`,
    [donorId, valid.idempotencyKey, valid.sourceType === 'LIVE' ? valid.sourceId : null, valid.fundraiserId],
  );
  return {
    rollout: row!.countries && row!.platforms ? { countries: row!.countries, platforms: row!.platforms } : undefined,
    earlierId: row!.earlier_id, status: row!.status, currency: row!.currency, fundingModel: row!.funding_model, broadcastFundraiserId: row!.broadcast_fundraiser_id,
  };
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
  let settled = donation;
  if (status) {
    const outcome: Outcome = { status, paymentIntentId: intent.id, fee: expandedFee(intent) };
    // A success is most often written in one statement; anything else takes the donation's lock.
    const result = (await succeedAtOnce(em, deps.outbox, donation, outcome)) ?? (await settle(em, deps, donation.id, outcome));
    settled = result.donation ?? donation;
  }
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
