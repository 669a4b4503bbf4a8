// Which Stripe the platform talks to: the built-in sandbox by default (started with the platform,
// its webhooks sent to the gateway), real Stripe with STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.
import Stripe from 'stripe';
import { loadConfig } from '../../kit/config.ts';
import { stripeSettings, SANDBOX_SECRET_KEY } from '../../platform/stripe.ts';
import { startTestPlatform } from '../harness/platform.ts';

const secrets = { jwt: 'j'.repeat(32), internal: 'i'.repeat(32) };

describe('Stripe settings', () => {
  it('start the sandbox in this process when neither a key nor a URL is set, with a webhook secret every process derives alike', () => {
    const { settings, startSandbox } = stripeSettings(loadConfig({}), secrets);
    expect(startSandbox).toBe(true);
    expect(settings.secretKey).toBe(SANDBOX_SECRET_KEY);
    expect(settings.webhookSecret).toMatch(/^whsec_/);
    expect(stripeSettings(loadConfig({}), secrets).settings.webhookSecret).toBe(settings.webhookSecret);
  });

  it('use a sandbox elsewhere with STRIPE_API_URL, and real Stripe with a key, which needs its webhook secret', () => {
    expect(stripeSettings(loadConfig({ STRIPE_API_URL: 'http://127.0.0.1:12111' }), secrets)).toMatchObject({ startSandbox: false, settings: { apiUrl: 'http://127.0.0.1:12111' } });
    expect(() => stripeSettings(loadConfig({ STRIPE_SECRET_KEY: 'sk_live_x' }), secrets)).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(stripeSettings(loadConfig({ STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_y' }), secrets))
      .toEqual({ startSandbox: false, settings: { secretKey: 'sk_live_x', webhookSecret: 'whsec_y', apiUrl: undefined } });
  });
});

describe('the platform', () => {
  it('runs the sandbox beside itself and points the payments code at it', async () => {
    const platform = await startTestPlatform();
    try {
      expect(platform.sandbox).toBeDefined();
      expect(platform.runtime.stripe.apiUrl).toBe(platform.sandbox!.url);
      const url = new URL(platform.runtime.stripe.apiUrl!);
      const stripe = new Stripe(platform.runtime.stripe.secretKey, { host: url.hostname, port: url.port, protocol: 'http', maxNetworkRetries: 0 });
      const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
      expect(intent.status).toBe('succeeded');
    } finally {
      await platform.stop();
    }
  });
});
