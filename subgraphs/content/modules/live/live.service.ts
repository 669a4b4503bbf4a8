// Live broadcasts for nonprofit fundraisers. Starting one needs the LIVE_FUNDRAISERS rollout where
// the host is, and an ACTIVE NONPROFIT fundraiser the host organizes for a VERIFIED nonprofit (all
// from local projections); a host has at most one LIVE broadcast, even when two starts race (a
// partial unique index decides). Only the host ends it.
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, featureUnavailable, forbidden, notFound } from '../../../../kit/errors.ts';
import { requireUser } from '../../../../kit/guards.ts';
import { afterTimeCursor, connection, decodeTimeCursor, pageRequest, timeCursor, type Connection } from '../../../../kit/pagination.ts';
import { isOpen } from '../../../../kit/rollout.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import { FundraiserFactSchema, NonprofitFactSchema, RolloutFactSchema } from '../projection/projection.entity.ts';
import { LiveBroadcastSchema, type LiveBroadcast } from './live.entity.ts';

export const TITLE_MAX = 100;

export async function startLive(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, input: { title: string; fundraiserId: string }): Promise<LiveBroadcast> {
  const host = requireUser(identity);
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (!title) throw badInput('title', 'Give the broadcast a title');
  if ([...title].length > TITLE_MAX) throw badInput('title', `Titles have at most ${TITLE_MAX} characters`);
  const fundraiserId = input.fundraiserId.trim();
  if (!isUuid(fundraiserId)) throw badInput('fundraiserId', 'That is not a fundraiser id');
  const rollout = await em.findOne(RolloutFactSchema, { feature: 'LIVE_FUNDRAISERS' });
  if (!isOpen(rollout ?? undefined, host.country, identity.platform)) {
    throw featureUnavailable(`Live fundraisers are not available yet in ${host.country} on ${identity.platform}`);
  }
  const fundraiser = await em.findOne(FundraiserFactSchema, { fundraiserId });
  if (!fundraiser) throw notFound('No such fundraiser');
  if (fundraiser.organizerId !== host.id) throw forbidden('You can only go live for a fundraiser you organize');
  if (fundraiser.kind !== 'NONPROFIT') throw conflict('Live fundraisers raise for a nonprofit', 'fundraiserId');
  if (fundraiser.status !== 'ACTIVE') throw conflict(`The fundraiser is ${fundraiser.status}, not ACTIVE`, 'fundraiserId');
  const nonprofit = fundraiser.beneficiaryId ? await em.findOne(NonprofitFactSchema, { nonprofitId: fundraiser.beneficiaryId }) : null;
  if (nonprofit?.status !== 'VERIFIED') throw conflict('The fundraiser\'s nonprofit is not VERIFIED', 'fundraiserId');
  try {
    return await inTransaction(em, async (tx) => {
      const broadcast = tx.create(LiveBroadcastSchema, { hostId: host.id, fundraiserId, title, status: 'LIVE', startedAt: new Date(), endedAt: null });
      await tx.flush();
      await deps.outbox.record(tx, 'LiveStarted', {
        broadcastId: broadcast.id, hostId: host.id, fundraiserId, beneficiaryId: fundraiser.beneficiaryId, startedAt: broadcast.startedAt.toISOString(),
      });
      return broadcast;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('You are already live: end that broadcast first');
    throw error;
  }
}

export async function endLive(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, id: string): Promise<LiveBroadcast> {
  const viewer = requireUser(identity);
  if (!isUuid(id)) throw notFound('No such live broadcast');
  return inTransaction(em, async (tx) => {
    const broadcast = await tx.findOne(LiveBroadcastSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!broadcast) throw notFound('No such live broadcast');
    if (broadcast.hostId !== viewer.id) throw forbidden('Only its host can end a live broadcast');
    if (broadcast.status !== 'LIVE') throw conflict('This broadcast has already ended');
    broadcast.status = 'ENDED';
    broadcast.endedAt = new Date();
    await tx.flush();
    await deps.outbox.record(tx, 'LiveEnded', { broadcastId: broadcast.id, hostId: broadcast.hostId, fundraiserId: broadcast.fundraiserId, endedAt: broadcast.endedAt.toISOString() });
    return broadcast;
  });
}

/** Broadcasts LIVE now, the most recently started first. */
export async function liveNow(em: EntityManager, args: { first?: number | null; after?: string | null }): Promise<Connection<LiveBroadcast>> {
  const page = pageRequest(args, decodeTimeCursor);
  const live = await em.find(
    LiveBroadcastSchema,
    { status: 'LIVE', ...afterTimeCursor('startedAt', page.after, 'desc') },
    { orderBy: { startedAt: 'desc', id: 'desc' }, limit: page.first + 1 },
  );
  return connection(live, page.first, (b) => timeCursor(b.startedAt, b.id));
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; name?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505' || e.name === 'UniqueConstraintViolationException';
}
