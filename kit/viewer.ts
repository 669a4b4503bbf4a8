// Who is asking, as the gateway established it, and the signed header that carries it to the
// subgraphs. Only the gateway and the subgraphs hold the secret; a subgraph trusts nothing else.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const ROLES = ['USER', 'REVIEWER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export const PLATFORMS = ['ANDROID', 'IOS', 'WEB'] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Viewer =
  | { kind: 'user'; id: string; roles: Role[]; country: string; adult: boolean }
  | { kind: 'partner'; id: string; scopes: string[] };

/** What every subgraph resolver knows about the request, whoever owns it. */
export interface RequestIdentity {
  viewer: Viewer | null;
  platform: Platform;
  /** The client's address, for rate limits. */
  ip: string;
}

export const VIEWER_HEADER = 'x-givegraph-viewer';
/** A signed header older than this is refused, so that a captured one cannot be replayed for long. */
const MAX_AGE_MS = 60_000;

export function signIdentity(identity: RequestIdentity, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...identity, issuedAt: now })).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** The identity in a header, or null when the header is missing, forged, malformed or stale. */
export function verifyIdentity(header: string | undefined, secret: string, now = Date.now()): RequestIdentity | null {
  if (!header) return null;
  const [body, signature, ...rest] = header.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(mac(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as RequestIdentity & { issuedAt: number };
    if (typeof parsed.issuedAt !== 'number' || Math.abs(now - parsed.issuedAt) > MAX_AGE_MS) return null;
    return { viewer: parsed.viewer, platform: parsed.platform, ip: parsed.ip };
  } catch {
    return null;
  }
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.kind === 'user' && viewer.roles.includes('ADMIN');
export const hasRole = (viewer: Viewer | null, role: Role): boolean =>
  viewer?.kind === 'user' && viewer.roles.includes(role);
