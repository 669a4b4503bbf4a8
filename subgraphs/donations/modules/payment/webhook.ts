// POST /webhooks/stripe (forwarded by the gateway): the signature is checked on the raw body before
// anything in it is read (a bad one: 400, no effect); each Stripe event id is applied once, in the
// transaction of its effect; the effect goes through the one state machine, so duplicated, late
// and reordered events leave every total exact.
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { sendJson } from '../../../../kit/http.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { DonationSchema } from '../donation/donation.entity.ts';
import { chargeFee } from './stripe.client.ts';
import { transition, type Outcome } from './state-machine.ts';

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
    const outcome = await outcomeOf(stripe, event, deps);
    // Events the platform does not act on (payment_intent.created, charge.succeeded…): acknowledged, nothing written.
    if (!outcome) return sendJson(res, 200, { received: true });
    await inTransaction(deps.orm.em.fork(), async (tx) => {
      const first = await tx.execute<{ id: string }[]>(
        `insert into "donations"."stripe_event" ("id", "type", "applied_at") values (?, ?, now()) on conflict do nothing returning "id"`,
        [event.id, event.type],
      );
      if (first.length === 0) return; // seen before
      const donationId = await donationOf(tx, outcome.donationId, outcome.paymentIntentId);
      if (donationId) await transition(tx, deps.outbox, donationId, outcome.outcome);
    });
    sendJson(res, 200, { received: true });
  };
}

interface EventOutcome {
  donationId: string | undefined;
  paymentIntentId: string | null;
  outcome: Outcome;
}

/** What an event says happened to a donation's payment (null: nothing the platform acts on). */
async function outcomeOf(stripe: Stripe, event: Stripe.Event, deps: SubgraphDeps): Promise<EventOutcome | null> {
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const intent = event.data.object;
      // The fee is asked of Stripe only when donate's own answer did not record it already.
      const known = isUuid(intent.metadata['donationId'] ?? '') ? await deps.orm.em.fork().findOne(DonationSchema, { id: intent.metadata['donationId'] }, { fields: ['fee'] }) : null;
      const fee = known?.fee != null ? known.fee : await chargeFee(stripe, typeof intent.latest_charge === 'string' ? intent.latest_charge : intent.latest_charge?.id);
      return { donationId: intent.metadata['donationId'], paymentIntentId: intent.id, outcome: { status: 'SUCCEEDED', paymentIntentId: intent.id, fee } };
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
      if (dispute.status === 'won') return { donationId: undefined, paymentIntentId: intentOf(dispute.payment_intent), outcome: { status: 'SUCCEEDED' } };
      if (dispute.status === 'lost') return { donationId: undefined, paymentIntentId: intentOf(dispute.payment_intent), outcome: { status: 'DISPUTED', disputeLost: true } };
      return null;
    }
    default:
      return null;
  }
}

const intentOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === 'string' ? value : value?.id ?? null);

async function donationOf(tx: EntityManager, donationId: string | undefined, paymentIntentId: string | null): Promise<string | null> {
  if (donationId) return donationId;
  if (!paymentIntentId) return null;
  return (await tx.findOne(DonationSchema, { paymentIntentId }))?.id ?? null;
}
