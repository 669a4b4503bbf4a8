// Fundraiser.donorsYouFollow: the accounts the viewer follows that gave to the fundraiser without
// hiding their name, from a projection of the donations subgraph's events.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import { UserSchema, type User } from '../user/user.entity.ts';

export const publicDonorConsumers = {
  DonationSucceeded: async (em: EntityManager, event: EventEnvelope) => {
    const p = event.payload as { donationId: string; fundraiserId: string; donorId: string; anonymous?: boolean };
    if (p.anonymous !== false) return; // anonymous (or unknown): never shown
    // A refund that arrived first has written the row, withdrawn: it stays withdrawn.
    await em.execute(
      `insert into "users"."public_donation" ("donation_id", "fundraiser_id", "donor_id", "withdrawn") values (?, ?, ?, false) on conflict do nothing`,
      [p.donationId, p.fundraiserId, p.donorId],
    );
  },
  DonationRefunded: async (em: EntityManager, event: EventEnvelope) => {
    const p = event.payload as { donationId: string; fundraiserId: string; donorId: string };
    await em.execute(
      `insert into "users"."public_donation" ("donation_id", "fundraiser_id", "donor_id", "withdrawn") values (?, ?, ?, true)
       on conflict ("donation_id") do update set "withdrawn" = true`,
      [p.donationId, p.fundraiserId, p.donorId],
    );
  },
};

export async function donorsYouFollow(em: EntityManager, identity: RequestIdentity, fundraiserId: string): Promise<User[]> {
  if (identity.viewer?.kind !== 'user') return [];
  const rows = await em.execute<{ id: string }[]>(
    `select distinct d."donor_id" as "id" from "users"."public_donation" d
     join "users"."follow" f on f."follower" = ? and f."followee" = d."donor_id"
     where d."fundraiser_id" = ? and not d."withdrawn"`,
    [identity.viewer.id, fundraiserId],
  );
  if (rows.length === 0) return [];
  return em.find(UserSchema, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { handle: 'asc' } });
}
