// Which Stripe the platform talks to. STRIPE_SECRET_KEY: real Stripe (or the Stripe-compatible API
// at STRIPE_API_URL), with STRIPE_WEBHOOK_SECRET. Neither key nor URL: the built-in sandbox, started
// in this process. A URL without a key: a sandbox another process runs (`npm start -- stripe`).
import { createHmac } from 'node:crypto';
import { ConfigError, type PlatformConfig } from '../kit/config.ts';
import type { Secrets, StripeSettings } from '../kit/runtime.ts';
import type { Logger } from '../kit/log.ts';
import { startStripeSandbox, type StripeSandbox } from '../stripe-sandbox/server.ts';
import { HANDLED_EVENTS } from '../subgraphs/donations/modules/payment/webhook.ts';

export const SANDBOX_SECRET_KEY = 'sk_test_givegraph_sandbox';

/** The sandbox's webhook secret: derived from the internal secret, so every process agrees on it. */
export const sandboxWebhookSecret = (secrets: Secrets) => `whsec_${createHmac('sha256', secrets.internal).update('stripe-sandbox-webhooks').digest('base64url')}`;

export function stripeSettings(config: PlatformConfig, secrets: Secrets): { settings: StripeSettings; startSandbox: boolean } {
  const { secretKey, webhookSecret, apiUrl } = config.stripe;
  if (secretKey) {
    if (!webhookSecret) throw new ConfigError('STRIPE_WEBHOOK_SECRET must be set with STRIPE_SECRET_KEY (Stripe signs webhooks with it)');
    return { settings: { secretKey, webhookSecret, apiUrl }, startSandbox: false };
  }
  return {
    settings: { secretKey: SANDBOX_SECRET_KEY, webhookSecret: webhookSecret ?? sandboxWebhookSecret(secrets), apiUrl },
    startSandbox: apiUrl === undefined,
  };
}

export async function startSandboxFor(settings: StripeSettings, options: { port: number; host: string; webhookUrl: string | undefined; log: Logger }): Promise<StripeSandbox> {
  const log = options.log.child('stripe-sandbox');
  // Subscribed to the events the platform acts on, as its Stripe endpoint is.
  const sandbox = await startStripeSandbox({
    port: options.port, host: options.host, webhookSecret: settings.webhookSecret, webhookUrl: options.webhookUrl, enabledEvents: HANDLED_EVENTS, onError: log.error,
  });
  log.info(`Stripe sandbox (test mode) on ${sandbox.url}`);
  return sandbox;
}
