// The platform's two secrets: from the environment, or (embedded, one process) generated once and
// kept in the data folder so that tokens survive a restart.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, type PlatformConfig } from '../kit/config.ts';
import type { Secrets } from '../kit/runtime.ts';

export function loadSecrets(config: PlatformConfig, options: { canGenerate: boolean }): Secrets {
  if (config.jwtSecret && config.internalSecret) return { jwt: config.jwtSecret, internal: config.internalSecret };
  if (!options.canGenerate) {
    throw new ConfigError('JWT_SECRET and INTERNAL_SECRET must both be set when services run as separate processes');
  }
  const file = join(config.dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    jwt: config.jwtSecret ?? stored.jwt ?? randomBytes(32).toString('base64url'),
    internal: config.internalSecret ?? stored.internal ?? randomBytes(32).toString('base64url'),
  };
  if (secrets.jwt !== stored.jwt || secrets.internal !== stored.internal) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return secrets;
}
