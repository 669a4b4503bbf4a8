// Reading donations: a person's own (themselves and admins only), a fundraiser's succeeded ones,
// whether the viewer gave, and what a live broadcast raised.
import { forbidden } from '../../../../kit/errors.ts';
import { isSelfOrAdmin } from '../../../../kit/guards.ts';
import { afterTimeCursor, connection, decodeTimeCursor, pageRequest, timeCursor, type Connection } from '../../../../kit/pagination.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import { DonationSchema, type Donation } from './donation.entity.ts';

type PageArgs = { first?: number | null; after?: string | null };
/** Donations that count in the totals: succeeded, or disputed and not lost. */
export const COUNTED = { $or: [{ status: 'SUCCEEDED' }, { status: 'DISPUTED', disputeLost: false }] };

async function newestFirst(em: EntityManager, where: Record<string, unknown>, args: PageArgs): Promise<Connection<Donation>> {
  const page = pageRequest(args, decodeTimeCursor);
  const rows = await em.find(DonationSchema, { $and: [where, afterTimeCursor('createdAt', page.after, 'desc')] } as never, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.first + 1 });
  return connection(rows, page.first, (d) => timeCursor(d.createdAt, d.id));
}

export function donationsOf(em: EntityManager, identity: RequestIdentity, donorId: string, args: PageArgs): Promise<Connection<Donation>> {
  if (!isSelfOrAdmin(identity, donorId)) throw forbidden('Only the donor and admins see a person\'s donations');
  return newestFirst(em, { donorId }, args);
}

export const donationsTo = (em: EntityManager, fundraiserId: string, args: PageArgs) => newestFirst(em, { fundraiserId, ...COUNTED }, args);

/** Whether the viewer has a counted donation to each fundraiser, in one query for all of them. */
export async function hasDonated(em: EntityManager, identity: RequestIdentity, fundraiserIds: readonly string[]): Promise<boolean[]> {
  if (identity.viewer?.kind !== 'user') return fundraiserIds.map(() => false);
  const rows = await em.find(DonationSchema, { donorId: identity.viewer.id, fundraiserId: { $in: [...fundraiserIds] }, ...COUNTED } as never, { fields: ['fundraiserId'] });
  const given = new Set(rows.map((d) => d.fundraiserId));
  return fundraiserIds.map((id) => given.has(id));
}

export async function liveTotals(em: EntityManager, broadcastId: string): Promise<{ raised: number; donationCount: number; donorCount: number }> {
  const [row] = await em.execute<{ raised: string | null; donations: string | null; donors: string | null }[]>(
    `select sum("raised") as "raised", sum("donation_count") as "donations", sum("donor_count") as "donors"
     from "donations"."live_totals_shard" where "broadcast_id" = ?`,
    [broadcastId],
  );
  return { raised: Number(row?.raised ?? 0), donationCount: Number(row?.donations ?? 0), donorCount: Number(row?.donors ?? 0) };
}
