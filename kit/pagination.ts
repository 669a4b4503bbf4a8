// Relay connections, as the contract wants them: `first` (default 20, at most 100) and `after`
// (an opaque cursor), `edges { cursor node }`, `pageInfo { hasNextPage endCursor }`.
import { badInput } from './errors.ts';
import { isUuid } from './db/transaction.ts';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface PageRequest<TCursor> {
  first: number;
  after: TCursor | undefined;
}

/** Checks `first` and decodes `after`; `decode` (given an object or array) returns undefined for a cursor it does not know. */
export function pageRequest<TCursor>(
  args: { first?: number | null; after?: string | null },
  decode: (value: unknown) => TCursor | undefined,
): PageRequest<TCursor> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput('first', `first must be from 1 to ${MAX_PAGE}`);
  }
  if (args.after == null) return { first, after: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'after is not a cursor this list gave');
  }
  const after = parsed === null || typeof parsed !== 'object' ? undefined : decode(parsed);
  if (after === undefined) throw badInput('after', 'after is not a cursor this list gave');
  return { first, after };
}

export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from up to `first + 1` rows (the extra one only says that there is a next page). */
export function connection<TNode>(rows: TNode[], first: number, cursorOf: (node: TNode) => unknown): Connection<TNode> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The keyset of a list ordered by a time, then by id: its cursor is `[time, id]`. */
export interface TimeCursor {
  at: Date;
  id: string;
}

export function decodeTimeCursor(value: unknown): TimeCursor | undefined {
  const [at, id] = Array.isArray(value) ? value : [];
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id) ? { at: new Date(at), id } : undefined;
}

export const timeCursor = (at: Date, id: string): [string, string] => [at.toISOString(), id];

/** The MikroORM filter for the rows after `after` in (field, id) order, ascending or descending. */
export function afterTimeCursor(field: string, after: TimeCursor | undefined, order: 'asc' | 'desc'): Record<string, unknown> {
  if (!after) return {};
  const beyond = order === 'asc' ? '$gt' : '$lt';
  return { $or: [{ [field]: { [beyond]: after.at } }, { [field]: after.at, id: { [beyond]: after.id } }] };
}
