// Following: the follow row and both accounts' counts change in one transaction, and only when
// the follow actually changed, so that repeating a follow or an unfollow leaves every count exact.
import { badInput, notFound } from '../../../../kit/errors.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { UserSchema, type User } from '../user/user.entity.ts';

export async function setFollowing(
  em: EntityManager,
  deps: SubgraphDeps,
  followerId: string,
  followeeId: string,
  follow: boolean,
): Promise<User> {
  if (!isUuid(followeeId)) throw notFound('No such user');
  if (followeeId === followerId) throw badInput('userId', 'You cannot follow yourself');
  await inTransaction(em, async (tx) => {
    const target = await tx.count(UserSchema, { id: followeeId });
    if (!target) throw notFound('No such user');
    const changed = follow
      ? await tx.execute<{ follower: string }[]>(
          `insert into "users"."follow" ("follower", "followee", "created_at") values (?, ?, now())
           on conflict do nothing returning "follower"`, [followerId, followeeId])
      : await tx.execute<{ follower: string }[]>(
          `delete from "users"."follow" where "follower" = ? and "followee" = ? returning "follower"`, [followerId, followeeId]);
    if (changed.length === 0) return;
    const delta = follow ? 1 : -1;
    // One statement for both rows, locked in id order, so that two people following each other
    // at the same moment do not deadlock.
    await tx.execute(
      `update "users"."account" set
         "follower_count" = "follower_count" + case when "id" = ? then ? else 0 end,
         "following_count" = "following_count" + case when "id" = ? then ? else 0 end
       where "id" in (select "id" from "users"."account" where "id" in (?, ?) order by "id" for update)`,
      [followeeId, delta, followerId, delta, followerId, followeeId],
    );
    await deps.outbox.record(tx, follow ? 'UserFollowed' : 'UserUnfollowed', { followerId, followeeId });
  });
  em.clear();
  return em.findOneOrFail(UserSchema, { id: followeeId });
}

/** Which of `ids` the follower follows. */
export async function followedAmong(em: EntityManager, followerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await em.execute<{ followee: string }[]>(
    `select "followee" from "users"."follow" where "follower" = ? and "followee" = any(?::uuid[])`,
    [followerId, `{${ids.join(',')}}`],
  );
  return new Set(rows.map((r) => r.followee));
}
