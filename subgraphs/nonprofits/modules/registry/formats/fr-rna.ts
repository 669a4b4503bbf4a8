// The RNA "waldec" export: ";"-separated CSV with a header; the columns used are id (W and 9
// digits), titre, adrs_libcommune and position (A active, D dissolved, S deleted).
import { WrongFormatError, nameProblem, clean, orNull, type ParsedEntry, type RegistryFormat } from './format.ts';
import { readCsv } from './csv.ts';

const REQUIRED = ['id', 'titre', 'adrs_libcommune', 'position'] as const;
type Columns = Record<(typeof REQUIRED)[number], number>;

export const frRna: RegistryFormat = {
  registry: 'FR_RNA',
  country: 'FR',
  async *parse(chunks): AsyncGenerator<ParsedEntry[]> {
    let columns: Columns | undefined;
    let width = 0;
    for await (const batch of readCsv(chunks, ';')) {
      const out: ParsedEntry[] = [];
      for (const { line, fields, error } of batch) {
        if (!columns) {
          const names = fields.map((f) => clean(f.replace(/^\uFEFF/, '')).toLowerCase());
          const missing = REQUIRED.filter((name) => !names.includes(name));
          if (missing.length) throw new WrongFormatError(`not an RNA waldec CSV: the header lacks ${missing.join(', ')}`);
          columns = Object.fromEntries(REQUIRED.map((name) => [name, names.indexOf(name)])) as Columns;
          width = names.length;
          continue;
        }
        if (error) {
          out.push({ line, error });
          continue;
        }
        if (fields.length !== width) {
          out.push({ line, error: `expected ${width} columns, found ${fields.length}` });
          continue;
        }
        const id = clean(fields[columns.id]).toUpperCase();
        if (!/^W\d{9}$/.test(id)) {
          out.push({ line, error: `id "${id}" is not an RNA number (W and 9 digits)` });
          continue;
        }
        const name = clean(fields[columns.titre]);
        const problem = nameProblem(name, 'titre');
        if (problem) {
          out.push({ line, error: problem });
          continue;
        }
        const position = clean(fields[columns.position]).toUpperCase();
        if (!['A', 'D', 'S'].includes(position)) {
          out.push({ line, error: `position "${position}" is not A, D or S` });
          continue;
        }
        out.push({ line, record: { registrationNumber: id, name, city: orNull(fields[columns.adrs_libcommune]), website: null, kind: null, listed: position === 'A' } });
      }
      yield out;
    }
    if (!columns) throw new WrongFormatError('the file is empty');
  },
};
