// One state machine for every donation, whoever reports the payment's outcome (Stripe's answer to
// donate, or a webhook, in any order, any number of times): a transition it does not allow is stale
// or repeated and changes nothing, so totals count each donation exactly once.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import { Statement } from '../../../../kit/db/statement.ts';
import { arrayLiteral } from '../../../../kit/db/arrays.ts';
import { columnsOf } from '../../../../kit/db/prepared.ts';
import { DonationSchema, type Donation, type DonationStatus } from '../donation/donation.entity.ts';
import { applyToTotals, changePledged } from '../totals/totals.service.ts';
import { matchDonation, mayMatch, returnMatch } from '../matching/matching.service.ts';

const ALLOWED: Record<DonationStatus, readonly DonationStatus[]> = {
  PENDING: ['REQUIRES_ACTION', 'SUCCEEDED', 'PLEDGED', 'FAILED'],
  REQUIRES_ACTION: ['SUCCEEDED', 'PLEDGED', 'FAILED', 'CANCELLED'],
  PLEDGED: ['SUCCEEDED', 'FAILED', 'CANCELLED'],
  SUCCEEDED: ['REFUNDED', 'DISPUTED'],
  // Won: SUCCEEDED again (it was counted all along). Lost: see loseDispute.
  DISPUTED: ['SUCCEEDED'],
  FAILED: [],
  CANCELLED: [],
  REFUNDED: [],
};

export interface Outcome {
  status: DonationStatus;
  /** With status DISPUTED: the dispute was lost, the amount goes back to the cardholder. */
  disputeLost?: boolean;
  /** With status SUCCEEDED: the dispute was won. Only this moves a DISPUTED donation back (a late payment_intent.succeeded does not). */
  disputeWon?: boolean;
  paymentIntentId?: string | null;
  fee?: number | null;
  failureCode?: string | null;
}

type Standing = Pick<Donation, 'status' | 'disputeLost' | 'paymentIntentId' | 'fee'>;

/** Whether the machine moves a donation standing so to `outcome.status`. */
function allowed(donation: Standing, outcome: Outcome): boolean {
  if (!ALLOWED[donation.status].includes(outcome.status)) return false;
  // Only the dispute's own closing ends it: not a late report of the payment's success.
  return donation.status !== 'DISPUTED' || (outcome.disputeWon === true && !donation.disputeLost);
}

/**
 * Whether `outcome` would change anything of a donation standing so: a move, a lost dispute to
 * take out, or a payment intent or fee still unknown. (A report that changes nothing needs no lock.)
 */
export function wouldChange(donation: Standing, outcome: Outcome): boolean {
  if ((outcome.paymentIntentId && !donation.paymentIntentId) || (outcome.fee != null && donation.fee == null)) return true;
  if (outcome.disputeLost) return donation.status === 'SUCCEEDED' || (donation.status === 'DISPUTED' && !donation.disputeLost);
  return allowed(donation, outcome);
}

/**
 * Moves the donation (locked) to `outcome.status` when the machine allows it; answers the donation
 * and whether it moved. Counting in the totals happens here and only here. In the caller's
 * transaction, two round trips whatever moves: the locked read, then one statement with every
 * write (`kit/db/statement.ts`); a match, when a campaign may give one, takes its own between.
 */
