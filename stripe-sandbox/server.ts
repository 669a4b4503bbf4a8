// The built-in Stripe sandbox: a small Stripe-compatible HTTP server for the calls the platform
// makes, in test mode. The real `stripe` SDK talks to it (STRIPE_API_URL); nothing in the
// donations code knows whether it talks to this or to Stripe. What it does:
// - PaymentIntents (create, confirm, retrieve, cancel), Customers, SetupIntents, Refunds, Charges
//   (with their balance transaction, for the fee), and Idempotency-Key honoured like Stripe's;
// - Stripe's test payment methods: pm_card_visa and pm_card_mastercard succeed,
//   pm_card_chargeDeclined is declined, pm_card_authenticationRequired needs authentication;
// - webhooks signed like Stripe's (`Stripe-Signature: t=…,v1=…`), delivered to the configured URL
//   once the call that caused them has answered, and retried until it answers 2xx; for tests, deliveries can be duplicated, shuffled, delayed
//   and sent with bad signatures (`chaos`);
// - test-only routes under /sandbox/: finish or fail an authentication, open and close a dispute.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listen } from '../kit/http.ts';
import { keepAliveRequester } from '../kit/fetcher.ts';
import { parseForm, type FormObject } from './form.ts';

export interface SandboxChaos {
  /** Each event is delivered this many times at most (at least once). */
  maxCopies: number;
  /** Deliveries wait up to this long, so later events may overtake earlier ones. */
  maxDelayMs: number;
  /** Share of deliveries sent once with a forged signature first (then correctly). */
  badSignatureShare: number;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Where events go (the platform's POST /webhooks/stripe). */
  webhookUrl?: string;
  webhookSecret: string;
  /** The event types the webhook endpoint is subscribed to, as on a Stripe endpoint; absent: all. */
  enabledEvents?: readonly string[];
  chaos?: SandboxChaos;
  onError?: (message: string, error?: unknown) => void;
}

export interface StripeSandbox {
  url: string;
  port: number;
  setWebhookUrl(url: string): void;
  setChaos(chaos: SandboxChaos | undefined): void;
  /** Resolves when every event so far has been delivered (2xx) or given up on. */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

type Json = Record<string, unknown>;

class StripeError extends Error {
  readonly status: number;
  readonly body: Json;

