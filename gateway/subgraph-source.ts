// How the gateway calls a subgraph: over keep-alive connections (Node's fetch), with the viewer
// signed into a header that only the gateway and the subgraphs can produce.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { VIEWER_HEADER } from '../kit/viewer.ts';
import type { GatewayContext } from './context.ts';

export class SignedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(name: string, url: string) {
    super({ url, fetcher: globalThis.fetch as unknown as Fetcher });
    this.name = name;
  }

  readonly name: string;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Apollo's own health and schema requests carry no context; subgraphs refuse them, as they should.
    if ('signedIdentity' in context) request.http?.headers.set(VIEWER_HEADER, context.signedIdentity);
  }
}
