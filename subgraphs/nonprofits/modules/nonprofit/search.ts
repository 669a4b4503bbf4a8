// Finding a nonprofit by name among a million: pg_trgm word similarity (typos and prefixes
// forgiven) on a GIN index, or the exact registration number; most relevant first.
import { badInput } from '../../../../kit/errors.ts';
import { isCountryCode } from '../../../../kit/countries.ts';
import { connection, pageRequest, type Connection } from '../../../../kit/pagination.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { NonprofitSchema, REGISTRIES, type Nonprofit } from './nonprofit.entity.ts';
import { normalizeRegistrationNumber } from './registration-number.ts';

export interface SearchArgs {
  query: string;
  country?: string | null;
  verifiedOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** How close a name must be, word by word, to count as a match (pg_trgm's default is 0.6). */
const WORD_SIMILARITY_THRESHOLD = 0.5;
/** Relevance pages are numbered by offset; deep pages of a name search are never read. */
const MAX_OFFSET = 10_000;

export async function searchNonprofits(em: EntityManager, args: SearchArgs): Promise<Connection<Nonprofit>> {
  const query = args.query.trim().toLowerCase().replace(/\s+/g, ' ');
  const numbers = REGISTRIES.map((r) => normalizeRegistrationNumber(r, args.query)).filter((n): n is string => n !== null);
  if (query.length < 3 && numbers.length === 0) throw badInput('query', 'Type at least 3 characters of a name, or a registration number');
  if (query.length > 200) throw badInput('query', 'Searches have at most 200 characters');
  const country = args.country?.trim().toUpperCase() || null;
  if (country !== null && !isCountryCode(country)) throw badInput('country', 'Country must be an ISO 3166-1 alpha-2 code such as US or GB');
  const page = pageRequest(args, (c) => {
    const offset = (c as { o?: unknown }).o;
    return Number.isInteger(offset) && (offset as number) >= 0 && (offset as number) <= MAX_OFFSET ? (offset as number) : undefined;
  });
  const offset = page.after ?? 0;

  const filter: Filter = { country, verifiedOnly: args.verifiedOnly === true, limit: page.first + 1, offset };
  const rows = numbers.length > 0 ? await findByNumber(em, numbers, filter) : await findByName(em, query, filter);
  const nonprofits = rows.map((row) => em.map(NonprofitSchema, row));
  const cursors = new Map(nonprofits.map((n, i) => [n, { o: offset + i + 1 }]));
  return connection(nonprofits, page.first, (n) => cursors.get(n));
}

interface Filter {
  country: string | null;
  verifiedOnly: boolean;
  limit: number;
  offset: number;
}

const FILTERS = `(?::text is null or n.country = ?) and (not ?::boolean or n.verification_status = 'VERIFIED')`;
const filterParams = (f: Filter) => [f.country, f.country, f.verifiedOnly];

/** A registration number, written as one registry or another writes it. */
function findByNumber(em: EntityManager, numbers: string[], filter: Filter) {
  return em.execute<Record<string, unknown>[]>(
    `select n.* from "nonprofits"."nonprofit" n where n.registration_number = any(?::text[]) and ${FILTERS}
     order by n.registry, n.id limit ? offset ?`,
    [`{${numbers.join(',')}}`, ...filterParams(filter), filter.limit, filter.offset],
  );
}

/** A name, in a transaction for the search settings it sets locally. */
function findByName(em: EntityManager, query: string, filter: Filter) {
  return em.transactional(async (tx) => {
    // pg_trgm's functions live in this subgraph's schema (or public, where a database had it already).
    await tx.execute('set local search_path = "nonprofits", public');
    await tx.execute(`set local pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
    // `%>`: the query's words appear in the name (typos forgiven). `<->`: trigram distance of the
    // whole name, which the GiST index hands out nearest first, so a page reads a page's worth of
    // rows. No tiebreaker: any second key makes PostgreSQL score and sort every match instead
    // (measured in bench/README.md); exact ties are rare among real names.
    return tx.execute<Record<string, unknown>[]>(
      `select n.* from "nonprofits"."nonprofit" n
       where lower(n.name) %> ?::text and ${FILTERS}
       order by lower(n.name) <-> ?::text
       limit ? offset ?`,
      [query, ...filterParams(filter), query, filter.limit, filter.offset],
    );
  });
}
