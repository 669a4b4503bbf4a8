// Errors as clients see them from the gateway: contract codes only, a bad variable named by its
// field, a failed subgraph named by its service but never by its address, details masked in production.
import type { GraphQLFormattedError } from 'graphql';
import { formatClientError } from '../kit/errors.ts';
import { SERVICE_UNAVAILABLE } from './subgraph-source.ts';

export function formatGatewayError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.['field'] === undefined) {
    const field = fieldOfCoercionError(formatted.message);
    if (field) formatted = { ...formatted, extensions: { ...formatted.extensions, field } };
  }
  const service = formatted.extensions?.['serviceName'];
  if (code === SERVICE_UNAVAILABLE && typeof service === 'string') {
    // A subgraph that could not be reached: its fields are null, the rest of the response stands.
    return {
      message: `The ${service} service is unavailable`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', service },
    };
  }
  const { serviceName: _service, ...extensions } = formatted.extensions ?? {};
  return formatClientError({ ...formatted, extensions }, production);
}

/**
 * graphql-js reports a variable that does not fit its type in prose: `Variable "$input" got invalid
 * value ... at "input.dateOfBirth"; ...` or `Field "password" of required type "String!" was not
 * provided`. The contract wants the field named, so read it from there.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const path = at ? at.split('.').slice(1) : [];
  const inner = /Field "([^"]+)" (?:of required type|is not defined)/.exec(message)?.[1];
  if (inner) path.push(inner);
  return path.length ? path.join('.').replace(/\[\d+\]/g, '') : variable;
}
