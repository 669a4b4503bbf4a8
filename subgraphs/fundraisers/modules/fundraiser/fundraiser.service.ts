// A fundraiser's life: created ACTIVE by an adult inside the rollout, edited, extended, ended and
// given news by its organizer (or an admin). Every change and its event commit together.
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, featureUnavailable, forbidden, notFound } from '../../../../kit/errors.ts';
import { requireUser, type UserViewer } from '../../../../kit/guards.ts';
import { isAdmin, type RequestIdentity } from '../../../../kit/viewer.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { isFeatureOpen } from '../rollout/rollout.service.ts';
import { BeneficiarySchema } from '../beneficiary/beneficiary.entity.ts';
import { FundraiserSchema, FundraiserUpdateSchema, type Fundraiser, type FundraiserStatus, type FundraiserUpdate } from './fundraiser.entity.ts';
import {
  DAY_MS, EXTENSION_DAYS, MAX_LIFETIME_DAYS, validCreate, validDescription, validGoal, validTitle, validUpdateText, type CreateFundraiserInput,
} from './fundraiser.rules.ts';

export async function createFundraiser(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, input: CreateFundraiserInput): Promise<Fundraiser> {
  const viewer = requireUser(identity);
  if (!viewer.adult) throw forbidden('You must be 18 or over to raise money');
  const valid = validCreate(input);
  const feature = valid.kind === 'NONPROFIT' ? 'NONPROFIT_FUNDRAISERS' : 'PERSONAL_FUNDRAISERS';
  if (!(await isFeatureOpen(em, feature, viewer.country, identity.platform))) {
    throw featureUnavailable(`${valid.kind === 'NONPROFIT' ? 'Nonprofit' : 'Personal and business'} fundraisers are not available yet in ${viewer.country} on ${identity.platform}`);
  }
  return inTransaction(em, async (tx) => {
    if (valid.beneficiaryId) {
      // The projection row is locked so that a suspension arriving now waits for this fundraiser,
      // then suspends it too.
      const beneficiary = await tx.findOne(BeneficiarySchema, { nonprofitId: valid.beneficiaryId }, { lockMode: LockMode.PESSIMISTIC_READ });
      if (beneficiary?.status !== 'VERIFIED') throw conflict('Only a verified nonprofit can be a beneficiary', 'beneficiaryId');
    }
    const now = new Date();
    const fundraiser = tx.create(FundraiserSchema, {
      organizerId: viewer.id, kind: valid.kind, category: valid.category, title: valid.title, description: valid.description,
      beneficiaryId: valid.beneficiaryId, goalAmount: valid.goal.amount, currency: valid.goal.currency, fundingModel: valid.fundingModel,
      status: 'ACTIVE', createdAt: now, endsAt: new Date(now.getTime() + valid.durationDays * DAY_MS), closedAt: null, updatedAt: now,
    });
    await tx.flush();
    await deps.outbox.record(tx, 'FundraiserCreated', { ...snapshot(fundraiser), createdAt: now.toISOString() });
    return fundraiser;
  });
}

export interface UpdateFundraiserInput {
  title?: string | null;
  description?: string | null;
  goal?: { amount: number; currency: string } | null;
}

export async function updateFundraiser(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, id: string, input: UpdateFundraiserInput): Promise<Fundraiser> {
  const viewer = requireUser(identity);
  const title = input.title == null ? undefined : validTitle(input.title);
  const description = input.description == null ? undefined : validDescription(input.description);
  const goal = input.goal == null ? undefined : validGoal(input.goal);
  return withFundraiser(em, viewer, id, async (tx, fundraiser) => {
    if (goal && goal.currency !== fundraiser.currency) throw badInput('goal.currency', `This fundraiser raises ${fundraiser.currency}; its currency never changes`);
    if (goal && fundraiser.status !== 'ACTIVE') throw conflict('The goal of a fundraiser that has ended cannot change', 'goal');
    if (title !== undefined) fundraiser.title = title;
    if (description !== undefined) fundraiser.description = description;
    if (goal) fundraiser.goalAmount = goal.amount;
    fundraiser.updatedAt = new Date();
    await tx.flush();
    await deps.outbox.record(tx, 'FundraiserUpdated', snapshot(fundraiser));
    return fundraiser;
  });
}

