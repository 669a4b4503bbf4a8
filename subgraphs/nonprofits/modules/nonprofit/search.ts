// Finding a nonprofit by name among a million, or by its registration number. A name search
// matches words: every word typed must be in the name, the last one may be the start of a word,
// and a word the register does not hold is read as the closest words it does hold (typos
// forgiven). Shortest names first: among names holding every word, the shortest is the closest
// to what was typed, and an index hands them out in that order.
import { badInput } from '../../../../kit/errors.ts';
import { isCountryCode } from '../../../../kit/countries.ts';
import { connection, pageRequest, type Connection } from '../../../../kit/pagination.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { NAME_LENGTH_TIERS, NAME_VECTOR, NonprofitSchema, REGISTRIES, type Nonprofit } from './nonprofit.entity.ts';
import { normalizeRegistrationNumber } from './registration-number.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import { arrayLiteral } from '../../../../kit/db/arrays.ts';

export interface SearchArgs {
  query: string;
  country?: string | null;
  verifiedOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** How close (pg_trgm similarity) a registered word must be to a mistyped one, further than one edit off. */
const TYPO_SIMILARITY = 0.3;
/** A mistyped word stands for at most this many registered words. */
const TYPO_CANDIDATES = 3;
/** The last word typed counts as the start of a word from this length on. */
const PREFIX_MIN_LENGTH = 3;
/** Words that say little about a name; left out of a search unless it has no others. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'de', 'des', 'du', 'et', 'for', 'in', 'inc', 'la', 'le', 'les', 'of', 'on', 'the', 'to']);
/** Registration-number results are few; they are numbered by offset. */
const MAX_OFFSET = 10_000;

type Cursor = { o: number } | { l: number; i: string };

export async function searchNonprofits(em: EntityManager, args: SearchArgs): Promise<Connection<Nonprofit>> {
  const query = args.query.trim().toLowerCase().replace(/\s+/g, ' ');
  // The query read as each registry's number format; the (registry, number) key finds them.
  const numbers = REGISTRIES.flatMap((registry) => {
    const number = normalizeRegistrationNumber(registry, args.query);
    return number === null ? [] : [{ registry, number }];
  });
  if (query.length < 3 && numbers.length === 0) throw badInput('query', 'Type at least 3 characters of a name, or a registration number');
  if (query.length > 200) throw badInput('query', 'Searches have at most 200 characters');
  const country = args.country?.trim().toUpperCase() || null;
  if (country !== null && !isCountryCode(country)) throw badInput('country', 'Country must be an ISO 3166-1 alpha-2 code such as US or GB');
  const page = pageRequest<Cursor>(args, decodeCursor);
  const filter: Filter = { country, verifiedOnly: args.verifiedOnly === true, limit: page.first + 1 };

  if (numbers.length > 0) {
    const offset = page.after && 'o' in page.after ? page.after.o : 0;
    const rows = await findByNumber(em, numbers, filter, offset);
    const nonprofits = rows.map((row) => em.map(NonprofitSchema, row));
    const cursors = new Map(nonprofits.map((n, i) => [n, { o: offset + i + 1 }]));
    return connection(nonprofits, page.first, (n) => cursors.get(n));
  }
  const after = page.after && 'l' in page.after ? page.after : null;
  const rows = await findByName(em, query, filter, after);
  const nonprofits = rows.map((row) => em.map(NonprofitSchema, row));
  return connection(nonprofits, page.first, (n) => ({ l: [...n.name].length, i: n.id }));
}

function decodeCursor(value: unknown): Cursor | undefined {
  const cursor = value as Record<string, unknown>;
  if (Number.isInteger(cursor['o']) && (cursor['o'] as number) >= 0 && (cursor['o'] as number) <= MAX_OFFSET) return { o: cursor['o'] as number };
  if (Number.isInteger(cursor['l']) && (cursor['l'] as number) >= 0 && typeof cursor['i'] === 'string' && isUuid(cursor['i'])) {
    return { l: cursor['l'] as number, i: cursor['i'] };
  }
  return undefined;
}

interface Filter {
  country: string | null;
  verifiedOnly: boolean;
  limit: number;
}

const FILTERS = `(?::text is null or n.country = ?) and (not ?::boolean or n.verification_status = 'VERIFIED')`;
const filterParams = (f: Filter) => [f.country, f.country, f.verifiedOnly];

/** A registration number, written as one registry or another writes it. */
function findByNumber(em: EntityManager, numbers: { registry: string; number: string }[], filter: Filter, offset: number) {
  return em.execute<Record<string, unknown>[]>(
    `select n.* from unnest(?::text[], ?::text[]) as q(registry, number)
     join "nonprofits"."nonprofit" n on n.registry = q.registry and n.registration_number = q.number
     where ${FILTERS}
     order by n.registry, n.id limit ? offset ?`,
    [`{${numbers.map((n) => n.registry).join(',')}}`, `{${numbers.map((n) => n.number).join(',')}}`, ...filterParams(filter), filter.limit, offset],
  );
}

/** A name: its words looked up in the register's words, then the names holding them. */
async function findByName(em: EntityManager, query: string, filter: Filter, after: { l: number; i: string } | null) {
  const words = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const terms = meaningful.length > 0 ? meaningful : words;
  if (terms.length === 0) return [];
  // The last word may still be being typed: the start of a word is enough.
  const lastIsPrefix = terms.at(-1) === words.at(-1) && terms.at(-1)!.length >= PREFIX_MIN_LENGTH;
  const tsquery = await toTsquery(em, terms, lastIsPrefix);
  if (tsquery === null) return [];
  // Same expression as the index "nonprofit_name_search", and the order of "nonprofit_name_rank".
  // With one word PostgreSQL chooses well between walking names shortest first and sorting the
  // matches. Names holding several of the words are long ones: the walk would read most of the
  // register before finding them, and sorting them all reads each match (11,700 for "hospital
  // foundation"). So they are read one length tier at a time, shortest first, until the page is
  // full: a nested loop over the tiers, in one statement.
  const keyset = after ? 'and (char_length(n.name), n.id) > (?, ?::uuid)' : '';
  const keysetParams = after ? [after.l, after.i] : [];
  if (terms.length === 1) {
    return em.execute<Record<string, unknown>[]>(
      `select n.* from "nonprofits"."nonprofit" n
       where ${NAME_VECTOR} @@ to_tsquery('simple', ?) and ${FILTERS} ${keyset}
       order by char_length(n.name), n.id limit ?`,
      [tsquery, ...filterParams(filter), ...keysetParams, filter.limit],
    );
  }
  return em.execute<Record<string, unknown>[]>(
    `select n.* from generate_series(?::int, ${NAME_LENGTH_TIERS.length}) as "t"("tier")
     cross join lateral (
       select n.* from "nonprofits"."nonprofit" n
       where ${NAME_VECTOR} @@ (to_tsquery('simple', ?) && quote_literal('#' || "t"."tier")::tsquery) and ${FILTERS} ${keyset}
       order by char_length(n.name) + 0, n.id limit ?) as n
     limit ?`,
    [tierOf(after?.l ?? 0), tsquery, ...filterParams(filter), ...keysetParams, filter.limit, filter.limit],
  );
}

/** The length tier of a name of `length` characters (as width_bucket in NAME_VECTOR counts it). */
const tierOf = (length: number) => NAME_LENGTH_TIERS.filter((start) => start <= length).length;

/**
 * The words as a text search query: each word as typed when the register holds it (the last one
 * also as the start of longer words), otherwise the registered words one edit away (a letter
 * missing, extra, wrong or two swapped: looked up by primary key), otherwise the closest by
 * trigrams. Null when a word matches nothing at all, so no name can.
 */
async function toTsquery(em: EntityManager, terms: string[], lastIsPrefix: boolean): Promise<string | null> {
  const last = terms.at(-1)!;
  // One round trip for the common case: which words are registered, and whether longer words
  // start with the last one (words are in C collation: those are one range of the primary key).
  const found = await em.execute<{ word: string; exact: boolean }[]>(
    `select w.word, true as "exact" from unnest(?::text[]) as q(word) join "nonprofits"."nonprofit_word" w on w.word = q.word
     union all
     select ?::text, false where ?::boolean and exists (
       select 1 from "nonprofits"."nonprofit_word" w where w.word > ?::text and w.word < ?::text || chr(1114111))`,
    [arrayLiteral(terms), last, lastIsPrefix, last, last],
  );
  const registered = new Set(found.filter((r) => r.exact).map((r) => r.word));
  const longer = found.some((r) => !r.exact);
  const unknown = terms.filter((term, i) => !registered.has(term) && !(longer && i === terms.length - 1));
  const edits = new Map(unknown.map((term) => [term, oneEditAway(term)]));
  // One primary-key probe per string (the `limit` keeps PostgreSQL from hashing the whole table
  // instead: 1,200 strings against 143,000 words took 30 ms that way, 2 ms this way).
  const near = unknown.length === 0 ? new Set<string>() : new Set((await em.execute<{ word: string }[]>(
    `select w.word from unnest(?::text[]) as q(word)
     cross join lateral (select w.word from "nonprofits"."nonprofit_word" w where w.word = q.word limit 1) as w`,
    [arrayLiteral([...edits.values()].flat())],
  )).map((r) => r.word));

  const parts: string[] = [];
  for (const [i, term] of terms.entries()) {
    if (longer && i === terms.length - 1) parts.push(`${lexeme(term)}:*`);
    else if (registered.has(term)) parts.push(lexeme(term));
    else {
      const close = edits.get(term)!.filter((word) => near.has(word)).slice(0, TYPO_CANDIDATES);
      if (close.length === 0) close.push(...(await closestByTrigrams(em, term)));
      if (close.length === 0) return null;
      parts.push(`(${close.map(lexeme).join(' | ')})`);
    }
  }
  return parts.join(' & ');
}

/** Registered words sharing enough trigrams with a word further off than one edit. */
function closestByTrigrams(em: EntityManager, term: string): Promise<string[]> {
  return em.transactional(async (tx) => {
    // pg_trgm's functions live in this subgraph's schema (or public, where a database had it already).
    await tx.execute('set local search_path = "nonprofits", public');
    await tx.execute(`set local pg_trgm.similarity_threshold = ${TYPO_SIMILARITY}`);
    const rows = await tx.execute<{ word: string }[]>(
      `select w.word from "nonprofits"."nonprofit_word" w where w.word % ? order by similarity(w.word, ?) desc, w.word limit ${TYPO_CANDIDATES}`,
      [term, term],
    );
    return rows.map((r) => r.word);
  });
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every string one edit from a word: a letter deleted, two neighbours swapped, one replaced or inserted. */
export function oneEditAway(word: string): string[] {
  const chars = Array.from(word);
  const letters = [...new Set([...ALPHABET, ...chars])];
  const out = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1).join(''));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2).join(''));
    for (const c of letters) {
      if (tail.length > 0 && c !== tail[0]) out.add(head + c + tail.slice(1).join(''));
      out.add(head + c + tail.join(''));
    }
  }
  out.delete(word);
  out.delete('');
  return [...out];
}

const lexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
