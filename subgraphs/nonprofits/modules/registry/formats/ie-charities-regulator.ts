// The Charities Regulator's register: CSV with the header
// Registered Charity Number,Registered Charity Name,Status,Address,Country Established
import { WrongFormatError, nameProblem, clean, orNull, type ParsedEntry, type RegistryFormat } from './format.ts';
import { readCsv } from './csv.ts';

const HEADER = ['Registered Charity Number', 'Registered Charity Name', 'Status', 'Address', 'Country Established'];

export const ieCharitiesRegulator: RegistryFormat = {
  registry: 'IE_CHARITIES_REGULATOR',
  country: 'IE',
  async *parse(chunks): AsyncGenerator<ParsedEntry[]> {
    let header = true;
    for await (const batch of readCsv(chunks, ',')) {
      const out: ParsedEntry[] = [];
      for (const { line, fields, error } of batch) {
        if (header) {
          header = false;
          const names = fields.map((f) => clean(f.replace(/^\uFEFF/, '')));
          if (names.length !== HEADER.length || names.some((n, i) => n !== HEADER[i])) {
            throw new WrongFormatError(`not a Charities Regulator CSV: the header must be "${HEADER.join(',')}"`);
          }
          continue;
        }
        if (error) {
          out.push({ line, error });
          continue;
        }
        if (fields.length !== HEADER.length) {
          out.push({ line, error: `expected ${HEADER.length} columns, found ${fields.length}` });
          continue;
        }
        const [rcn, name, status, address] = fields.map(clean) as [string, string, string, string];
        if (!/^\d{4,8}$/.test(rcn)) {
          out.push({ line, error: `Registered Charity Number "${rcn}" is not a charity number` });
          continue;
        }
        const problem = nameProblem(name, 'Registered Charity Name');
        if (problem) {
          out.push({ line, error: problem });
          continue;
        }
        if (status !== 'Registered' && status !== 'Deregistered') {
          out.push({ line, error: `Status "${status}" is neither Registered nor Deregistered` });
          continue;
        }
        // The address is free text; its last part is the town or county.
        const city = orNull(address.split(',').at(-1));
        out.push({ line, record: { registrationNumber: rcn, name, city, website: null, kind: null, listed: status === 'Registered' } });
      }
      yield out;
    }
    if (header) throw new WrongFormatError('the file is empty');
  },
};
