// Loading the regulators' registers: each format, re-loads with changes and removals, malformed
// lines, files in the wrong format, and verified nonprofits that their registry stops listing.
import pg from 'pg';
import { loadRegistry, MassRemovalError, type LoadSummary } from '../../subgraphs/nonprofits/modules/registry/load.ts';
import { WrongFormatError } from '../../subgraphs/nonprofits/modules/registry/formats/format.ts';
import { LoadInProgressError } from '../../subgraphs/nonprofits/modules/registry/staging.ts';
import type { Registry } from '../../subgraphs/nonprofits/modules/nonprofit/nonprofit.entity.ts';
import type { EventEnvelope } from '../../kit/events/bus.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { chunked, fakeRows, fileFor, MALFORMED, type FixtureRow } from '../fixtures/registry-files.ts';

let platform: TestPlatform;
let db: pg.Client;
beforeAll(async () => {
  platform = await startTestPlatform();
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await platform.stop();
});

function load(registry: Registry, text: string, options: { allowMassRemoval?: boolean; chunkSize?: number } = {}): Promise<LoadSummary> {
  const { orm, outbox } = platform.subgraphs.nonprofits!.deps;
  return loadRegistry({ orm, outbox, registry, chunks: chunked(text, options.chunkSize ?? 4096), allowMassRemoval: options.allowMassRemoval });
}

async function rows(registry: Registry) {
  const { rows } = await db.query(
    'select registration_number as number, name, city, country, listed, kind, verification_status as status from nonprofits.nonprofit where registry = $1 order by registration_number',
    [registry],
  );
  return rows as { number: string; name: string; city: string | null; country: string; listed: boolean; kind: string | null; status: string }[];
}

const REGISTRY_COUNTRY = { US_IRS: 'US', GB_CHARITY_COMMISSION: 'GB', IE_CHARITIES_REGULATOR: 'IE', FR_RNA: 'FR' } as const;

describe.each(['US_IRS', 'GB_CHARITY_COMMISSION', 'IE_CHARITIES_REGULATOR', 'FR_RNA'] as const)('a %s load', (registry) => {
  const base: FixtureRow[] = fakeRows(registry, 30, registry.length);
  // Names each format must carry through unchanged: commas, quotes, semicolons, accents.
  base[0]!.name = 'Société "Les Amis", Lyon; Fondation';
  base[1]!.name = 'Ünïcode & Sons Trust';

  it('adds every record and reports each malformed line with its number and reason, cut into small chunks', async () => {
    const summary = await load(registry, fileFor(registry, base, MALFORMED[registry]), { chunkSize: 7 });
    expect(summary).toMatchObject({ added: 30, changed: 0, removed: 0, rejected: 3, duplicates: 0 });
    expect(summary.read).toBe(33);
    expect(summary.rejections).toHaveLength(3);
    for (const rejection of summary.rejections) {
      expect(rejection.line).toBeGreaterThan(1);
      expect(rejection.reason.length).toBeGreaterThan(5);
    }
    const stored = await rows(registry);
    expect(stored).toHaveLength(30);
    expect(stored.every((r) => r.country === REGISTRY_COUNTRY[registry] && r.listed && r.status === 'UNVERIFIED')).toBe(true);
    expect(stored.find((r) => r.number === base[0]!.number)!.name).toBe('Société "Les Amis", Lyon; Fondation');
    expect(stored.find((r) => r.number === base[1]!.number)!.name).toBe('Ünïcode & Sons Trust');
  });

  it('applies a newer file: additions, changes and removals, and nothing for what did not change', async () => {
    const newer = base.map((row) => ({ ...row }));
    newer[2]!.name = 'Renamed Community Trust';
    newer[3]!.listed = false; // removed, deregistered or dissolved (left out of Pub 78)
    newer.splice(4, 1); // no longer in the file at all
    newer.push({ number: fakeRows(registry, 31, 99)[30]!.number, name: 'Brand New Foundation', city: 'Cork', listed: true, kind: 'PC' });
    const summary = await load(registry, fileFor(registry, newer));
    expect(summary).toMatchObject({ added: 1, changed: 1, removed: 2, rejected: 0 });
    const stored = await rows(registry);
    expect(stored).toHaveLength(31);
    expect(stored.find((r) => r.number === base[2]!.number)!.name).toBe('Renamed Community Trust');
    expect(stored.find((r) => r.number === base[3]!.number)!.listed).toBe(false);
    expect(stored.find((r) => r.number === base[4]!.number)!.listed).toBe(false);

    const again = await load(registry, fileFor(registry, newer));
    expect(again).toMatchObject({ added: 0, changed: 0, removed: 0 });
  });

  it('refuses a file in another format and writes nothing', async () => {
    const before = await rows(registry);
    const other = registry === 'US_IRS' ? 'FR_RNA' : 'US_IRS';
    await expect(load(registry, fileFor(other, fakeRows(other, 150)))).rejects.toThrow(WrongFormatError);
    expect(await rows(registry)).toEqual(before);
  });
});

