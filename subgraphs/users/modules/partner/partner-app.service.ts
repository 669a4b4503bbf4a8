// Partner apps: an admin registers one and gets its secret once; the app trades its id and secret
// for a short-lived partner token, which reads totals and subscribes to them, and nothing else
// (every subgraph's guards refuse a partner viewer anything private and any write).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { badInput, clientError, rateLimited } from '../../../../kit/errors.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { issueToken } from '../../../../kit/tokens.ts';
import type { UserViewer } from '../../../../kit/guards.ts';
import { PARTNER_SCOPES, PartnerAppSchema, type PartnerScope } from './partner-app.entity.ts';

const NAME_MAX = 100;
const SECRET_MAX = 200;

export async function createPartnerApp(em: EntityManager, admin: UserViewer, input: { name: string; scopes: readonly string[] }) {
  const name = input.name.trim();
  if (name.length === 0 || name.length > NAME_MAX) throw badInput('name', `A partner app's name is 1 to ${NAME_MAX} characters`);
  if (input.scopes.length === 0) throw badInput('scopes', 'Give the app at least one scope');
  const scopes = [...new Set(input.scopes)] as PartnerScope[];
  if (!scopes.every((s) => (PARTNER_SCOPES as readonly string[]).includes(s))) throw badInput('scopes', `Scopes are ${PARTNER_SCOPES.join(', ')}`);
  const clientSecret = `pas_${randomBytes(32).toString('base64url')}`;
  const app = em.create(PartnerAppSchema, {
    id: `pa_${randomBytes(18).toString('base64url')}`, name, scopes, secretHash: hash(clientSecret), createdBy: admin.id, createdAt: new Date(),
  });
  await em.flush();
  return { clientId: app.id, clientSecret, name: app.name, scopes: app.scopes };
}

/** A partner token for the app's id and secret; the same answer for an unknown id and a wrong secret. */
export async function issuePartnerToken(em: EntityManager, deps: SubgraphDeps, clientId: string, clientSecret: string, ip: string) {
  const { limiter, config, secrets } = deps.runtime;
  const { maxAttemptsPerAddress, windowSeconds } = config.signIn;
  const byAddress = await limiter.hit(`partner-token:address:${ip}`, windowSeconds);
  if (byAddress.count > maxAttemptsPerAddress) throw rateLimited(byAddress.resetSeconds);
  const app = clientId.length <= 40 && clientSecret.length <= SECRET_MAX ? await em.findOne(PartnerAppSchema, { id: clientId }) : null;
  const given = Buffer.from(hash(clientSecret), 'hex');
  const expected = Buffer.from(app?.secretHash ?? '0'.repeat(64), 'hex');
  if (!app || !timingSafeEqual(given, expected)) throw clientError('UNAUTHENTICATED', 'Unknown client id or wrong secret');
  const { token, expiresAt } = await issueToken({ kind: 'partner', id: app.id, scopes: app.scopes }, secrets.jwt, config.partnerTokenTtlSeconds);
  return { token, expiresAt, scopes: app.scopes };
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
