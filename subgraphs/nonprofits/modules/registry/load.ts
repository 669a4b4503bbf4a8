// Applies one registry file, whole or not at all: every record is streamed into a staging table
// (staging.ts), then merged into the nonprofits in set-based statements, in ONE transaction.
// Malformed lines are counted and reported, never fatal; a file that is not in the format at all,
// or that would unlist a large part of the register, changes nothing.
import type { EntityManager, SubgraphOrm } from '../../../../kit/db/orm.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import type { Registry } from '../nonprofit/nonprofit.entity.ts';
import { REGISTRY_NAMES } from '../nonprofit/registration-number.ts';
import { FORMATS } from './formats/index.ts';
import { WrongFormatError, type RegistryRecord } from './formats/format.ts';
import { openStaging } from './staging.ts';

export interface LoadSummary {
  registry: Registry;
  /** Entries read from the file (records, rejected lines and skipped rows). */
  read: number;
  added: number;
  changed: number;
  /** Listed before, not listed now (absent from the file, or listed as removed). */
  removed: number;
  rejected: number;
  skipped: number;
  /** Later rows repeating a registration number already read (the first one counts). */
  duplicates: number;
  /** Verified nonprofits suspended because their registry no longer lists them. */
  suspended: number;
  /** The first rejected lines, with why. */
  rejections: { line: number; reason: string }[];
  /** Seconds spent reading and staging the file, merging it into the nonprofits, then vacuuming. */
  timings: { stagingSeconds: number; mergingSeconds: number; tidyingSeconds: number };
}

export interface LoadOptions {
  orm: SubgraphOrm;
  outbox: Outbox;
  registry: Registry;
  /** The file's text, in chunks. */
  chunks: AsyncIterable<string>;
  /** Unlist more than MASS_REMOVAL_SHARE of the register (a register that really shrank). */
  allowMassRemoval?: boolean;
  onProgress?: (read: number) => void;
}

export class MassRemovalError extends Error {
  override name = 'MassRemovalError';
}

const MERGE_WORK_MEM = '64MB';
const KEPT_REJECTIONS = 100;
/** More than this share of the listed register unlisted at once looks like a truncated file. */
export const MASS_REMOVAL_SHARE = 0.05;
/** Tiny registers may lose a few rows whatever their share. */
const MASS_REMOVAL_FLOOR = 100;

export async function loadRegistry(options: LoadOptions): Promise<LoadSummary> {
  const { registry, outbox } = options;
  const format = FORMATS[registry];
  const summary: LoadSummary = {
    registry, read: 0, added: 0, changed: 0, removed: 0, rejected: 0, skipped: 0, duplicates: 0, suspended: 0, rejections: [],
    timings: { stagingSeconds: 0, mergingSeconds: 0, tidyingSeconds: 0 },
  };
  const started = performance.now();
  const staging = await openStaging(options.orm, registry);
  try {
    for await (const entries of format.parse(options.chunks)) {
      const records: RegistryRecord[] = [];
      for (const entry of entries) {
        summary.read++;
        if ('record' in entry) {
          records.push(entry.record);
        } else if ('error' in entry) {
          summary.rejected++;
          if (summary.rejections.length < KEPT_REJECTIONS) summary.rejections.push({ line: entry.line, reason: entry.error });
          if (summary.read === KEPT_REJECTIONS && summary.rejected === summary.read) {
            throw new WrongFormatError(`the first ${KEPT_REJECTIONS} lines are all malformed (line ${summary.rejections[0]!.line}: ${summary.rejections[0]!.reason})`);
          }
        } else {
          summary.skipped++;
        }
      }
      await staging.write(records);
      options.onProgress?.(summary.read);
    }
    if (summary.read === summary.skipped) throw new WrongFormatError('the file holds no records');
    if (summary.rejected === summary.read) {
      throw new WrongFormatError(`every line is malformed (line ${summary.rejections[0]!.line}: ${summary.rejections[0]!.reason})`);
    }
    summary.duplicates = (await staging.finish()).duplicates;

    const staged = performance.now();
    summary.timings.stagingSeconds = (staged - started) / 1000;
    await options.orm.em.fork().transactional(async (tx) => {
      // Room for the merge's joins over the whole register.
      await tx.execute(`set local work_mem = '${MERGE_WORK_MEM}'`);
      await guardAgainstMassRemoval(tx, staging.table, registry, options.allowMassRemoval ?? false);
      await merge(tx, staging.table, registry, format.country, summary);
      await suspendUnlisted(tx, outbox, registry, summary);
    });
    const merged = performance.now();
    summary.timings.mergingSeconds = (merged - staged) / 1000;
    // A large load leaves the search index's pending entries and the table's statistics behind:
    // fold them in now rather than on the first searches.
    await staging.maintain('vacuum (analyze) "nonprofits"."nonprofit"');
    await staging.maintain('analyze "nonprofits"."nonprofit_word"');
    summary.timings.tidyingSeconds = (performance.now() - merged) / 1000;
    return summary;
  } finally {
    await staging.drop();
  }
}

