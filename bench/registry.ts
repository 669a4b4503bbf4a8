// `npm run bench -- registry`: a generated 1,000,000-row US_IRS file loaded into PostgreSQL by
// `npm run registry:load` (its own process, for its peak memory), beside a plain COPY of the same
// file into a bare table in the same run; then search latency over the million rows.
// Aims: the load reaches at least half the COPY rate, peak RSS under 300 MB, search p99 under 25 ms.
// BENCH_KEEP=1 keeps the database for a look at the plans afterwards.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openOrmFor } from '../kit/subgraph.ts';
import { nonprofitsSubgraph } from '../subgraphs/nonprofits/index.ts';
import { searchNonprofits } from '../subgraphs/nonprofits/modules/nonprofit/search.ts';
import { createTestDatabase } from '../test/harness/platform.ts';
import { writeUsIrsFile } from '../test/fixtures/registry-files.ts';

const ROWS = Number(process.env['BENCH_REGISTRY_ROWS'] ?? 1_000_000);
const SEARCHES = Number(process.env['BENCH_SEARCHES'] ?? 200);
const WARM_UP_SEARCHES = 5;
const QUERIES = ['red cross', 'food bank new york', 'red crss', 'animal rescue of denver', 'hosp', 'church', 'denvr humane society', 'hospitl foundaton'];
const root = join(import.meta.dirname, '..');

export async function benchRegistry(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'givegraph-bench-registry-'));
  const file = join(dir, 'pub78.txt');
  const database = await createTestDatabase();
  try {
    let began = performance.now();
    await writeUsIrsFile(file, ROWS);
    console.log(`registry bench: ${ROWS.toLocaleString('en-US')} generated US_IRS rows (written in ${((performance.now() - began) / 1000).toFixed(1)} s)\n`);

    // Baseline: a plain COPY of the same file into a bare table.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('create table bare (ein text, name text, city text, state text, country text, status text)');
    began = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom(`copy bare from stdin with (format text, delimiter '|')`)));
    const copySeconds = (performance.now() - began) / 1000;
    await client.end();

    // The loader, as an operator runs it.
    began = performance.now();
    const output = await runLoader(database.url, file);
    const loadSeconds = (performance.now() - began) / 1000;
    const peak = /peak memory (\d+) MB/.exec(output)?.[1];
    const summary = output.split('\n').find((line) => line.includes('read ') && line.includes('added')) ?? '';
    const timings = output.split('\n').find((line) => line.includes('staged in')) ?? '';

    const copyRate = ROWS / copySeconds;
    const loadRate = ROWS / loadSeconds;
    console.log('| step | seconds | rows/s | peak RSS |\n| --- | --- | --- | --- |');
    console.log(`| plain COPY into a bare table (baseline) | ${copySeconds.toFixed(1)} | ${Math.round(copyRate).toLocaleString('en-US')} | |`);
    console.log(`| npm run registry:load (whole process) | ${loadSeconds.toFixed(1)} | ${Math.round(loadRate).toLocaleString('en-US')} | ${peak} MB |`);
    console.log(`\nloader: ${summary.trim()}; ${timings.trim()}`);
    console.log(`ratio: the load runs at ${((loadRate / copyRate) * 100).toFixed(0)}% of the plain COPY rate (aim: at least 50%); peak RSS ${peak} MB (aim: under 300 MB)\n`);

    // Search over the million rows.
    const orm = await openOrmFor(nonprofitsSubgraph, { kind: 'postgresql', url: database.url });
    await orm.em.fork().execute('analyze "nonprofits"."nonprofit"');
    // Warm-up, as the other benches do: the first searches compile the search code and read the
    // new indexes from disk, which a running service has long done.
    for (let i = 0; i < WARM_UP_SEARCHES; i++) {
      for (const query of QUERIES) await searchNonprofits(orm.em.fork(), { query, first: 20 });
    }
    console.log('| query | matches on page 1 | p50 ms | p99 ms |\n| --- | --- | --- | --- |');
    for (const query of QUERIES) {
      const times: number[] = [];
      let matches = 0;
      for (let i = 0; i < SEARCHES; i++) {
        const start = performance.now();
        const page = await searchNonprofits(orm.em.fork(), { query, first: 20 });
        times.push(performance.now() - start);
        matches = page.edges.length;
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
      console.log(`| "${query}" | ${matches} | ${at(0.5).toFixed(1)} | ${at(0.99).toFixed(1)} |`);
    }
    await orm.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (process.env['BENCH_KEEP']) console.log(`kept ${database.url}`);
    else await database.drop();
  }
}

function runLoader(databaseUrl: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'registry:load', '--', '--registry', 'US_IRS', '--file', file], {
      cwd: root, env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`registry:load exited with ${code}:\n${output}`))));
  });
}
