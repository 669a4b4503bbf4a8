// The review queue: open requests, oldest first, paged by (submittedAt, id).
import { connection, pageRequest, type Connection } from '../../../../kit/pagination.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { OPEN_STATUSES, VerificationRequestSchema, type VerificationRequest } from './verification.entity.ts';

export async function verificationQueue(em: EntityManager, args: { first?: number | null; after?: string | null }): Promise<Connection<VerificationRequest>> {
  const page = pageRequest(args, (c) => {
    const [at, id] = Array.isArray(c) ? c : [];
    return typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id) ? { at: new Date(at), id } : undefined;
  });
  const after = page.after;
  const requests = await em.find(
    VerificationRequestSchema,
    {
      status: { $in: [...OPEN_STATUSES] },
      ...(after ? { $or: [{ submittedAt: { $gt: after.at } }, { submittedAt: after.at, id: { $gt: after.id } }] } : {}),
    },
    { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: page.first + 1 },
  );
  return connection(requests, page.first, (r) => [r.submittedAt.toISOString(), r.id]);
}
