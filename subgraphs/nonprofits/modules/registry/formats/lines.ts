// Lines of a text stream, with their numbers, a chunk's worth at a time (one await per chunk,
// not per line: a million lines cost microseconds each otherwise).

export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }[]> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    const batch: { line: number; text: string }[] = [];
    let from = 0;
    let at: number;
    while ((at = text.indexOf('\n', from)) >= 0) {
      line++;
      batch.push({ line, text: text.slice(from, at > from && text.charCodeAt(at - 1) === 13 ? at - 1 : at) });
      from = at + 1;
    }
    rest = text.slice(from);
    if (batch.length > 0) yield batch;
  }
  if (rest !== '') yield [{ line: line + 1, text: rest.replace(/\r$/, '') }];
}
