// Creating accounts: sign up, and the operator account ensured at start.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict } from '../../../../kit/errors.ts';
import { issueToken } from '../../../../kit/tokens.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { UserSchema, type User } from './user.entity.ts';
import { validateSignUp, normalizeEmail, type SignUpInput } from './sign-up.rules.ts';
import { checkPassword, hashPassword } from '../auth/password.ts';
import { viewerOf } from './viewer-of.ts';

export interface AuthResult {
  token: string;
  expiresAt: Date;
  user: User;
}

export async function signUp(em: EntityManager, deps: SubgraphDeps, raw: SignUpInput): Promise<AuthResult> {
  const input = validateSignUp(raw);
  // Checked first for a quick answer; the unique constraints below settle races.
  await assertAvailable(em, input.email, input.handle);
  const passwordHash = await hashPassword(input.password);
  let user: User;
  try {
    user = await inTransaction(em, async (tx) => {
      const created = tx.create(UserSchema, {
        email: input.email,
        handle: input.handle,
        displayName: input.displayName,
        country: input.country,
        dateOfBirth: input.dateOfBirth,
        passwordHash,
        roles: ['USER'],
      });
      await tx.flush();
      await deps.outbox.record(tx, 'UserSignedUp', {
        userId: created.id, handle: created.handle, displayName: created.displayName, country: created.country,
      });
      return created;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const field = String(error.message).includes('handle') ? 'handle' : 'email';
      throw takenError(field);
    }
    throw error;
  }
  return { ...(await issueFor(deps, user)), user };
}

async function assertAvailable(em: EntityManager, email: string, handle: string): Promise<void> {
  const existing = await em.find(UserSchema, { $or: [{ email }, { handle }] }, { fields: ['email', 'handle'] });
  if (existing.some((u) => u.email === email)) throw takenError('email');
  if (existing.some((u) => u.handle === handle)) throw takenError('handle');
}

const takenError = (field: 'email' | 'handle') =>
  conflict(field === 'email' ? 'An account with this email already exists' : 'This handle is taken', field);

export async function issueFor(deps: SubgraphDeps, user: User): Promise<{ token: string; expiresAt: Date }> {
  return issueToken(viewerOf(user), deps.runtime.secrets.jwt, deps.runtime.config.userTokenTtlSeconds);
}

/**
 * Makes sure the operator account from ADMIN_EMAIL/ADMIN_PASSWORD exists, holds ADMIN and signs in
 * with that password. Runs at every start; changes nothing when all is already so.
 */
export async function ensureAdmin(deps: SubgraphDeps): Promise<void> {
  const { adminEmail, adminPassword } = deps.runtime.config;
  if (!adminEmail || !adminPassword) return;
  const email = normalizeEmail(adminEmail);
  const em = deps.orm.em.fork();
  await inTransaction(em, async (tx) => {
    const existing = await tx.findOne(UserSchema, { email });
    if (existing) {
      if (!existing.roles.includes('ADMIN')) existing.roles = [...existing.roles, 'ADMIN'];
      if (!(await checkPassword(existing.passwordHash, adminPassword))) existing.passwordHash = await hashPassword(adminPassword);
      return;
    }
    const handle = await freeHandle(tx, 'admin');
    const admin = tx.create(UserSchema, {
      email, handle, displayName: 'Administrator', country: 'US', dateOfBirth: null,
      passwordHash: await hashPassword(adminPassword), roles: ['USER', 'ADMIN'],
    });
    await tx.flush();
    await deps.outbox.record(tx, 'UserSignedUp', { userId: admin.id, handle, displayName: admin.displayName, country: admin.country });
  });
}

async function freeHandle(em: EntityManager, base: string): Promise<string> {
  for (let n = 0; ; n++) {
    const handle = n === 0 ? base : `${base}${n}`;
    if (!(await em.count(UserSchema, { handle }))) return handle;
  }
}
