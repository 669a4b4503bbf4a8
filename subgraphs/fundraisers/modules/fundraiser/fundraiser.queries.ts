// Reading fundraisers: by id (batched), by ids for partner apps, and the newest-first lists of an
// organizer's or a nonprofit's fundraisers and of a fundraiser's updates.
import { badInput } from '../../../../kit/errors.ts';
import { afterTimeCursor, connection, decodeTimeCursor, pageRequest, timeCursor, type Connection } from '../../../../kit/pagination.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { FundraiserSchema, FundraiserUpdateSchema, type Fundraiser, type FundraiserUpdate } from './fundraiser.entity.ts';

export const MAX_IDS = 100;

/** Fundraisers in the order asked, null where an id names none. */
export function fundraisersByIds(load: (id: string) => Promise<Fundraiser | null>, ids: readonly string[]): Promise<(Fundraiser | null)[]> {
  if (ids.length > MAX_IDS) throw badInput('ids', `Ask for at most ${MAX_IDS} fundraisers at once`);
  return Promise.all(ids.map((id) => (isUuid(id) ? load(id) : null)));
}

type PageArgs = { first?: number | null; after?: string | null };

/** Newest first, paged by (createdAt, id). */
function newestFirst<T extends { createdAt: Date; id: string }>(
  em: EntityManager,
  schema: typeof FundraiserSchema | typeof FundraiserUpdateSchema,
  where: Record<string, unknown>,
  args: PageArgs,
): Promise<Connection<T>> {
  const page = pageRequest(args, decodeTimeCursor);
  const filter = { ...where, ...afterTimeCursor('createdAt', page.after, 'desc') };
  return (em.find(schema as typeof FundraiserSchema, filter as never, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.first + 1 }) as Promise<unknown> as Promise<T[]>)
    .then((rows) => connection(rows, page.first, (r) => timeCursor(r.createdAt, r.id)));
}

export const fundraisersOfOrganizer = (em: EntityManager, organizerId: string, args: PageArgs): Promise<Connection<Fundraiser>> =>
  newestFirst<Fundraiser>(em, FundraiserSchema, { organizerId }, args);

export const fundraisersOfNonprofit = (em: EntityManager, beneficiaryId: string, args: PageArgs): Promise<Connection<Fundraiser>> =>
  newestFirst<Fundraiser>(em, FundraiserSchema, { beneficiaryId }, args);

export const updatesOf = (em: EntityManager, fundraiserId: string, args: PageArgs): Promise<Connection<FundraiserUpdate>> =>
  newestFirst<FundraiserUpdate>(em, FundraiserUpdateSchema, { fundraiserId }, args);
