// Starts the platform, whole or in part, in this process: the database, the bus, the subgraphs and
// the gateway. `npm start` uses it; so do the tests and the benchmarks.
import { ConfigError, SUBGRAPH_NAMES, type PlatformConfig, type SubgraphName } from '../kit/config.ts';
import { openDatabase, type Database } from '../kit/db/database.ts';
import { MemoryBus } from '../kit/events/memory-bus.ts';
import { RedisBus } from '../kit/events/redis-bus.ts';
import type { EventBus } from '../kit/events/bus.ts';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../kit/rate-limit.ts';
import { createLogger, type Logger } from '../kit/log.ts';
import type { ServiceRuntime } from '../kit/runtime.ts';
import { startSubgraph, type RunningSubgraph, type BaseSubgraphContext } from '../kit/subgraph.ts';
import { startGateway, type RunningGateway } from '../gateway/index.ts';
import { readCommittedSupergraph } from '../schema/compose.ts';
import { loadSecrets } from './secrets.ts';
import { SUBGRAPHS } from './services.ts';
import { startSandboxFor, stripeSettings } from './stripe.ts';
import type { StripeSandbox } from '../stripe-sandbox/server.ts';

/** `stripe` is the built-in Stripe sandbox, as a service of its own (without STRIPE_SECRET_KEY). */
export type ServiceName = 'gateway' | SubgraphName | 'stripe';
export const ALL_SERVICES: readonly ServiceName[] = ['gateway', ...SUBGRAPH_NAMES, 'stripe'];
/** The sandbox's port, after the gateway's and the subgraphs'. */
export const SANDBOX_PORT_OFFSET = 9;

export interface PlatformOptions {
  config: PlatformConfig;
  /** Which services run in this process; all by default. */
  services?: readonly ServiceName[];
  /** Use port 0 everywhere (tests): each server takes a free port. */
  freePorts?: boolean;
  /** An already open database to use (tests); the platform then does not close it. */
  database?: Database;
  supergraphSdl?: string;
  log?: Logger;
}

export interface RunningPlatform {
  runtime: ServiceRuntime;
  gateway: RunningGateway | undefined;
  subgraphs: Partial<Record<SubgraphName, RunningSubgraph<BaseSubgraphContext>>>;
  /** The built-in Stripe sandbox, when it runs here. */
  sandbox: StripeSandbox | undefined;
  /** The gateway's GraphQL URL, when it runs here. */
  url: string | undefined;
  stop(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { config } = options;
  const services = options.services ?? ALL_SERVICES;
  const log = options.log ?? createLogger({ production: config.production });
  const embedded = services.length === ALL_SERVICES.length;
  if (!embedded && !options.database && (!config.databaseUrl || !config.redisUrl)) {
    // Separate processes cannot share an embedded database or an in-process bus.
    throw new ConfigError('DATABASE_URL and REDIS_URL must both be set when services run as separate processes');
  }
  const secrets = loadSecrets(config, { canGenerate: embedded });
  const database = options.database ?? (await openDatabase(config));
  const bus: EventBus = config.redisUrl
    ? new RedisBus({ url: config.redisUrl, prefix: config.redisPrefix, log: log.error })
    : new MemoryBus();
  const limiter: RateLimiter = config.redisUrl ? new RedisRateLimiter(config.redisUrl, config.redisPrefix) : new MemoryRateLimiter();
  const stripe = stripeSettings(config, secrets);
  // The built-in Stripe sandbox runs beside the whole platform (embedded, tests) or as its own service.
  const sandbox = stripe.startSandbox && (embedded || services.includes('stripe'))
    ? await startSandboxFor(stripe.settings, { port: options.freePorts ? 0 : config.port + SANDBOX_PORT_OFFSET, host: config.host, webhookUrl: config.stripe.sandboxWebhookUrl ?? `http://${config.host}:${config.port}/webhooks/stripe`, log })
    : undefined;
  const runtime: ServiceRuntime = { config, secrets, database, bus, limiter, log, stripe: { ...stripe.settings, apiUrl: sandbox?.url ?? stripe.settings.apiUrl } };

  const subgraphs: RunningPlatform['subgraphs'] = {};
  const stopAll = async () => {
    await gateway?.stop();
    await sandbox?.stop();
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    await bus.close();
    await limiter.close();
    if (!options.database && database.kind === 'pglite') await database.close();
  };
  let gateway: RunningGateway | undefined;
  try {
    const subgraphUrls = { ...config.subgraphUrls };
    for (const name of SUBGRAPH_NAMES) {
      if (!services.includes(name)) continue;
      // A subgraph listens on the port of the URL the gateway reaches it by (USERS_URL...).
      const port = options.freePorts ? 0 : portOf(subgraphUrls[name]!);
      const running = await startSubgraph(SUBGRAPHS[name], runtime, { port });
      subgraphs[name] = running;
      subgraphUrls[name] = running.url;
    }
    if (services.includes('gateway')) {
      gateway = await startGateway(runtime, {
        supergraphSdl: options.supergraphSdl ?? readCommittedSupergraph(),
        subgraphUrls,
        port: options.freePorts ? 0 : config.port,
      });
      sandbox?.setWebhookUrl(gateway.url.replace(/\/graphql$/, '/webhooks/stripe'));
    }
  } catch (error) {
    await stopAll().catch(() => {});
    throw error;
  }
  return { runtime, gateway, subgraphs, sandbox, url: gateway?.url, stop: stopAll };
}

function portOf(url: string): number {
  const parsed = new URL(url);
  return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
}
