// The campaign report as a spreadsheet wants it: one line per row, the grouped dimensions first,
// then each figure per currency (`raised USD`, `raised GBP`…) in major units, then the counts; a
// last line for the total. CSV (RFC 4180 quoting) or an aligned text table.
import { MINOR_UNIT_EXPONENT, isCurrency } from '../kit/money.ts';

interface Money { amount: number; currency: string }
interface Figures { raised: Money[]; matched: Money[]; refunded: Money[]; donationCount: number; donorCount: number }
export interface ReportData {
  rows: (Figures & Record<string, unknown>)[];
  total: Figures;
  promptedShare: number | null;
}

const DIMENSION_COLUMNS: Record<string, (row: Record<string, unknown>) => string[]> = {
  DAY: (r) => [String(r['day'] ?? '')],
  SOURCE: (r) => [String(r['source'] ?? '')],
  COUNTRY: (r) => [String(r['country'] ?? '')],
  PLATFORM: (r) => [String(r['platform'] ?? '')],
  PROMPTED: (r) => [r['prompted'] === null || r['prompted'] === undefined ? '' : String(r['prompted'])],
  FUNDRAISER: (r) => {
    const f = r['fundraiser'] as { id: string; title: string | null } | null;
    return [f?.id ?? '', f?.title ?? ''];
  },
  NONPROFIT: (r) => {
    const n = r['nonprofit'] as { id: string; name: string | null } | null;
    return [n?.id ?? '', n?.name ?? ''];
  },
};
const DIMENSION_HEADERS: Record<string, string[]> = {
  DAY: ['day'], SOURCE: ['source'], COUNTRY: ['country'], PLATFORM: ['platform'], PROMPTED: ['prompted'],
  FUNDRAISER: ['fundraiser id', 'fundraiser'], NONPROFIT: ['nonprofit id', 'nonprofit'],
};
const FIGURES = ['raised', 'matched', 'refunded'] as const;

/** How many leading columns the grouped dimensions take (a fundraiser or nonprofit takes two: id and name). */
export const dimensionColumnCount = (groupBy: readonly string[]) => groupBy.reduce((n, d) => n + (DIMENSION_HEADERS[d]?.length ?? 1), 0);

/** The report as a header and lines of cells. */
export function reportTable(report: ReportData, groupBy: readonly string[]): string[][] {
  const currencies = [...new Set([...report.total.raised, ...report.rows.flatMap((r) => r.raised)].map((m) => m.currency))].sort();
  const header = [
    ...groupBy.flatMap((d) => DIMENSION_HEADERS[d] ?? [d.toLowerCase()]),
    ...FIGURES.flatMap((f) => currencies.map((c) => `${f} ${c}`)),
    'donations', 'donors',
  ];
  const figures = (row: Figures) => [
    ...FIGURES.flatMap((f) => currencies.map((c) => majorUnits(row[f].find((m) => m.currency === c), c))),
    String(row.donationCount), String(row.donorCount),
  ];
  const lines = report.rows.map((row) => [...groupBy.flatMap((d) => DIMENSION_COLUMNS[d]?.(row) ?? ['']), ...figures(row)]);
  const total = [...Array.from({ length: dimensionColumnCount(groupBy) }, (_, i) => (i === 0 ? 'total' : '')), ...figures(report.total)];
  return [header, ...lines, total];
}

/** "12.34" for 1234 cents, "1500" for 1,500 yen; empty when the currency is absent. */
export function majorUnits(money: Money | undefined, currency: string): string {
  if (!money) return '';
  const exponent = isCurrency(currency) ? MINOR_UNIT_EXPONENT[currency] : 2;
  const sign = money.amount < 0 ? '-' : '';
  const digits = String(Math.abs(money.amount)).padStart(exponent + 1, '0');
  return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export function toCsv(table: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return table.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Columns padded to their widest cell; figures right-aligned. */
export function toText(table: string[][], numericFrom: number): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => (line[i] ?? '').length)));
  const render = (line: string[]) => line.map((value, i) => (i >= numericFrom ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))).join('  ').trimEnd();
  const [header, ...rest] = table;
  return [render(header!), widths.map((w) => '-'.repeat(w)).join('  '), ...rest.map(render)].join('\n') + '\n';
}