describe('re-loads and verified nonprofits', () => {
  it('suspends a verified nonprofit its registry no longer lists, and tells the other subgraphs', async () => {
    const registry = 'IE_CHARITIES_REGULATOR';
    const listed = fakeRows(registry, 30, 5).map((row, i) => ({ ...row, number: String(21000000 + i) }));
    await load(registry, fileFor(registry, listed));
    await db.query(`update nonprofits.nonprofit set verification_status = 'VERIFIED', verified_at = now() where registration_number = $1`, [listed[0]!.number]);
    const events: EventEnvelope[] = [];
    const consumer = await platform.runtime.bus.consume({ group: 'load-test', types: ['NonprofitSuspended'], handle: async (e) => void events.push(e) });

    const deregistered = listed.map((row, i) => (i === 0 ? { ...row, listed: false } : row));
    const summary = await load(registry, fileFor(registry, deregistered));
    expect(summary).toMatchObject({ removed: 1, suspended: 1 });
    const [row] = (await rows(registry)).filter((r) => r.number === listed[0]!.number);
    expect(row).toMatchObject({ listed: false, status: 'SUSPENDED' });

    const deadline = Date.now() + 5000;
    while (events.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await consumer.close();
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ cause: 'REGISTRY', reason: expect.stringContaining('Charities Regulator') });
  });

  it('refuses a file that would unlist much of the register (a truncated file), unless told the register shrank', async () => {
    const registry = 'FR_RNA';
    const many = fakeRows(registry, 400, 11).map((row, i) => ({ ...row, number: `W76${String(i).padStart(7, '0')}` }));
    await load(registry, fileFor(registry, many));
    const before = await rows(registry);
    await expect(load(registry, fileFor(registry, many.slice(0, 100)))).rejects.toThrow(MassRemovalError);
    expect(await rows(registry)).toEqual(before);
    const allowed = await load(registry, fileFor(registry, many.slice(0, 100)), { allowMassRemoval: true });
    expect(allowed.removed).toBe(300);
  });

  it('counts a repeated registration number once', async () => {
    const registry = 'US_IRS';
    const [row] = fakeRows(registry, 1, 3).map((r) => ({ ...r, number: '990000001' }));
    const summary = await load(registry, fileFor(registry, [row!, { ...row!, name: 'Second Copy' }]));
    expect(summary).toMatchObject({ added: 1, duplicates: 1 });
    expect((await rows(registry)).find((r) => r.number === '990000001')!.name).toBe(row!.name);
  });

  it('stores names as written, backslashes and all', async () => {
    const registry = 'US_IRS';
    await load(registry, fileFor(registry, [{ number: '990000003', name: 'Back\\slash \\N Trust', city: 'Austin', listed: true, kind: 'PC' }]), { allowMassRemoval: true });
    expect((await rows(registry)).find((r) => r.number === '990000003')!.name).toBe('Back\\slash \\N Trust');
  });

  it('refuses to run beside another load of the same registry, and clears what a dead load left', async () => {
    const registry = 'GB_CHARITY_COMMISSION';
    await db.query('create unlogged table nonprofits.registry_load_gb_charity_commission_1_1 (x int)');
    const other = new pg.Client({ connectionString: platform.databaseUrl });
    await other.connect();
    await other.query('select pg_advisory_lock(hashtext($1))', [`givegraph:registry-load:${registry}`]);
    await expect(load(registry, fileFor(registry, fakeRows(registry, 3, 8)))).rejects.toThrow(LoadInProgressError);
    await other.end();
    await load(registry, fileFor(registry, fakeRows(registry, 3, 8).map((r, i) => ({ ...r, number: String(1200000 + i) }))), { allowMassRemoval: true });
    const { rows: left } = await db.query(`select tablename from pg_tables where schemaname = 'nonprofits' and tablename like 'registry_load%'`);
    expect(left).toEqual([]);
  });

  it('keeps a US_IRS organisation whose deductibility code the platform does not accept: the registry check judges it, not the load', async () => {
    const registry = 'US_IRS';
    const summary = await load(registry, fileFor(registry, [{ number: '990000002', name: 'Foreign Org', city: 'Paris', listed: true, kind: 'FORGN' }]));
    expect(summary.added).toBe(1);
    const stored = (await rows(registry)).find((r) => r.number === '990000002');
    expect(stored!.kind).toBe('FORGN');
  });
});
