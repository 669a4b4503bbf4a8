// A list bound as ONE statement parameter: MikroORM spreads a JS array into a list of parameters
// (`in (?, ?, ?)`), so a list for `unnest(?::text[])` goes as PostgreSQL's array literal instead.

/** `{"a","b\"c"}`: every element quoted, backslashes and quotes escaped. */
export const arrayLiteral = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