export async function transition(tx: EntityManager, outbox: Outbox, donationId: string, outcome: Outcome): Promise<{ donation: Donation | null; moved: boolean }> {
  const match = mayMatch('d."fundraiser_id"');
  const [row] = await tx.execute<({ may_match: boolean } & Record<string, unknown>)[]>(
    `select d.*, ${match.sql} as "may_match" from "donations"."donation" d where d."id" = ? for update of d`,
    [...match.params, donationId],
  );
  if (!row) return { donation: null, moved: false };
  const { may_match: mayBeMatched, ...columns } = row;
  const donation = tx.map(DonationSchema, columns);
  const st = new Statement();
  // What a late report still tells (the payment intent, Stripe's fee) is kept, whatever the status.
  const known = { paymentIntentId: donation.paymentIntentId ?? outcome.paymentIntentId ?? null, fee: donation.fee ?? outcome.fee ?? null };
  const filled = known.paymentIntentId !== donation.paymentIntentId || known.fee !== donation.fee;
  if (outcome.disputeLost) return loseDispute(tx, outbox, st, donation, known);
  if (!allowed(donation, outcome)) {
    return { donation: filled ? await save(tx, st, donation, { ...known }) : donation, moved: false };
  }
  const previous = donation.status;
  const now = new Date();
  const after = {
    ...known, status: outcome.status, updatedAt: now, failureCode: outcome.failureCode || donation.failureCode,
    succeededAt: outcome.status === 'SUCCEEDED' && !donation.succeededAt ? now : donation.succeededAt,
  };
  const facts = { donationId: donation.id, fundraiserId: donation.fundraiserId, donorId: donation.donorId, amount: { amount: donation.amount, currency: donation.currency } };
  if (outcome.status === 'PLEDGED') changePledged(st, outbox, donation, 1);
  if (previous === 'PLEDGED' && outcome.status !== 'SUCCEEDED') changePledged(st, outbox, donation, -1);
  if (outcome.status === 'SUCCEEDED' && previous !== 'DISPUTED') {
    const matched = mayBeMatched ? await matchDonation(tx, donation) : 0;
    succeed(st, outbox, donation, after.succeededAt ?? now, { fromPledge: previous === 'PLEDGED', matched });
  }
  if (outcome.status === 'REFUNDED' && previous === 'SUCCEEDED') {
    applyToTotals(st, outbox, donation, 'REFUNDED', { matched: -(await returnMatch(tx, donation)) });
    outbox.recordIn(st, 'DonationRefunded', { ...facts, refundedAt: now.toISOString() });
  }
  if (outcome.status === 'FAILED') outbox.recordIn(st, 'DonationFailed', { ...facts, failureCode: after.failureCode });
  return { donation: await save(tx, st, donation, after), moved: true };
}

/** The writes of a donation's success, as parts of `st`: its totals, ledger and report row, and DonationSucceeded. */
function succeed(st: Statement, outbox: Outbox, donation: Donation, succeededAt: Date, options: { fromPledge?: boolean; matched: number }): void {
  applyToTotals(st, outbox, { ...donation, succeededAt }, 'SUCCEEDED', options);
  outbox.recordIn(st, 'DonationSucceeded', {
    donationId: donation.id, fundraiserId: donation.fundraiserId, donorId: donation.donorId, amount: { amount: donation.amount, currency: donation.currency },
    anonymous: donation.anonymous, sourceType: donation.sourceType, sourceId: donation.sourceId, referrerId: donation.referrerId,
    country: donation.country, platform: donation.platform, succeededAt: succeededAt.toISOString(),
  });
}

/** The statuses from which a success has the same writes (not from PLEDGED, not from DISPUTED): what `succeedAtOnce` moves. */
const SUCCEEDS_AT_ONCE: readonly DonationStatus[] = ['PENDING', 'REQUIRES_ACTION'];

/**
 * A payment's success, the common case, in ONE statement without a transaction or a lock: the
 * donation moves to SUCCEEDED from PENDING or REQUIRES_ACTION when no campaign may match it, and
 * every write of a success hangs on that move (`Statement.onlyIf`). Otherwise what the report
 * newly tells (payment intent, fee) is filled in. `donation` is as last read: what the writes use
 * of it (amount, donor, fundraiser, source) never changes. Answers null when the locked way (`transition`) must decide: a pledge, a dispute won, a
 * match, a donation moving meanwhile, or one that neither moved nor needed filling.
 */
