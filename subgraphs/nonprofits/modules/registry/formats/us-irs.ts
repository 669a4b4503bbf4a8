// IRS Publication 78 data: pipe-delimited, no header:
// EIN|Legal Name|City|State|Country|Deductibility Status
import { clean, nameProblem, orNull, type ParsedEntry, type RegistryFormat } from './format.ts';
import { readLines } from './lines.ts';

export const usIrs: RegistryFormat = {
  registry: 'US_IRS',
  country: 'US',
  async *parse(chunks): AsyncGenerator<ParsedEntry[]> {
    for await (const batch of readLines(chunks)) {
      const out: ParsedEntry[] = [];
      for (const { line, text } of batch) {
        if (text.trim() === '') continue;
        const fields = text.split('|');
        if (fields.length !== 6) {
          out.push({ line, error: `expected 6 fields separated by "|", found ${fields.length}` });
          continue;
        }
        const [ein, name, city, , , status] = fields as [string, string, string, string, string, string];
        const number = clean(ein);
        if (!/^\d{9}$/.test(number)) {
          out.push({ line, error: `EIN "${number}" is not 9 digits` });
          continue;
        }
        const legalName = clean(name);
        const problem = nameProblem(legalName, 'the legal name');
        if (problem) {
          out.push({ line, error: problem });
          continue;
        }
        // Publication 78 lists only organisations that can receive deductible gifts today.
        out.push({ line, record: { registrationNumber: number, name: legalName, city: orNull(city), website: null, kind: orNull(status), listed: true } });
      }
      yield out;
    }
  },
};
