// Streams the elements of a top-level JSON array (the Charity Commission's extract is one large
// array of objects) without holding the array: each element's text, with the line it starts on,
// is handed on to be parsed alone. A malformed element stays one bad element.

export interface JsonElement {
  line: number;
  text: string;
}

export class NotAJsonArrayError extends Error {}

export async function* readJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<JsonElement[]> {
  let started = false;
  let ended = false;
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let current = '';
  let line = 1;
  let elementLine = 1;

  for await (const chunk of chunks) {
    const batch: JsonElement[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === '\n') line++;
      if (!started) {
        if (c === '[') started = true;
        else if (c === '\uFEFF' || /\s/.test(c)) continue;
        else throw new NotAJsonArrayError('the file does not start with a JSON array');
        continue;
      }
      if (ended) {
        if (!/\s/.test(c)) throw new NotAJsonArrayError(`unexpected text after the array on line ${line}`);
        continue;
      }
      if (inString) {
        current += c;
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (depth === 0 && (c === ',' || c === ']')) {
        if (current.trim() !== '') batch.push({ line: elementLine, text: current });
        current = '';
        if (c === ']') ended = true;
        continue;
      }
      if (depth === 0 && current.trim() === '' && /\s/.test(c)) {
        if (c === '\n') elementLine = line;
        continue;
      }
      if (current === '') elementLine = line;
      current += c;
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth = Math.max(0, depth - 1);
    }
    if (batch.length > 0) yield batch;
  }
  if (!started) throw new NotAJsonArrayError('the file does not start with a JSON array');
  // A truncated file: its last element is yielded as it is, and fails to parse on its own.
  if (!ended && current.trim() !== '') yield [{ line: elementLine, text: current }];
}