export async function succeedAtOnce(
  em: EntityManager, outbox: Outbox, donation: Donation, outcome: Outcome,
): Promise<{ donation: Donation; moved: boolean } | null> {
  if (outcome.status !== 'SUCCEEDED' || outcome.disputeWon) return null;
  const now = new Date();
  const match = mayMatch('?', now);
  const returned = columnsOf(em, DonationSchema); // prepared: named, never `*` (kit/db/prepared.ts)
  const st = new Statement();
  const moved = st.add(
    'donation',
    `update "donations"."donation" set "status" = 'SUCCEEDED', "updated_at" = ?, "succeeded_at" = coalesce("succeeded_at", ?),
       "payment_intent_id" = coalesce("payment_intent_id", ?), "fee" = coalesce("fee", ?)
     where "id" = ? and "status" = any(?::text[]) and not ${match.sql} returning ${returned}`,
    [now, now, outcome.paymentIntentId ?? null, outcome.fee ?? null, donation.id, arrayLiteral(SUCCEEDS_AT_ONCE), donation.fundraiserId, ...match.params],
  );
  // Only when the move did not happen (one row is never changed twice in a statement).
  const filled = st.add(
    'filled',
    `update "donations"."donation" set "payment_intent_id" = coalesce("payment_intent_id", ?), "fee" = coalesce("fee", ?)
     where "id" = ? and not exists (select 1 from ${moved})
       and ((?::text is not null and "payment_intent_id" is null) or (?::bigint is not null and "fee" is null))
     returning ${returned}`,
    [outcome.paymentIntentId ?? null, outcome.fee ?? null, donation.id, outcome.paymentIntentId ?? null, outcome.fee ?? null],
  );
  st.onlyIf(moved);
  succeed(st, outbox, donation, now, { matched: 0 });
  const [row] = await st.run<{ moved: boolean } & Record<string, unknown>>(em, `select true as "moved", m.* from ${moved} m union all select false, f.* from ${filled} f`);
  // Neither moved nor filled: the lock decides (what the donation is now, and whether it may still move).
  if (!row) return null;
  const { moved: didMove, ...columns } = row;
  const found = em.map(DonationSchema, columns);
  if (didMove) return { donation: found, moved: true };
  return wouldChange(found, outcome) ? null : { donation: found, moved: false };
}

type Change = Partial<Pick<Donation, 'status' | 'paymentIntentId' | 'fee' | 'failureCode' | 'succeededAt' | 'updatedAt' | 'disputeLost'>>;

const COLUMNS: Record<keyof Change, string> = {
  status: 'status', paymentIntentId: 'payment_intent_id', fee: 'fee', failureCode: 'failure_code', succeededAt: 'succeeded_at', updatedAt: 'updated_at', disputeLost: 'dispute_lost',
};

/** Writes the donation's change with the statement's other writes, in one round trip; answers the donation as it now is. */
async function save(tx: EntityManager, st: Statement, donation: Donation, change: Change): Promise<Donation> {
  const keys = Object.keys(change) as (keyof Change)[];
  const updated = st.add(
    'donation',
    `update "donations"."donation" set ${keys.map((key) => `"${COLUMNS[key]}" = ?`).join(', ')} where "id" = ? returning *`,
    [...keys.map((key) => change[key] ?? null), donation.id],
  );
  const [row] = await st.run<Record<string, unknown>>(tx, `select * from ${updated}`);
  return tx.map(DonationSchema, row!);
}

/** A lost dispute takes the donation out of the totals, once (the status stays DISPUTED). */
async function loseDispute(tx: EntityManager, outbox: Outbox, st: Statement, donation: Donation, known: Change): Promise<{ donation: Donation; moved: boolean }> {
  // The closing event may come before the opening one: SUCCEEDED becomes DISPUTED on the way.
  const status = donation.status === 'SUCCEEDED' ? 'DISPUTED' : donation.status;
  if (status !== 'DISPUTED' || donation.disputeLost) {
    const changed = status !== donation.status || known.paymentIntentId !== donation.paymentIntentId || known.fee !== donation.fee;
    return { donation: changed ? await save(tx, st, donation, { ...known, status }) : donation, moved: false };
  }
  const now = new Date();
  applyToTotals(st, outbox, donation, 'DISPUTE_LOST', { matched: -(await returnMatch(tx, donation)) });
  // For the other subgraphs it is as good as a refund (an "I donated" sticker no longer stands).
  outbox.recordIn(st, 'DonationRefunded', {
    donationId: donation.id, fundraiserId: donation.fundraiserId, donorId: donation.donorId, amount: { amount: donation.amount, currency: donation.currency },
    refundedAt: now.toISOString(), cause: 'DISPUTE_LOST',
  });
  return { donation: await save(tx, st, donation, { ...known, status, disputeLost: true, updatedAt: now }), moved: true };
}
