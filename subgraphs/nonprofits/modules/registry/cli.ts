// `npm run registry:load -- --registry <US_IRS|GB_CHARITY_COMMISSION|IE_CHARITIES_REGULATOR|FR_RNA> --file <path> [--allow-mass-removal]`
// Loads (or re-loads) a regulator's register into the nonprofits database the platform is
// configured with (DATABASE_URL, or the embedded database in DATA_DIR: stop `npm start` first,
// since an embedded database has one user at a time).
// Exit codes: 0 loaded (malformed lines are reported, not fatal), 2 bad arguments or settings (or
// another load of the same registry running),
// 3 the file is not in the registry's format or would unlist too much: nothing written; 1 anything else.
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../../../kit/config.ts';
import { DatabaseInUseError, openDatabase } from '../../../../kit/db/database.ts';
import { openOrmFor } from '../../../../kit/subgraph.ts';
import { Outbox } from '../../../../kit/events/outbox.ts';
import { nonprofitsSubgraph } from '../../index.ts';
import { REGISTRIES, type Registry } from '../nonprofit/nonprofit.entity.ts';
import { loadRegistry, MassRemovalError, type LoadSummary } from './load.ts';
import { WrongFormatError } from './formats/format.ts';
import { createProgress } from './progress.ts';
import { LoadInProgressError } from './staging.ts';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let registry: Registry;
  let file: string;
  let allowMassRemoval = false;
  try {
    const { values } = parseArgs({ args: argv, options: { registry: { type: 'string' }, file: { type: 'string' }, 'allow-mass-removal': { type: 'boolean' } } });
    if (!values.registry || !(REGISTRIES as readonly string[]).includes(values.registry)) {
      throw new UsageError(`--registry must be one of ${REGISTRIES.join(', ')}${values.registry ? `, not "${values.registry}"` : ''}`);
    }
    if (!values.file) throw new UsageError('--file <path> is required');
    registry = values.registry as Registry;
    file = values.file;
    allowMassRemoval = values['allow-mass-removal'] ?? false;
  } catch (error) {
    console.error(`registry:load: ${(error as Error).message}`);
    console.error(`usage: npm run registry:load -- --registry <${REGISTRIES.join('|')}> --file <path> [--allow-mass-removal]`);
    return 2;
  }
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    console.error(`registry:load: no such file: ${file}`);
    return 2;
  }

  const config = loadConfig();
  const database = await openDatabase(config);
  const orm = await openOrmFor(nonprofitsSubgraph, database);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const progress = createProgress(size);
  const started = Date.now();
  try {
    const summary = await loadRegistry({
      orm, outbox: new Outbox('nonprofits', 'nonprofits'), registry, chunks: stream, allowMassRemoval,
      onProgress: (rows) => progress.update(rows, stream.bytesRead),
    });
    progress.done(summary.read, stream.bytesRead);
    printSummary(summary, file, (Date.now() - started) / 1000);
    return 0;
  } catch (error) {
    if (error instanceof WrongFormatError || error instanceof MassRemovalError) {
      console.error(`\nregistry:load: nothing was loaded: ${error instanceof WrongFormatError ? `${file} is not a ${registry} file: ` : ''}${error.message}`);
      return 3;
    }
    throw error;
  } finally {
    stream.destroy();
    await orm.close();
    if (database.kind === 'pglite') await database.close();
  }
}

function printSummary(s: LoadSummary, file: string, seconds: number): void {
  const n = (value: number) => value.toLocaleString('en-US');
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${s.registry} loaded from ${file} in ${seconds.toFixed(1)}s (${n(Math.round(s.read / Math.max(seconds, 0.001)))} rows/s, peak memory ${peakMb.toFixed(0)} MB)`);
  console.log(`  read ${n(s.read)}, added ${n(s.added)}, changed ${n(s.changed)}, removed ${n(s.removed)}, rejected ${n(s.rejected)}` +
    (s.skipped ? `, skipped ${n(s.skipped)}` : '') + (s.duplicates ? `, duplicates ${n(s.duplicates)}` : '') +
    (s.suspended ? `, verified nonprofits suspended ${n(s.suspended)}` : ''));
  console.log(`  read and staged in ${s.timings.stagingSeconds.toFixed(1)}s, merged in ${s.timings.mergingSeconds.toFixed(1)}s, vacuumed in ${s.timings.tidyingSeconds.toFixed(1)}s`);
  if (s.rejected > 0) {
    console.log(`  rejected lines${s.rejected > s.rejections.length ? ` (the first ${s.rejections.length} of ${n(s.rejected)})` : ''}:`);
    for (const r of s.rejections) console.log(`    line ${r.line}: ${r.reason}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseInUseError || error instanceof LoadInProgressError) {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `registry:load: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error('registry:load failed:', error);
    process.exitCode = 1;
  }
}
