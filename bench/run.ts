// `npm run bench -- <name>`: benchmarks, each printing its figures beside a baseline measured in the same run.
import { benchGateway } from './gateway.ts';
import { benchRegistry } from './registry.ts';
import { benchFundraiserPage } from './fundraiser-page.ts';
import { benchDonations } from './donations.ts';
import { benchLive } from './live.ts';
import { benchReports } from './reports.ts';

const BENCHES: Record<string, () => Promise<void>> = { gateway: benchGateway, registry: benchRegistry, 'fundraiser-page': benchFundraiserPage, donations: benchDonations, live: benchLive, reports: benchReports };

const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !BENCHES[n])) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>`);
  process.exit(2);
}
for (const name of names) await BENCHES[name]!();
