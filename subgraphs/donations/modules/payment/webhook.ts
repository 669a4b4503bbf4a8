// POST /webhooks/stripe (forwarded by the gateway): the signature is checked on the raw body before
// anything in it is read (a bad one: 400, no effect); each Stripe event id is applied once, in the
// transaction of its effect; the effect goes through the one state machine, so duplicated, late
// and reordered events leave every total exact. An event that would change nothing (most often
// the success donate's own answer recorded already) writes nothing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { sendJson } from '../../../../kit/http.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { DonationSchema, type Donation } from '../donation/donation.entity.ts';
import { chargeFee } from './stripe.client.ts';
import { transition, wouldChange, type Outcome } from './state-machine.ts';
import { columnsOf, executePrepared } from '../../../../kit/db/prepared.ts';

const MAX_BODY = 1 << 20;

/** The events the platform acts on: a Stripe webhook endpoint is subscribed to these (others are acknowledged and ignored). */
export const HANDLED_EVENTS = [
  'payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.requires_action', 'setup_intent.succeeded',
  'charge.refunded', 'charge.dispute.created', 'charge.dispute.closed',
] as const;

export function stripeWebhook(deps: SubgraphDeps, stripe: Stripe) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return sendJson(res, 413, { error: 'Too large for a Stripe event' });
      chunks.push(chunk as Buffer);
    }
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature'] ?? ''), deps.runtime.stripe.webhookSecret);
    } catch {
      return sendJson(res, 400, { error: 'The Stripe signature does not match' });
    }
    const reported = outcomeOf(event);
    // Events the platform does not act on (payment_intent.created, charge.succeeded…): acknowledged, nothing written.
    if (!reported) return sendJson(res, 200, { received: true });
    const em = deps.orm.em.fork();
    const standing = await standingOf(em, event.id, reported);
    // Seen, stale, repeated, or about no donation of ours: nothing to apply, nothing written.
    if (!standing || standing.seen || !wouldChange(standing.donation, reported.outcome)) return sendJson(res, 200, { received: true });
    // The lock, not one statement (succeedAtOnce): measured, a webhook finding the donation PENDING
    // almost always finds donate's own answer applied once it holds the lock, and these few short
    // statements cost PostgreSQL less than planning the one long one.
    const applied = await inTransaction(em, async (tx) => {
      const first = await tx.execute<{ id: string }[]>(
        `insert into "donations"."stripe_event" ("id", "type", "applied_at") values (?, ?, now()) on conflict do nothing returning "id"`,
        [event.id, event.type],
      );
      if (first.length === 0) return null; // seen meanwhile
      return (await transition(tx, deps.outbox, standing.donation.id, reported.outcome)).donation;
    });
    // Stripe's fee comes with donate's own answer. It is asked of Stripe only when the donation has
    // none once the event is applied (donate's answer is not recorded yet, or never will be).
    if (reported.feeOfCharge && applied?.status === 'SUCCEEDED' && applied.fee == null) {
      const fee = await chargeFee(stripe, reported.feeOfCharge);
      if (fee != null) await inTransaction(deps.orm.em.fork(), (tx) => transition(tx, deps.outbox, applied.id, { status: 'SUCCEEDED', fee }));
    }
    sendJson(res, 200, { received: true });
  };
}

interface EventOutcome {
  donationId: string | undefined;
  paymentIntentId: string | null;
  outcome: Outcome;
  /** payment_intent.succeeded: the charge whose fee to ask for when the donation has none yet. */
  feeOfCharge?: string | undefined;
}

/** What an event says happened to a donation's payment (null: nothing the platform acts on). */
function outcomeOf(event: Stripe.Event): EventOutcome | null {
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const intent = event.data.object;
      const feeOfCharge = typeof intent.latest_charge === 'string' ? intent.latest_charge : intent.latest_charge?.id;
      return { donationId: intent.metadata['donationId'], paymentIntentId: intent.id, outcome: { status: 'SUCCEEDED', paymentIntentId: intent.id }, feeOfCharge };
    }
    case 'payment_intent.payment_failed': {
      const intent = event.data.object;
      return { donationId: intent.metadata['donationId'], paymentIntentId: intent.id, outcome: { status: 'FAILED', paymentIntentId: intent.id, failureCode: intent.last_payment_error?.code ?? 'payment_failed' } };
    }
    case 'payment_intent.requires_action': {
      const intent = event.data.object;
      return { donationId: intent.metadata['donationId'], paymentIntentId: intent.id, outcome: { status: 'REQUIRES_ACTION', paymentIntentId: intent.id } };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      if (!charge.refunded) return null; // a partial refund: the platform refunds whole donations only
      const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id ?? null;
      return { donationId: charge.metadata['donationId'], paymentIntentId: intentId, outcome: { status: 'REFUNDED' } };
    }
    case 'setup_intent.succeeded': {
      const setup = event.data.object;
      return { donationId: setup.metadata?.['donationId'], paymentIntentId: null, outcome: { status: 'PLEDGED' } };
    }
    case 'charge.dispute.created': {
      const dispute = event.data.object;
      return { donationId: undefined, paymentIntentId: intentOf(dispute.payment_intent), outcome: { status: 'DISPUTED' } };
    }
    case 'charge.dispute.closed': {
      const dispute = event.data.object;
      if (dispute.status === 'won') return { donationId: undefined, paymentIntentId: intentOf(dispute.payment_intent), outcome: { status: 'SUCCEEDED', disputeWon: true } };
      if (dispute.status === 'lost') return { donationId: undefined, paymentIntentId: intentOf(dispute.payment_intent), outcome: { status: 'DISPUTED', disputeLost: true } };
      return null;
    }
    default:
      return null;
  }
}

const intentOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === 'string' ? value : value?.id ?? null);

/** The donation the event is about, as it stands, and whether the event was applied already: one round trip, no lock. */
async function standingOf(em: EntityManager, eventId: string, reported: EventOutcome): Promise<{ donation: Donation; seen: boolean } | null> {
  const byId = reported.donationId && isUuid(reported.donationId);
  if (!byId && !reported.paymentIntentId) return null;
  const [row] = await executePrepared<{ seen: boolean } & Record<string, unknown>>(em,
    `select ${columnsOf(em, DonationSchema, 'd')}, exists (select 1 from "donations"."stripe_event" e where e."id" = ?) as "seen"
     from "donations"."donation" d where ${byId ? 'd."id" = ?' : 'd."payment_intent_id" = ?'}`,
    [eventId, byId ? reported.donationId : reported.paymentIntentId],
  );
  if (!row) return null;
  const { seen, ...columns } = row;
  return { donation: em.map(DonationSchema, columns), seen };
}
