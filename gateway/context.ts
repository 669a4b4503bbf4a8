import type { RequestIdentity } from '../kit/viewer.ts';

export interface GatewayContext {
  identity: RequestIdentity;
  /** The identity signed once per request, sent to every subgraph the request reaches. */
  signedIdentity: string;
}
