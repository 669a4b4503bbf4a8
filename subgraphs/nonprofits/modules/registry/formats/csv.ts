// A streaming CSV reader: quoted fields (with doubled quotes, delimiters and line breaks inside),
// CRLF or LF, any one-character delimiter. Yields the records of each chunk, each with the line it
// starts on; memory stays at one chunk however large the file.

export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed (an unterminated quote at the end of the file). */
  error?: string;
}

export async function* readCsv(chunks: AsyncIterable<string>, delimiter = ','): AsyncGenerator<CsvRecord[]> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // just read the closing quote of a field
  let line = 1;
  let recordLine = 1;
  let recordHasContent = false;

  for await (const chunk of chunks) {
    const batch: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (quoted) {
        if (c === '"') {
          if (chunk[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === chunk.length) {
            // The quote may be doubled at the start of the next chunk: decide there.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (afterQuote && c === '"') {
        // "" split across two chunks: an escaped quote after all.
        field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === '"' && field === '') {
        quoted = true;
        recordHasContent = true;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        recordHasContent = true;
      } else if (c === '\n') {
        if (field.endsWith('\r')) field = field.slice(0, -1);
        if (recordHasContent || field !== '') {
          fields.push(field);
          batch.push({ line: recordLine, fields });
        }
        fields = [];
        field = '';
        recordHasContent = false;
        line++;
        recordLine = line;
      } else {
        field += c;
        recordHasContent = true;
      }
    }
    if (batch.length > 0) yield batch;
  }
  if (quoted) {
    fields.push(field);
    yield [{ line: recordLine, fields, error: 'a quoted field is never closed' }];
  } else if (recordHasContent || field !== '') {
    if (field.endsWith('\r')) field = field.slice(0, -1);
    fields.push(field);
    yield [{ line: recordLine, fields }];
  }
}