/** Verified nonprofits their registry no longer lists become SUSPENDED, and the other subgraphs hear of it. */
async function suspendUnlisted(tx: EntityManager, outbox: Outbox, registry: Registry, summary: LoadSummary): Promise<void> {
  const reason = `No longer listed as registered by the ${REGISTRY_NAMES[registry]}`;
  const suspended = await tx.execute<{ id: string }[]>(
    `update "nonprofits"."nonprofit" set "verification_status" = 'SUSPENDED', "suspended_at" = now(), "suspension_reason" = ?, "updated_at" = now()
     where "registry" = ? and "verification_status" = 'VERIFIED' and not "listed" returning "id"`,
    [reason, registry],
  );
  summary.suspended = suspended.length;
  const suspendedAt = new Date().toISOString();
  for (const { id } of suspended) {
    await outbox.record(tx, 'NonprofitSuspended', { nonprofitId: id, reason, cause: 'REGISTRY', suspendedAt });
  }
}

async function guardAgainstMassRemoval(tx: EntityManager, staging: string, registry: Registry, allowed: boolean): Promise<void> {
  const [counts] = await tx.execute<{ listed: number; unlisting: number }[]>(
    `select count(*)::int as "listed",
            count(*) filter (where s."number" is null or not s."listed")::int as "unlisting"
     from "nonprofits"."nonprofit" n left join ${staging} s on s."number" = n."registration_number"
     where n."registry" = ? and n."listed"`,
    [registry],
  );
  const { listed, unlisting } = counts!;
  if (!allowed && unlisting > MASS_REMOVAL_FLOOR && unlisting > listed * MASS_REMOVAL_SHARE) {
    throw new MassRemovalError(
      `this file would unlist ${unlisting} of the ${listed} registered nonprofits (${((unlisting / listed) * 100).toFixed(1)}%); ` +
      'if the register really shrank that much, load it again allowing mass removal',
    );
  }
}

async function merge(tx: EntityManager, staging: string, registry: Registry, country: string, summary: LoadSummary): Promise<void> {
  const changes = await tx.execute<{ removed: number; changed: number }[]>(
    `with "src" as (
       select n."id", n."listed" as "was_listed", s.*
       from "nonprofits"."nonprofit" n join ${staging} s on s."number" = n."registration_number"
       where n."registry" = ?
         and (n."name", n."city", n."kind", n."listed", n."website") is distinct from (s."name", s."city", s."kind", s."listed", coalesce(s."website", n."website"))),
     "updated" as (
       update "nonprofits"."nonprofit" n set "name" = "src"."name", "city" = "src"."city", "kind" = "src"."kind",
         "listed" = "src"."listed", "website" = coalesce("src"."website", n."website"), "updated_at" = now()
       from "src" where n."id" = "src"."id"
       returning "src"."was_listed", n."listed")
     select count(*) filter (where "was_listed" and not "listed")::int as "removed",
            count(*) filter (where not ("was_listed" and not "listed"))::int as "changed"
     from "updated"`,
    [registry],
  );
  summary.removed += Number(changes[0]!.removed);
  summary.changed += Number(changes[0]!.changed);

  const [added] = await tx.execute<{ n: number }[]>(
    `with "added" as (
       insert into "nonprofits"."nonprofit" ("id", "registry", "registration_number", "name", "city", "country", "kind", "listed", "website", "verification_status", "updated_at")
       select gen_random_uuid(), ?, s."number", s."name", s."city", ?, s."kind", s."listed", s."website", 'UNVERIFIED', now()
       from ${staging} s
       where not exists (select 1 from "nonprofits"."nonprofit" n where n."registry" = ? and n."registration_number" = s."number")
       returning 1)
     select count(*)::int as "n" from "added"`,
    [registry, country, registry],
  );
  summary.added = Number(added!.n);

  const [gone] = await tx.execute<{ n: number }[]>(
    `with "gone" as (
       update "nonprofits"."nonprofit" n set "listed" = false, "updated_at" = now()
       where n."registry" = ? and n."listed" and not exists (select 1 from ${staging} s where s."number" = n."registration_number")
       returning 1)
     select count(*)::int as "n" from "gone"`,
    [registry],
  );
  summary.removed += Number(gone!.n);

  // New words for the search's typo correction; words no longer used stay (they then match nothing).
  // (distinct over the names' lexemes: ts_stat, which also counts them, took 3.3 s per million names, this 1.9 s.)
  await tx.execute(`insert into "nonprofits"."nonprofit_word" ("word")
    select distinct "word" from ${staging} s, unnest(tsvector_to_array(to_tsvector('simple', s."name"))) "word" on conflict do nothing`);
}
