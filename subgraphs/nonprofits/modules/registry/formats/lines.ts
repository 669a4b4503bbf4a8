// Lines of a text stream, with their numbers, one at a time.

export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    rest += chunk;
    let at: number;
    while ((at = rest.indexOf('\n')) >= 0) {
      line++;
      yield { line, text: rest.slice(0, at).replace(/\r$/, '') };
      rest = rest.slice(at + 1);
    }
  }
  if (rest !== '') yield { line: line + 1, text: rest.replace(/\r$/, '') };
}