  constructor(status: number, body: Json) {
    super(String((body as { message?: string }).message ?? 'error'));
    this.status = status;
    this.body = body;
  }
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);
const SUCCEEDING = new Set(['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_visa_debit']);
const DECLINED = 'pm_card_chargeDeclined';
const NEEDS_AUTHENTICATION = 'pm_card_authenticationRequired';
const KNOWN_METHODS = new Set([...SUCCEEDING, DECLINED, NEEDS_AUTHENTICATION]);
/** Stripe's card pricing, near enough: 2.9% + 30 (minor units); 3.6% for zero-decimal JPY. */
const feeOf = (amount: number, currency: string) => (currency === 'jpy' ? Math.round(amount * 0.036) : Math.round(amount * 0.029) + 30);

export async function startStripeSandbox(options: SandboxOptions): Promise<StripeSandbox> {
  const paymentIntents = new Map<string, Json>();
  const charges = new Map<string, Json>();
  const balanceTransactions = new Map<string, Json>();
  const setupIntents = new Map<string, Json>();
  const customers = new Map<string, Json>();
  const refunds = new Map<string, Json>();
  const disputes = new Map<string, Json>();
  const idempotent = new Map<string, { fingerprint: string; status: number; body: Json }>();
  let webhookUrl = options.webhookUrl;
  const requestOverKeepAlive = keepAliveRequester({ timeoutMs: 10_000 });
  let chaos = options.chaos;
  const pending = new Set<Promise<void>>();
  let stopped = false;
  /**
   * While an API call is handled: the moment its answer has gone out. Its events are sent after
   * that, as Stripe sends a call's events asynchronously, never before the call has answered.
   */
  let answering: Promise<void> | undefined;

  // --- webhooks ---------------------------------------------------------------------------

  function emit(type: string, object: Json): void {
    if (options.enabledEvents && !options.enabledEvents.includes(type)) return;
    const event = { id: id('evt'), object: 'event', api_version: '2026-10-28.endive', created: now(), livemode: false, type, data: { object: structuredClone(object) }, pending_webhooks: 1, request: { id: null, idempotency_key: null } };
    const copies = chaos ? 1 + Math.floor(Math.random() * chaos.maxCopies) : 1;
    const after = answering ?? Promise.resolve();
    for (let i = 0; i < copies; i++) {
      const delivery = after.then(() => deliver(JSON.stringify(event))).finally(() => pending.delete(delivery));
      pending.add(delivery);
    }
  }

  function signature(payload: string, secret: string, timestamp = now()): string {
    return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')}`;
  }

  async function deliver(payload: string): Promise<void> {
    if (chaos) await sleep(Math.random() * chaos.maxDelayMs);
    if (chaos && Math.random() < chaos.badSignatureShare) await post(payload, signature(payload, 'whsec_forged'));
    // Stripe retries for days; the sandbox for about a minute (enough for a service to restart).
    for (let attempt = 0; attempt < 40 && !stopped; attempt++) {
      if (await post(payload, signature(payload, options.webhookSecret))) return;
      await sleep(Math.min(2000, 50 * 2 ** attempt));
    }
  }

  async function post(payload: string, header: string): Promise<boolean> {
    if (!webhookUrl) return true; // nobody listens: like an endpoint that was never configured
    try {
      const headers = { 'content-type': 'application/json', 'stripe-signature': header };
      if (webhookUrl.startsWith('http:')) {
        const response = await requestOverKeepAlive(webhookUrl, { method: 'POST', headers, body: payload });
        return response.status >= 200 && response.status < 300;
      }
      const response = await fetch(webhookUrl, { method: 'POST', headers, body: payload });
      await response.arrayBuffer();
      return response.ok;
    } catch (error) {
      options.onError?.('webhook delivery failed', error);
      return false;
    }
  }

  // --- payments ---------------------------------------------------------------------------

  function charge(intent: Json): void {
    const amount = intent['amount'] as number;
    const currency = intent['currency'] as string;
    const fee = feeOf(amount, currency);
    const txn = { id: id('txn'), object: 'balance_transaction', amount, currency, fee, net: amount - fee, type: 'charge', status: 'available' };
    balanceTransactions.set(txn.id, txn);
    const ch = {
      id: id('ch'), object: 'charge', amount, amount_captured: amount, amount_refunded: 0, currency, paid: true, refunded: false, status: 'succeeded',
      payment_intent: intent['id'], payment_method: intent['payment_method'], balance_transaction: txn.id, metadata: intent['metadata'], created: now(), disputed: false,
    };
    charges.set(ch.id, ch);
    Object.assign(intent, { status: 'succeeded', latest_charge: ch.id, amount_received: amount, last_payment_error: null, next_action: null });
    emit('charge.succeeded', ch);
    emit('payment_intent.succeeded', intent);
  }

  function decline(intent: Json, code: string, message: string): never {
    const error = { type: 'card_error', code, decline_code: code === 'card_declined' ? 'generic_decline' : undefined, message, payment_intent: undefined as unknown, doc_url: `https://stripe.com/docs/error-codes/${code}` };
    Object.assign(intent, { status: 'requires_payment_method', last_payment_error: { type: 'card_error', code, message, payment_method: { id: intent['payment_method'] } } });
    error.payment_intent = structuredClone(intent);
    emit('payment_intent.payment_failed', intent);
    throw new StripeError(402, error);
  }

  function confirm(intent: Json): Json {
    const method = intent['payment_method'] as string | null;
    if (!method) throw invalid('You must provide a payment method to confirm this PaymentIntent.', 'payment_method');
    if (!KNOWN_METHODS.has(method)) throw invalid(`No such PaymentMethod: '${method}'`, 'payment_method', 'resource_missing');
    if (method === DECLINED) decline(intent, 'card_declined', 'Your card was declined.');
    if (method === NEEDS_AUTHENTICATION) {
      if (intent['off_session']) decline(intent, 'authentication_required', 'This payment requires authentication.');
      Object.assign(intent, { status: 'requires_action', next_action: { type: 'use_stripe_sdk', use_stripe_sdk: {} } });
      emit('payment_intent.requires_action', intent);
      return intent;
    }
    charge(intent);
    return intent;
  }

  /** A copy of a PaymentIntent with what `expand[]` asks for: latest_charge, latest_charge.balance_transaction. */
  function expanded(intent: Json, params: FormObject): Json {
    const expand = Array.isArray(params['expand']) ? params['expand'] : [];
    if (!intent['latest_charge'] || !expand.some((e) => String(e).startsWith('latest_charge'))) return intent;
    const ch = { ...charges.get(intent['latest_charge'] as string)! };
    if (expand.includes('latest_charge.balance_transaction')) ch['balance_transaction'] = balanceTransactions.get(ch['balance_transaction'] as string);
    return { ...intent, latest_charge: ch };
  }

  const routes: { method: string; pattern: RegExp; handle: (params: FormObject, match: RegExpMatchArray) => Json }[] = [
    { method: 'POST', pattern: /^\/v1\/customers$/, handle: (p) => store(customers, { id: id('cus'), object: 'customer', created: now(), email: p['email'] ?? null, metadata: p['metadata'] ?? {} }) },
    {
      method: 'POST', pattern: /^\/v1\/payment_intents$/, handle: (p) => {
        const amount = Number(p['amount']);
        if (!Number.isInteger(amount) || amount < 1) throw invalid('This value must be greater than or equal to 1.', 'amount');
        if (typeof p['currency'] !== 'string') throw invalid('Missing required param: currency.', 'currency');
        const intent: Json = {
          id: id('pi'), object: 'payment_intent', amount, currency: p['currency'].toLowerCase(), status: p['payment_method'] ? 'requires_confirmation' : 'requires_payment_method',
          payment_method: p['payment_method'] ?? null, customer: p['customer'] ?? null, metadata: p['metadata'] ?? {}, description: p['description'] ?? null,
          setup_future_usage: p['setup_future_usage'] ?? null, off_session: p['off_session'] === 'true', latest_charge: null, last_payment_error: null,
          next_action: null, amount_received: 0, created: now(), livemode: false, capture_method: 'automatic', confirmation_method: 'automatic',
        };
        intent['client_secret'] = `${intent['id']}_secret_${randomBytes(12).toString('hex')}`;
        paymentIntents.set(intent['id'] as string, intent);
        emit('payment_intent.created', intent);
        return expanded(p['confirm'] === 'true' ? confirm(intent) : intent, p);
      },
    },
    { method: 'GET', pattern: /^\/v1\/payment_intents\/([\w]+)$/, handle: (p, m) => expanded(find(paymentIntents, m[1]!, 'payment_intent'), p) },
    {
      method: 'POST', pattern: /^\/v1\/payment_intents\/([\w]+)\/confirm$/, handle: (p, m) => {
        const intent = find(paymentIntents, m[1]!, 'payment_intent');
        if (!['requires_payment_method', 'requires_confirmation'].includes(intent['status'] as string)) throw unexpectedState(intent, 'confirm');
        if (p['payment_method']) intent['payment_method'] = p['payment_method'];
        return confirm(intent);
      },
    },
    {
      method: 'POST', pattern: /^\/v1\/payment_intents\/([\w]+)\/cancel$/, handle: (_, m) => {
        const intent = find(paymentIntents, m[1]!, 'payment_intent');
        if (['succeeded', 'canceled'].includes(intent['status'] as string)) throw unexpectedState(intent, 'cancel');
        intent['status'] = 'canceled';
        emit('payment_intent.canceled', intent);
        return intent;
      },
    },
    {
      method: 'GET', pattern: /^\/v1\/charges\/([\w]+)$/, handle: (p, m) => {
        const ch = { ...find(charges, m[1]!, 'charge') };
        const expand = Array.isArray(p['expand']) ? p['expand'] : [];
        if (expand.includes('balance_transaction')) ch['balance_transaction'] = balanceTransactions.get(ch['balance_transaction'] as string);
        return ch;
      },
    },
    {
      method: 'POST', pattern: /^\/v1\/setup_intents$/, handle: (p) => {
        const intent: Json = {
          id: id('seti'), object: 'setup_intent', customer: p['customer'] ?? null, payment_method: p['payment_method'] ?? null, usage: p['usage'] ?? 'off_session',
          status: 'requires_confirmation', metadata: p['metadata'] ?? {}, created: now(), livemode: false, last_setup_error: null, next_action: null,
        };
        intent['client_secret'] = `${intent['id']}_secret_${randomBytes(12).toString('hex')}`;
        setupIntents.set(intent['id'] as string, intent);
        if (p['confirm'] !== 'true') return intent;
        const method = intent['payment_method'] as string | null;
        if (!method || !KNOWN_METHODS.has(method)) throw invalid(`No such PaymentMethod: '${method}'`, 'payment_method', 'resource_missing');
        if (method === DECLINED) {
          intent['status'] = 'requires_payment_method';
          emit('setup_intent.setup_failed', intent);
          throw new StripeError(402, { type: 'card_error', code: 'card_declined', message: 'Your card was declined.', setup_intent: structuredClone(intent) });
        }
        intent['status'] = method === NEEDS_AUTHENTICATION ? 'requires_action' : 'succeeded';
        emit(intent['status'] === 'succeeded' ? 'setup_intent.succeeded' : 'setup_intent.requires_action', intent);
        return intent;
      },
    },
    {
      method: 'POST', pattern: /^\/v1\/refunds$/, handle: (p) => {
        const intent = typeof p['payment_intent'] === 'string' ? find(paymentIntents, p['payment_intent'], 'payment_intent') : undefined;
        const ch = find(charges, (p['charge'] as string | undefined) ?? (intent?.['latest_charge'] as string | undefined) ?? '', 'charge');
        const left = (ch['amount'] as number) - (ch['amount_refunded'] as number);
        const amount = p['amount'] === undefined ? left : Number(p['amount']);
        if (left <= 0) throw new StripeError(400, { type: 'invalid_request_error', code: 'charge_already_refunded', message: `Charge ${ch['id']} has already been refunded.` });
        if (!Number.isInteger(amount) || amount < 1 || amount > left) throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, 'amount');
        const refund = store(refunds, { id: id('re'), object: 'refund', amount, currency: ch['currency'], charge: ch['id'], payment_intent: ch['payment_intent'], reason: p['reason'] ?? null, status: 'succeeded', metadata: p['metadata'] ?? {}, created: now() });
        Object.assign(ch, { amount_refunded: (ch['amount_refunded'] as number) + amount, refunded: (ch['amount_refunded'] as number) + amount === ch['amount'] });
        emit('charge.refunded', ch);
        emit('refund.created', refund);
        return refund;
      },
    },
    // --- test-only: what a person or a bank does, outside any API call ---
    {
      method: 'POST', pattern: /^\/sandbox\/payment_intents\/([\w]+)\/authenticate$/, handle: (p, m) => {
        const intent = find(paymentIntents, m[1]!, 'payment_intent');
        if (intent['status'] !== 'requires_action') throw unexpectedState(intent, 'authenticate');
        if (p['outcome'] === 'failure') {
          Object.assign(intent, { status: 'requires_payment_method', next_action: null, last_payment_error: { type: 'card_error', code: 'payment_intent_authentication_failure', message: 'The provided PaymentMethod has failed authentication.' } });
          emit('payment_intent.payment_failed', intent);
        } else {
          charge(intent);
        }
        return intent;
      },
    },
    {
      method: 'POST', pattern: /^\/sandbox\/disputes$/, handle: (p) => {
        const ch = find(charges, String(p['charge'] ?? ''), 'charge');
        ch['disputed'] = true;
        const dispute = store(disputes, { id: id('dp'), object: 'dispute', amount: ch['amount'], currency: ch['currency'], charge: ch['id'], payment_intent: ch['payment_intent'], status: 'needs_response', reason: p['reason'] ?? 'fraudulent', created: now() });
        emit('charge.dispute.created', dispute);
        return dispute;
      },
    },
    {
      method: 'POST', pattern: /^\/sandbox\/disputes\/([\w]+)\/close$/, handle: (p, m) => {
        const dispute = find(disputes, m[1]!, 'dispute');
        if (p['status'] !== 'won' && p['status'] !== 'lost') throw invalid('status must be won or lost', 'status');
        dispute['status'] = p['status'];
        emit('charge.dispute.closed', dispute);
        return dispute;
      },
    },
  ];

