// Sends GraphQL over HTTP as the apps do.

export interface GraphQLResult<TData = Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any shape
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  token?: string;
  platform?: string;
  headers?: Record<string, string>;
  operationName?: string;
}

export async function graphql<TData = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any shape
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResult<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.platform) headers['x-client-platform'] = options.platform;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName: options.operationName }) });
  const body = (await response.json()) as Omit<GraphQLResult<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** The codes of a result's errors, in order. */
export const codes = (result: GraphQLResult): unknown[] => (result.errors ?? []).map((e) => e.extensions?.['code']);
