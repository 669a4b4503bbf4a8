// The review queue: open requests, oldest first, paged by (submittedAt, id).
import { afterTimeCursor, connection, decodeTimeCursor, pageRequest, timeCursor, type Connection } from '../../../../kit/pagination.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { OPEN_STATUSES, VerificationRequestSchema, type VerificationRequest } from './verification.entity.ts';

export async function verificationQueue(em: EntityManager, args: { first?: number | null; after?: string | null }): Promise<Connection<VerificationRequest>> {
  const page = pageRequest(args, decodeTimeCursor);
  const requests = await em.find(
    VerificationRequestSchema,
    { status: { $in: [...OPEN_STATUSES] }, ...afterTimeCursor('submittedAt', page.after, 'asc') },
    { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: page.first + 1 },
  );
  return connection(requests, page.first, (r) => timeCursor(r.submittedAt, r.id));
}
