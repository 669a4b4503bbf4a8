// The one place the donations subgraph reaches Stripe from: real Stripe, or any Stripe-compatible
// API (the built-in sandbox) at the configured URL. Nothing else knows which.
import Stripe from 'stripe';
import type { StripeSettings } from '../../../../kit/runtime.ts';

export function stripeClient(settings: StripeSettings): Stripe {
  const url = settings.apiUrl ? new URL(settings.apiUrl) : undefined;
  return new Stripe(settings.secretKey, {
    ...(url ? { host: url.hostname, port: url.port || (url.protocol === 'https:' ? 443 : 80), protocol: url.protocol === 'https:' ? 'https' : 'http' } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
  });
}

/** The fee of a PaymentIntent created or retrieved with `expand: ['latest_charge.balance_transaction']`. */
export function expandedFee(intent: Stripe.PaymentIntent): number | null {
  const charge = intent.latest_charge;
  const transaction = charge && typeof charge === 'object' ? charge.balance_transaction : null;
  return transaction && typeof transaction === 'object' ? transaction.fee : null;
}

/** Stripe's processing fee for a charge, from its balance transaction. */
export async function chargeFee(stripe: Stripe, chargeId: string | null | undefined): Promise<number | null> {
  if (!chargeId) return null;
  const charge = await stripe.charges.retrieve(chargeId, { expand: ['balance_transaction'] });
  const transaction = charge.balance_transaction;
  return transaction && typeof transaction === 'object' ? transaction.fee : null;
}
