// Starts the platform in-process for a test file: on this machine's PostgreSQL (a database of its
// own, dropped afterwards) and Redis (keys under a prefix of its own, deleted afterwards), every
// server on a free port.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { loadConfig, type PlatformConfig } from '../../kit/config.ts';
import { createLogger } from '../../kit/log.ts';
import { startPlatform, type PlatformOptions, type RunningPlatform } from '../../platform/platform.ts';
import { graphql, type GraphQLResult, type RequestOptions } from './client.ts';

export const BASE_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `givegraph_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BASE_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: BASE_DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

export const ADMIN = { email: 'admin@givegraph.test', password: 'admin-password-1' };

export interface TestPlatform extends RunningPlatform {
  url: string;
  config: PlatformConfig;
  databaseUrl: string;
  /** Sends a GraphQL operation to the gateway. */
  send<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResult<TData>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any shape
}

export interface TestPlatformOptions extends Partial<Omit<PlatformOptions, 'config'>> {
  env?: Record<string, string>;
  /** Reuse a database (and Redis prefix) of an earlier platform instead of fresh ones. */
  shared?: { databaseUrl: string; redisPrefix: string; jwtSecret: string; internalSecret: string };
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const database = options.shared ? undefined : await createTestDatabase();
  const redisPrefix = options.shared?.redisPrefix ?? `givegraph-test-${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: options.shared?.databaseUrl ?? database!.url,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: options.shared?.jwtSecret ?? randomBytes(32).toString('hex'),
    INTERNAL_SECRET: options.shared?.internalSecret ?? randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...options.env,
  });
  let platform: RunningPlatform;
  try {
    platform = await startPlatform({
      freePorts: true,
      log: createLogger({ production: false, silent: !process.env['TEST_LOGS'] }),
      ...options,
      config,
    });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  const url = platform.url ?? '';
  return {
    ...platform,
    url,
    config,
    databaseUrl: config.databaseUrl!,
    send: (query, variables, requestOptions) => graphql(url, query, variables, requestOptions),
    async stop() {
      await platform.stop();
      if (database) {
        await database.drop();
        await deleteRedisKeys(redisPrefix);
      }
    },
  };
}

/** The settings another platform needs to share this one's database, Redis and secrets. */
export const sharedWith = (p: TestPlatform) => ({
  databaseUrl: p.databaseUrl,
  redisPrefix: p.config.redisPrefix,
  jwtSecret: p.runtime.secrets.jwt,
  internalSecret: p.runtime.secrets.internal,
});
