// Signing in: one answer for an unknown email and a wrong password, and attempts limited per
// account (failures) and per client address (all attempts), in windows shared by every instance.
import { clientError, rateLimited } from '../../../../kit/errors.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { UserSchema } from '../user/user.entity.ts';
import { normalizeEmail } from '../user/sign-up.rules.ts';
import { checkPassword } from './password.ts';
import { issueFor, type AuthResult } from '../user/accounts.service.ts';

export async function signIn(
  em: EntityManager,
  deps: SubgraphDeps,
  input: { email: string; password: string },
  ip: string,
): Promise<AuthResult> {
  const { limiter, config } = deps.runtime;
  const { maxFailuresPerAccount, maxAttemptsPerAddress, windowSeconds } = config.signIn;
  const email = normalizeEmail(input.email);
  const accountKey = `sign-in:account:${email}`;

  const byAddress = await limiter.hit(`sign-in:address:${ip}`, windowSeconds);
  if (byAddress.count > maxAttemptsPerAddress) throw rateLimited(byAddress.resetSeconds);
  const failures = await limiter.peek(accountKey);
  if (failures.count >= maxFailuresPerAccount) throw rateLimited(failures.resetSeconds);

  const user = await em.findOne(UserSchema, { email });
  if (!(await checkPassword(user?.passwordHash, input.password)) || !user) {
    await limiter.hit(accountKey, windowSeconds);
    throw clientError('UNAUTHENTICATED', 'Wrong email or password');
  }
  await limiter.reset(accountKey);
  return { ...(await issueFor(deps, user)), user };
}