export async function extendFundraiser(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, id: string, days: number): Promise<Fundraiser> {
  const viewer = requireUser(identity);
  if (!Number.isInteger(days) || days < EXTENSION_DAYS.min || days > EXTENSION_DAYS.max) {
    throw badInput('days', `A fundraiser is extended by ${EXTENSION_DAYS.min} to ${EXTENSION_DAYS.max} days`);
  }
  return withFundraiser(em, viewer, id, async (tx, fundraiser) => {
    if (fundraiser.status !== 'ACTIVE') throw conflict(`Only an ACTIVE fundraiser can be extended; this one is ${fundraiser.status}`);
    const endsAt = new Date(fundraiser.endsAt.getTime() + days * DAY_MS);
    const latest = new Date(fundraiser.createdAt.getTime() + MAX_LIFETIME_DAYS * DAY_MS);
    if (endsAt > latest) {
      const left = Math.floor((latest.getTime() - fundraiser.endsAt.getTime()) / DAY_MS);
      throw badInput('days', `A fundraiser ends at most ${MAX_LIFETIME_DAYS} days after its creation: ${left > 0 ? `at most ${left} more day${left === 1 ? '' : 's'}` : 'it cannot be extended again'}`);
    }
    fundraiser.endsAt = endsAt;
    fundraiser.updatedAt = new Date();
    await tx.flush();
    await deps.outbox.record(tx, 'FundraiserExtended', { fundraiserId: fundraiser.id, endsAt: endsAt.toISOString() });
    return fundraiser;
  });
}

export async function endFundraiser(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, id: string): Promise<Fundraiser> {
  const viewer = requireUser(identity);
  return withFundraiser(em, viewer, id, async (tx, fundraiser) => {
    if (fundraiser.status !== 'ACTIVE') throw conflict(`Only an ACTIVE fundraiser can be ended; this one is ${fundraiser.status}`);
    await changeStatus(tx, deps.outbox, fundraiser, 'ENDED', 'ENDED_BY_ORGANIZER', new Date());
    return fundraiser;
  });
}

export async function postUpdate(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, fundraiserId: string, rawText: string): Promise<FundraiserUpdate> {
  const viewer = requireUser(identity);
  const text = validUpdateText(rawText);
  return withFundraiser(em, viewer, fundraiserId, async (tx, fundraiser) => {
    const update = tx.create(FundraiserUpdateSchema, { fundraiserId: fundraiser.id, authorId: viewer.id, text, createdAt: new Date() });
    await tx.flush();
    await deps.outbox.record(tx, 'FundraiserUpdatePosted', { fundraiserId: fundraiser.id, updateId: update.id, authorId: viewer.id, postedAt: update.createdAt.toISOString() });
    return update;
  });
}

/**
 * The fundraiser locked for a change by its organizer or an admin. Anyone else: FORBIDDEN; an
 * unknown id: NOT_FOUND.
 */
async function withFundraiser<T>(em: EntityManager, viewer: UserViewer, id: string, change: (tx: EntityManager, fundraiser: Fundraiser) => Promise<T>): Promise<T> {
  if (!isUuid(id)) throw notFound('No such fundraiser');
  return inTransaction(em, async (tx) => {
    const fundraiser = await tx.findOne(FundraiserSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!fundraiser) throw notFound('No such fundraiser');
    if (fundraiser.organizerId !== viewer.id && !isAdmin(viewer)) throw forbidden('Only its organizer or an admin can change a fundraiser');
    return change(tx, fundraiser);
  });
}

export type StatusReason = 'ENDED_BY_ORGANIZER' | 'DEADLINE' | 'BENEFICIARY_SUSPENDED' | 'OUTCOME';

/**
 * A fundraiser's status changes, with its FundraiserStatusChanged event. An ACTIVE one stops taking
 * donations: ENDED (its time is up, or its organizer ended it) or SUSPENDED (its nonprofit was).
 * An ALL_OR_NOTHING fundraiser that ends also announces that its deadline is reached: the
 * donations subgraph charges or cancels the pledges and answers with the outcome (SUCCEEDED or
 * FAILED, see deadline/outcome.consumer.ts).
 */
export async function changeStatus(tx: EntityManager, outbox: Outbox, fundraiser: Fundraiser, status: Exclude<FundraiserStatus, 'ACTIVE'>, reason: StatusReason, now: Date): Promise<void> {
  const previousStatus = fundraiser.status;
  fundraiser.status = status;
  if (previousStatus === 'ACTIVE') fundraiser.closedAt = now;
  fundraiser.updatedAt = now;
  await tx.flush();
  await outbox.record(tx, 'FundraiserStatusChanged', {
    fundraiserId: fundraiser.id, status, previousStatus, reason, changedAt: now.toISOString(),
    organizerId: fundraiser.organizerId, beneficiaryId: fundraiser.beneficiaryId, fundingModel: fundraiser.fundingModel,
  });
  if (status === 'ENDED' && fundraiser.fundingModel === 'ALL_OR_NOTHING') {
    await outbox.record(tx, 'FundraiserDeadlineReached', {
      fundraiserId: fundraiser.id, goal: { amount: fundraiser.goalAmount, currency: fundraiser.currency }, endedAt: now.toISOString(), reason,
    });
  }
}

/** What other subgraphs keep of a fundraiser (content's stickers, donations' rules and totals). */
function snapshot(f: Fundraiser) {
  return {
    fundraiserId: f.id, organizerId: f.organizerId, kind: f.kind, category: f.category, title: f.title, beneficiaryId: f.beneficiaryId,
    goal: { amount: f.goalAmount, currency: f.currency }, fundingModel: f.fundingModel, status: f.status, endsAt: f.endsAt.toISOString(),
  };
}
