// The built-in Stripe sandbox, driven by the real `stripe` SDK over HTTP: test payment methods as
// in Stripe's test mode, idempotency keys, refunds, setup intents, disputes, signed webhooks.
import { createServer, type Server } from 'node:http';
import Stripe from 'stripe';
import { listen, closeServer } from '../../kit/http.ts';
import { startStripeSandbox, type StripeSandbox } from '../../stripe-sandbox/server.ts';

const SECRET = 'whsec_test_sandbox_secret';
let sandbox: StripeSandbox;
let stripe: Stripe;
let receiver: Server;
const received: Stripe.Event[] = [];
const forged: string[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        received.push(Stripe.webhooks.constructEvent(Buffer.concat(chunks).toString('utf8'), String(req.headers['stripe-signature']), SECRET));
        res.writeHead(200).end();
      } catch {
        forged.push(String(req.headers['stripe-signature']));
        res.writeHead(400).end();
      }
    });
  });
  const port = await listen(receiver, 0, '127.0.0.1');
  sandbox = await startStripeSandbox({ webhookSecret: SECRET, webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe` });
  stripe = new Stripe('sk_test_sandbox', { host: '127.0.0.1', port: sandbox.port, protocol: 'http', maxNetworkRetries: 0 });
});
afterAll(async () => {
  await sandbox.stop();
  await closeServer(receiver);
});

const eventsFor = (objectId: string) => received.filter((e) => (e.data.object as { id: string; payment_intent?: string }).id === objectId || (e.data.object as { payment_intent?: string }).payment_intent === objectId).map((e) => e.type);

describe('the Stripe sandbox', () => {
  it('charges pm_card_visa at once and sends signed webhooks; the charge carries its fee', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 2500, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, metadata: { donationId: 'd1' } });
    expect(intent).toMatchObject({ status: 'succeeded', amount: 2500, currency: 'usd', metadata: { donationId: 'd1' } });
    const charge = await stripe.charges.retrieve(intent.latest_charge as string, { expand: ['balance_transaction'] });
    expect((charge.balance_transaction as Stripe.BalanceTransaction).fee).toBe(Math.round(2500 * 0.029) + 30);
    // Or in the same answer, as Stripe's `expand` gives it.
    const withFee = await stripe.paymentIntents.create({ amount: 2500, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, expand: ['latest_charge.balance_transaction'] });
    expect(((withFee.latest_charge as Stripe.Charge).balance_transaction as Stripe.BalanceTransaction).fee).toBe(Math.round(2500 * 0.029) + 30);
    await sandbox.drained();
    expect(eventsFor(intent.id)).toEqual(expect.arrayContaining(['payment_intent.created', 'payment_intent.succeeded', 'charge.succeeded']));
  });

  it('declines pm_card_chargeDeclined with a card error, and says so by webhook', async () => {
    const error = await stripe.paymentIntents.create({ amount: 1000, currency: 'gbp', payment_method: 'pm_card_chargeDeclined', confirm: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    const card = error as Stripe.errors.StripeCardError;
    expect(card.code).toBe('card_declined');
    const intentId = card.payment_intent!.id;
    expect(card.payment_intent!.status).toBe('requires_payment_method');
    await sandbox.drained();
    expect(eventsFor(intentId)).toContain('payment_intent.payment_failed');
  });

  it('leaves pm_card_authenticationRequired in requires_action with a client secret, until the person authenticates', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur', payment_method: 'pm_card_authenticationRequired', confirm: true });
    expect(intent.status).toBe('requires_action');
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`));
    const done = await fetch(`${sandbox.url}/sandbox/payment_intents/${intent.id}/authenticate`, { method: 'POST' });
    expect(((await done.json()) as { status: string }).status).toBe('succeeded');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
  });

  it('honours idempotency keys: the same request gives the same intent, other parameters an error', async () => {
    const params = { amount: 700, currency: 'usd', payment_method: 'pm_card_visa', confirm: true };
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: 'donation-42' });
    const again = await stripe.paymentIntents.create(params, { idempotencyKey: 'donation-42' });
    expect(again.id).toBe(first.id);
    await expect(stripe.paymentIntents.create({ ...params, amount: 800 }, { idempotencyKey: 'donation-42' })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('refunds a charge once, with its webhook', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 5000, currency: 'usd', payment_method: 'pm_card_mastercard', confirm: true });
    const refund = await stripe.refunds.create({ payment_intent: intent.id, reason: 'requested_by_customer' });
    expect(refund).toMatchObject({ status: 'succeeded', amount: 5000 });
    await expect(stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({ code: 'charge_already_refunded' });
    await sandbox.drained();
    expect(eventsFor(intent.id)).toContain('charge.refunded');
  });

  it('saves a card with a SetupIntent and charges it off-session later; authentication cannot happen off-session', async () => {
    const customer = await stripe.customers.create({ email: 'donor@example.com' });
    const setup = await stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_visa', confirm: true, usage: 'off_session' });
    expect(setup.status).toBe('succeeded');
    const charged = await stripe.paymentIntents.create({ amount: 1200, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa', off_session: true, confirm: true });
    expect(charged.status).toBe('succeeded');
    const needsAuth = await stripe.paymentIntents.create({ amount: 1200, currency: 'usd', customer: customer.id, payment_method: 'pm_card_authenticationRequired', off_session: true, confirm: true }).catch((e: unknown) => e);
    expect(needsAuth).toMatchObject({ code: 'authentication_required' });
  });

  it('opens and closes disputes for tests', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 3000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    const opened = await (await fetch(`${sandbox.url}/sandbox/disputes`, { method: 'POST', body: new URLSearchParams({ charge: intent.latest_charge as string }) })).json() as { id: string };
    await fetch(`${sandbox.url}/sandbox/disputes/${opened.id}/close`, { method: 'POST', body: new URLSearchParams({ status: 'lost' }) });
    await sandbox.drained();
    expect(eventsFor(intent.id)).toEqual(expect.arrayContaining(['charge.dispute.created', 'charge.dispute.closed']));
  });

  it('sends only the events its endpoint is subscribed to, when told which', async () => {
    const subscribed = await startStripeSandbox({ webhookSecret: SECRET, webhookUrl: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/`, enabledEvents: ['payment_intent.succeeded'] });
    try {
      const client = new Stripe('sk_test_sandbox', { host: '127.0.0.1', port: subscribed.port, protocol: 'http', maxNetworkRetries: 0 });
      const intent = await client.paymentIntents.create({ amount: 900, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
      await subscribed.drained();
      expect(eventsFor(intent.id)).toEqual(['payment_intent.succeeded']);
    } finally {
      await subscribed.stop();
    }
  });

  it('refuses a request without a test key', async () => {
    const live = new Stripe('sk_live_nope', { host: '127.0.0.1', port: sandbox.port, protocol: 'http', maxNetworkRetries: 0 });
    await expect(live.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('in chaos mode, delivers events more than once, late and sometimes forged first, until they are accepted', async () => {
    sandbox.setChaos({ maxCopies: 3, maxDelayMs: 50, badSignatureShare: 0.5 });
    try {
      const before = forged.length;
      const ids = [];
      for (let i = 0; i < 10; i++) ids.push((await stripe.paymentIntents.create({ amount: 100 + i, currency: 'usd', payment_method: 'pm_card_visa', confirm: true })).id);
      await sandbox.drained();
      for (const intentId of ids) expect(eventsFor(intentId).filter((t) => t === 'payment_intent.succeeded').length).toBeGreaterThanOrEqual(1);
      expect(forged.length).toBeGreaterThan(before);
    } finally {
      sandbox.setChaos(undefined);
    }
  });
});
