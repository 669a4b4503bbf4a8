// A second subgraph for gateway tests that need one (partial results when a service is down)
// before the platform's other subgraphs exist. It extends User with a field of its own.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export const BADGES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { badgeOfTheDay: String }
  type User @key(fields: "id") { id: ID! badge: String }
`;

export async function startBadgesSubgraph(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{
      typeDefs: parse(BADGES_SDL),
      resolvers: {
        Query: { badgeOfTheDay: () => 'early-supporter' },
        User: { badge: (user: { id: string }) => `badge-${user.id.slice(0, 4)}` },
      },
    }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
