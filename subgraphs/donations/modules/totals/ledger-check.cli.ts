// `npm run ledger:check`: every fundraiser's totals recomputed from the ledger and the donations,
// compared with what the platform serves. Exit 0 with no difference, 1 with any (each printed),
// 2 for a bad setting.
import { ConfigError, loadConfig } from '../../../../kit/config.ts';
import { DatabaseInUseError, openDatabase } from '../../../../kit/db/database.ts';
import { openOrmFor } from '../../../../kit/subgraph.ts';
import { donationsSubgraph } from '../../index.ts';
import { checkLedger } from './ledger-check.ts';

async function main(): Promise<number> {
  const database = await openDatabase(loadConfig());
  const orm = await openOrmFor(donationsSubgraph, database);
  try {
    const started = performance.now();
    const { fundraisers, differences } = await checkLedger(orm.em.fork());
    for (const d of differences) {
      console.log(`fundraiser ${d.fundraiserId}: ${d.field} served ${d.served}, from the ledger ${d.fromLedger}, from the donations ${d.fromDonations}`);
    }
    console.log(`ledger:check: ${fundraisers} fundraisers, ${differences.length} differences (${((performance.now() - started) / 1000).toFixed(1)}s)`);
    return differences.length === 0 ? 0 : 1;
  } finally {
    await orm.close();
    if (database.kind === 'pglite') await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
    console.error(`ledger:check: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error('ledger:check failed:', error);
    process.exitCode = 1;
  }
}