  function store(map: Map<string, Json>, object: Json): Json {
    map.set(object['id'] as string, object);
    return object;
  }

  function find(map: Map<string, Json>, key: string, kind: string): Json {
    const object = map.get(key);
    if (!object) throw new StripeError(404, { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${key}'`, param: 'id' });
    return object;
  }

  const invalid = (message: string, param: string, code = 'parameter_invalid_integer') => new StripeError(400, { type: 'invalid_request_error', code, message, param });
  const unexpectedState = (intent: Json, action: string) => new StripeError(400, {
    type: 'invalid_request_error', code: 'payment_intent_unexpected_state',
    message: `You cannot ${action} this PaymentIntent because it has a status of ${intent['status']}.`, payment_intent: structuredClone(intent),
  });

  // --- HTTP -------------------------------------------------------------------------------

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error) => {
      options.onError?.('sandbox request failed', error);
      send(res, 500, { error: { type: 'api_error', message: 'The sandbox failed' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const [path, query] = (req.url ?? '/').split('?') as [string, string | undefined];
    const body = Buffer.concat(chunks).toString('utf8');
    const params = parseForm(req.method === 'GET' ? (query ?? '') : body);
    if (!path.startsWith('/sandbox/') && !/^Bearer sk_test_\w+/.test(req.headers['authorization'] ?? '')) {
      send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided (the sandbox takes test keys: sk_test_…)' } });
      return;
    }
    const route = routes.find((r) => r.method === req.method && r.pattern.test(path));
    if (!route) {
      send(res, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path}).` } });
      return;
    }
    const key = req.method === 'POST' ? req.headers['idempotency-key'] : undefined;
    const fingerprint = createHash('sha256').update(`${req.method} ${path} ${body}`).digest('hex');
    if (typeof key === 'string') {
      const earlier = idempotent.get(key);
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          send(res, 400, { error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' } });
        } else {
          send(res, earlier.status, earlier.body, { 'idempotent-replayed': 'true' });
        }
        return;
      }
    }
    let status = 200;
    let answer: Json;
    answering = new Promise<void>((resolve) => {
      res.once('finish', resolve);
      res.once('close', resolve);
    });
    try {
      answer = route.handle(params, path.match(route.pattern)!);
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      status = error.status;
      answer = { error: error.body };
    } finally {
      answering = undefined;
    }
    if (typeof key === 'string') idempotent.set(key, { fingerprint, status, body: structuredClone(answer) });
    send(res, status, answer);
  }

  const port = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    setWebhookUrl: (url) => (webhookUrl = url),
    setChaos: (value) => (chaos = value),
    async drained() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async stop() {
      stopped = true;
      await closeServer(server);
      await Promise.allSettled([...pending]);
    },
  };
}

function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req'), 'stripe-version': '2026-10-28.endive', ...headers });
  res.end(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
