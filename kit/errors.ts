// The error codes of the contract, and the one place that turns any thrown value into a client
// error: known codes pass, anything else becomes INTERNAL_SERVER_ERROR with no stack, SQL or secret.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FEATURE_UNAVAILABLE'
  | 'PAYMENT_DECLINED'
  | 'RATE_LIMITED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'OPERATION_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

const CONTRACT_CODES = new Set<string>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FEATURE_UNAVAILABLE',
  'PAYMENT_DECLINED', 'RATE_LIMITED', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_TOO_COMPLEX', 'INTERNAL_SERVER_ERROR',
]);

export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (field: string, message: string) => clientError('BAD_USER_INPUT', message, { field });
export const conflict = (message: string, field?: string) =>
  clientError('CONFLICT', message, field === undefined ? {} : { field });
export const notFound = (message: string) => clientError('NOT_FOUND', message);
export const forbidden = (message = 'You are not allowed to do this') => clientError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in to do this') => clientError('UNAUTHENTICATED', message);
/** Outside the staged rollout: not yet in the viewer's country, or on the app they use. */
export const featureUnavailable = (message: string) => clientError('FEATURE_UNAVAILABLE', message);
export const rateLimited = (retryAfterSeconds: number) =>
  clientError('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });

/**
 * Keeps contract codes and their client-facing extensions; everything else (a bug, a database
 * error, an unknown code from a library) is masked. Apollo's own parse/validation codes pass.
 */
export function formatClientError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CONTRACT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const masked: GraphQLFormattedError = {
    message: production ? 'Internal server error' : formatted.message,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
  if (formatted.locations) Object.assign(masked, { locations: formatted.locations });
  if (formatted.path) Object.assign(masked, { path: formatted.path });
  return masked;
}
