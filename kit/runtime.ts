// What every service of the platform is given at start: configuration, secrets, the database,
// the bus and the rate limiter. Built once by the platform (platform/runtime.ts).
import type { PlatformConfig } from './config.ts';
import type { Database } from './db/database.ts';
import type { EventBus } from './events/bus.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Logger } from './log.ts';

export interface Secrets {
  /** Signs user and partner tokens. */
  jwt: string;
  /** Signs the viewer header from the gateway to the subgraphs. */
  internal: string;
}

/** How the platform reaches Stripe: real Stripe, another Stripe-compatible API, or the built-in sandbox. */
export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** Absent: api.stripe.com. */
  apiUrl: string | undefined;
}

export interface ServiceRuntime {
  config: PlatformConfig;
  stripe: StripeSettings;
  secrets: Secrets;
  database: Database;
  bus: EventBus;
  limiter: RateLimiter;
  log: Logger;
}

/** Makes a stop idempotent: the first call does the work; later calls wait for the same result. */
export function once(work: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= work());
}

export interface RunningService {
  name: string;
  /** The service's GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}
