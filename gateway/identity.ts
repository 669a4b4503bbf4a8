// Authentication, once, at the edge: the bearer token becomes the viewer that the subgraphs trust
// (through the signed header), with the client's platform and address.
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { InvalidTokenError, verifyToken } from '../kit/tokens.ts';
import { PLATFORMS, type Platform, type RequestIdentity } from '../kit/viewer.ts';

export async function identify(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
  options: { jwtSecret: string; trustProxy: boolean },
): Promise<RequestIdentity> {
  const platform = readPlatform(headerValue(headers['x-client-platform']));
  const forwarded = options.trustProxy ? headerValue(headers['x-forwarded-for'])?.split(',')[0]?.trim() : undefined;
  const ip = forwarded || remoteAddress || 'unknown';
  const authorization = headerValue(headers['authorization']);
  if (!authorization) return { viewer: null, platform, ip };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    return { viewer: await verifyToken(match[1], options.jwtSecret), platform, ip };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    throw error;
  }
}

export const identifyRequest = (req: IncomingMessage, options: { jwtSecret: string; trustProxy: boolean }) =>
  identify(req.headers, req.socket.remoteAddress, options);

function readPlatform(value: string | undefined): Platform {
  if (value === undefined || value.trim() === '') return 'WEB';
  const platform = value.trim().toUpperCase();
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    throw new GraphQLError(`X-Client-Platform must be one of ${PLATFORMS.join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'X-Client-Platform', http: { status: 400 } },
    });
  }
  return platform as Platform;
}

const headerValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
