// `npm run report -- --from <date> --to <date> --group-by day,source [--fundraiser ID]... --format csv|table`
// Sends the contract's CampaignReport document to the gateway as an analyst and writes the figures
// as CSV (for a spreadsheet) or a table. A date without a time is a whole UTC day: --to includes it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dimensionColumnCount, reportTable, toCsv, toText, type ReportData } from './report-format.ts';

const USAGE = `usage: npm run report -- --from <YYYY-MM-DD|ISO time> --to <YYYY-MM-DD|ISO time> --group-by <day,source,country,platform,fundraiser,nonprofit,prompted>
       [--fundraiser ID]... [--nonprofit ID]... [--campaign ID] [--country CC]... [--platform P]... [--source S]...
       [--format csv|table] [--url http://localhost:4000/graphql]
Authentication: GIVEGRAPH_TOKEN (an analyst's or admin's token), or GIVEGRAPH_EMAIL and GIVEGRAPH_PASSWORD to sign in.`;

class UsageError extends Error {}
const DIMENSIONS = ['DAY', 'SOURCE', 'COUNTRY', 'PLATFORM', 'FUNDRAISER', 'NONPROFIT', 'PROMPTED'];

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' }, to: { type: 'string' }, 'group-by': { type: 'string', default: '' },
        fundraiser: { type: 'string', multiple: true }, nonprofit: { type: 'string', multiple: true }, campaign: { type: 'string' },
        country: { type: 'string', multiple: true }, platform: { type: 'string', multiple: true }, source: { type: 'string', multiple: true },
        format: { type: 'string', default: 'table' }, url: { type: 'string' }, help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) return { code: 0, out: `${USAGE}\n`, err: '' };
    if (!values.from || !values.to) throw new UsageError('--from and --to are required');
    if (values.format !== 'csv' && values.format !== 'table') throw new UsageError('--format is csv or table');
    const groupBy = values['group-by'].split(',').map((d) => d.trim().toUpperCase()).filter(Boolean);
    const unknown = groupBy.find((d) => !DIMENSIONS.includes(d));
    if (unknown) throw new UsageError(`unknown dimension ${unknown.toLowerCase()}`);
    const filter = {
      from: instant(values.from, false), to: instant(values.to, true),
      fundraiserIds: values.fundraiser, nonprofitIds: values.nonprofit, matchingCampaignId: values.campaign,
      countries: values.country, platforms: values.platform?.map((p) => p.toUpperCase()), sources: values.source?.map((s) => s.toUpperCase()),
    };
    const url = values.url ?? env['GIVEGRAPH_URL'] ?? 'http://localhost:4000/graphql';
    const token = env['GIVEGRAPH_TOKEN'] ?? (await signIn(url, env));
    const document = readFileSync(new URL('./campaign-report.graphql', import.meta.url), 'utf8');
    const result = await send(url, document, { filter, groupBy }, token);
    const report = result.data?.['campaignReport'] as ReportData | undefined;
    if (!report) return { code: 1, out: '', err: `report failed: ${describe(result.errors)}\n` };
    const table = reportTable(report, groupBy);
    const share = report.promptedShare === null ? 'no donations' : `${(report.promptedShare * 100).toFixed(1)}% prompted`;
    return values.format === 'csv'
      ? { code: 0, out: toCsv(table), err: `${share}\n` }
      : { code: 0, out: `${toText(table, dimensionColumnCount(groupBy))}\n${share}\n`, err: '' };
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return { code: 2, out: '', err: `${(error as Error).message}\n${USAGE}\n` };
    }
    return { code: 1, out: '', err: `report failed: ${(error as Error).message}\n` };
  }
}

/** A calendar date is midnight UTC; as the end of a period it means the end of that day. */
function instant(value: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) throw new UsageError(`not a date: ${value}`);
    if (end) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  }
  if (Number.isNaN(Date.parse(value))) throw new UsageError(`not a date or time: ${value}`);
  return new Date(value).toISOString();
}

interface Result { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] }

async function send(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result;
}

async function signIn(url: string, env: NodeJS.ProcessEnv): Promise<string> {
  const email = env['GIVEGRAPH_EMAIL'];
  const password = env['GIVEGRAPH_PASSWORD'];
  if (!email || !password) throw new UsageError('set GIVEGRAPH_TOKEN, or GIVEGRAPH_EMAIL and GIVEGRAPH_PASSWORD');
  const result = await send(url, 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email, password } });
  const token = (result.data?.['signIn'] as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`sign-in failed: ${describe(result.errors)}`);
  return token;
}

const describe = (errors: Result['errors']) => (errors ?? []).map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`).join('; ') || 'no answer';

if (import.meta.main) {
  const { code, out, err } = await main(process.argv.slice(2), process.env);
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = code;
}
