// `npm run registry:load` as an operator runs it: summary, progress, exit codes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../harness/platform.ts';
import { fakeRows, fileFor, MALFORMED } from '../fixtures/registry-files.ts';

const root = join(import.meta.dirname, '../..');
let database: TestDatabase;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'givegraph-registry-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['subgraphs/nonprofits/modules/registry/cli.ts', ...args], {
    cwd: root, env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: database.url }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run registry:load', () => {
  it('loads a file, prints progress and a summary with the rejected lines, and exits 0', async () => {
    const file = join(dir, 'ie.csv');
    writeFileSync(file, fileFor('IE_CHARITIES_REGULATOR', fakeRows('IE_CHARITIES_REGULATOR', 50), MALFORMED.IE_CHARITIES_REGULATOR));
    const result = await run(['--registry', 'IE_CHARITIES_REGULATOR', '--file', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('progress: 100% read, 53 rows');
    expect(result.stdout).toContain('read 53, added 50, changed 0, removed 0, rejected 3');
    expect(result.stdout).toContain('line 52: Registered Charity Number "ABC" is not a charity number');
    expect(result.stdout).toContain('line 53: expected 5 columns, found 2');

    const again = await run(['--registry', 'IE_CHARITIES_REGULATOR', '--file', file]);
    expect(again.stdout).toContain('read 53, added 0, changed 0, removed 0, rejected 3');
  }, 60_000);

  it('exits 2 with a clear message for an unknown registry or a missing file', async () => {
    const unknown = await run(['--registry', 'DE_REGISTER', '--file', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--registry must be one of US_IRS, GB_CHARITY_COMMISSION, IE_CHARITIES_REGULATOR, FR_RNA, not "DE_REGISTER"');
    const missing = await run(['--registry', 'US_IRS', '--file', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  }, 60_000);

  it('exits 3 and writes nothing for a file in another format', async () => {
    const file = join(dir, 'wrong.json');
    writeFileSync(file, fileFor('GB_CHARITY_COMMISSION', fakeRows('GB_CHARITY_COMMISSION', 10)));
    const result = await run(['--registry', 'FR_RNA', '--file', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('nothing was loaded');
    expect(result.stderr).toContain('is not a FR_RNA file');
  }, 60_000);
});
