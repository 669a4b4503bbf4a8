// User and partner tokens: HS256 JWTs with the claims every subgraph's rules need. Issued by the
// users subgraph, verified once by the gateway.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { ROLES, type Role, type Viewer } from './viewer.ts';

const ISSUER = 'givegraph';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export async function issueToken(viewer: Viewer, secret: string, ttlSeconds: number, now = new Date()): Promise<IssuedToken> {
  const claims = viewer.kind === 'user'
    ? { kind: 'user', roles: viewer.roles, country: viewer.country, adult: viewer.adult }
    : { kind: 'partner', scopes: viewer.scopes };
  const issuedAt = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.id)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key(secret));
  return { token, expiresAt: new Date((issuedAt + ttlSeconds) * 1000) };
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** The viewer a token speaks for; throws InvalidTokenError for an expired, forged or malformed token. */
export async function verifyToken(token: string, secret: string): Promise<Viewer> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, algorithms: ['HS256'] }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token expired; sign in again');
    throw new InvalidTokenError('Invalid token');
  }
  const id = payload.sub;
  if (typeof id !== 'string') throw new InvalidTokenError('Invalid token');
  if (payload['kind'] === 'user') {
    const roles = payload['roles'];
    const country = payload['country'];
    if (!Array.isArray(roles) || !roles.every((r) => (ROLES as readonly string[]).includes(r)) || typeof country !== 'string') {
      throw new InvalidTokenError('Invalid token');
    }
    return { kind: 'user', id, roles: roles as Role[], country, adult: payload['adult'] === true };
  }
  if (payload['kind'] === 'partner') {
    const scopes = payload['scopes'];
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) throw new InvalidTokenError('Invalid token');
    return { kind: 'partner', id, scopes: scopes as string[] };
  }
  throw new InvalidTokenError('Invalid token');
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
