// The Charity Commission's register extract: a JSON array of objects with registered_charity_number,
// linked_charity_number (0 for the main charity), charity_name, charity_registration_status
// (Registered or Removed), date_of_registration, date_of_removal, charity_contact_web.
import { WrongFormatError, nameProblem, clean, orNull, type ParsedEntry, type RegistryFormat } from './format.ts';
import { NotAJsonArrayError, readJsonArray } from './json-array.ts';

export const gbCharityCommission: RegistryFormat = {
  registry: 'GB_CHARITY_COMMISSION',
  country: 'GB',
  async *parse(chunks): AsyncGenerator<ParsedEntry[]> {
    try {
      for await (const batch of readJsonArray(chunks)) {
        const out: ParsedEntry[] = [];
        for (const { line, text } of batch) {
          let row: Record<string, unknown>;
          try {
            row = JSON.parse(text) as Record<string, unknown>;
          } catch {
            out.push({ line, error: 'not a valid JSON object' });
            continue;
          }
          if (typeof row !== 'object' || row === null || Array.isArray(row)) {
            out.push({ line, error: 'not a JSON object' });
            continue;
          }
          const number = clean(String(row['registered_charity_number'] ?? ''));
          if (!/^\d{4,8}$/.test(number)) {
            out.push({ line, error: `registered_charity_number "${number}" is not a charity number` });
            continue;
          }
          const linked = Number(row['linked_charity_number'] ?? 0);
          if (linked !== 0) {
            out.push({ line, skipped: 'a linked charity (subsidiary) of a registered charity' });
            continue;
          }
          const name = clean(String(row['charity_name'] ?? ''));
          const problem = nameProblem(name, 'charity_name');
          if (problem) {
            out.push({ line, error: problem });
            continue;
          }
          const status = clean(String(row['charity_registration_status'] ?? ''));
          if (status !== 'Registered' && status !== 'Removed') {
            out.push({ line, error: `charity_registration_status "${status}" is neither Registered nor Removed` });
            continue;
          }
          const web = typeof row['charity_contact_web'] === 'string' ? orNull(row['charity_contact_web']) : null;
          out.push({ line, record: { registrationNumber: number, name, city: null, website: web, kind: null, listed: status === 'Registered' } });
        }
        yield out;
      }
    } catch (error) {
      if (error instanceof NotAJsonArrayError) throw new WrongFormatError(`not a Charity Commission JSON extract: ${error.message}`);
      throw error;
    }
  },
};
