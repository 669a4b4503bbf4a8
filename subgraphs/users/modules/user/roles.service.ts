// Roles: admins grant and revoke them; everyone keeps USER.
import { LockMode } from '@mikro-orm/core';
import { badInput, notFound } from '../../../../kit/errors.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { Role } from '../../../../kit/viewer.ts';
import { UserSchema, type User } from './user.entity.ts';

export async function changeRole(em: EntityManager, deps: SubgraphDeps, userId: string, role: Role, grant: boolean): Promise<User> {
  if (!grant && role === 'USER') throw badInput('role', 'Everyone is a USER; that role cannot be taken away');
  if (!isUuid(userId)) throw notFound('No such user');
  return inTransaction(em, async (tx) => {
    const user = await tx.findOne(UserSchema, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('No such user');
    const has = user.roles.includes(role);
    if (grant === has) return user;
    user.roles = grant ? [...user.roles, role] : user.roles.filter((r) => r !== role);
    await tx.flush();
    await deps.outbox.record(tx, grant ? 'UserRoleGranted' : 'UserRoleRevoked', { userId, role });
    return user;
  });
}
