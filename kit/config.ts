// The platform's configuration: read from the environment once, at start, and validated here so
// that a bad value stops the process with a message naming the variable, never a stack later on.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface PlatformConfig {
  production: boolean;
  /** The gateway's port. */
  port: number;
  /** Host every server binds to. */
  host: string;
  /** PostgreSQL URL; absent means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  /** Redis URL; absent means the in-process bus. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key the platform writes, so that several platforms can share a Redis. */
  redisPrefix: string;
  dataDir: string;
  /** Signs user and partner tokens; generated and kept in `dataDir` when absent. */
  jwtSecret: string | undefined;
  /** Signs the viewer header between the gateway and the subgraphs; generated like `jwtSecret`. */
  internalSecret: string | undefined;
  userTokenTtlSeconds: number;
  /** How long a partner app's token lasts (short: the app asks again with its secret). */
  partnerTokenTtlSeconds: number;
  /** Conflation: the most often one group of subscribers is sent new totals. */
  liveTotalsIntervalMs: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Where the gateway finds each subgraph (`USERS_URL`...); defaults to this host, ports after PORT. */
  subgraphUrls: Record<string, string>;
  /** Trust `X-Forwarded-For` for the client's address (only behind a proxy you run). */
  trustProxy: boolean;
  signIn: { maxFailuresPerAccount: number; maxAttemptsPerAddress: number; windowSeconds: number };
  /** How often each fundraisers instance looks for fundraisers whose time is up. */
  deadlineCheckIntervalMs: number;
  /** How often each donations instance builds the closed days' report figures. */
  reportDaysIntervalMs: number;
  /** Stripe: a secret key means real Stripe (or STRIPE_API_URL); none means the built-in sandbox. */
  stripe: { secretKey: string | undefined; webhookSecret: string | undefined; apiUrl: string | undefined; sandboxWebhookUrl: string | undefined };
}

export const SUBGRAPH_NAMES = ['users', 'nonprofits', 'fundraisers', 'content', 'donations'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): PlatformConfig {
  const port = readInt(env, 'PORT', 4000, 1, 65535);
  const host = env['HOST'] ?? '127.0.0.1';
  const subgraphUrls: Record<string, string> = {};
  SUBGRAPH_NAMES.forEach((name, index) => {
    const variable = `${name.toUpperCase()}_URL`;
    subgraphUrls[name] = readUrl(env, variable) ?? `http://${host}:${port + 1 + index}/graphql`;
  });
  const adminEmail = nonEmpty(env['ADMIN_EMAIL']);
  const adminPassword = nonEmpty(env['ADMIN_PASSWORD']);
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  if (adminPassword !== undefined && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters');
  }
  const jwtSecret = nonEmpty(env['JWT_SECRET']);
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  const internalSecret = nonEmpty(env['INTERNAL_SECRET']);
  if (internalSecret !== undefined && internalSecret.length < 32) {
    throw new ConfigError('INTERNAL_SECRET must be at least 32 characters');
  }
  return {
    production: env['NODE_ENV'] === 'production',
    port,
    host,
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisPrefix: nonEmpty(env['REDIS_PREFIX']) ?? 'givegraph',
    dataDir: nonEmpty(env['DATA_DIR']) ?? './data',
    jwtSecret,
    internalSecret,
    userTokenTtlSeconds: readInt(env, 'USER_TOKEN_TTL_SECONDS', 3600, 60, 7 * 24 * 3600),
    partnerTokenTtlSeconds: readInt(env, 'PARTNER_TOKEN_TTL_SECONDS', 900, 60, 24 * 3600),
    liveTotalsIntervalMs: readInt(env, 'LIVE_TOTALS_INTERVAL_MS', 250, 10, 10_000),
    adminEmail,
    adminPassword,
    subgraphUrls,
    trustProxy: readBool(env, 'TRUST_PROXY', false),
    deadlineCheckIntervalMs: readInt(env, 'DEADLINE_CHECK_INTERVAL_MS', 1000, 50, 3_600_000),
    reportDaysIntervalMs: readInt(env, 'REPORT_DAYS_INTERVAL_MS', 300_000, 1000, 86_400_000),
    stripe: {
      secretKey: nonEmpty(env['STRIPE_SECRET_KEY']),
      webhookSecret: nonEmpty(env['STRIPE_WEBHOOK_SECRET']),
      apiUrl: readUrl(env, 'STRIPE_API_URL', ['http:', 'https:']),
      sandboxWebhookUrl: readUrl(env, 'STRIPE_SANDBOX_WEBHOOK_URL', ['http:', 'https:']),
    },
    signIn: {
      maxFailuresPerAccount: readInt(env, 'SIGN_IN_MAX_FAILURES_PER_ACCOUNT', 10, 1, 1000),
      maxAttemptsPerAddress: readInt(env, 'SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS', 100, 1, 100000),
      windowSeconds: readInt(env, 'SIGN_IN_WINDOW_SECONDS', 900, 1, 86400),
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}"`);
}

function readUrl(env: Env, name: string, protocols?: string[]): string | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL`);
  }
  if (protocols && !protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}
