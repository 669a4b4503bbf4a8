// Composes the subgraphs' SDLs into the supergraph the gateway serves. `npm run compose` writes
// schema/supergraph.graphql, committed so that every schema change is a readable diff; a test
// fails when the committed file drifts from the SDLs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type GraphQLSchema } from 'graphql';
import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES, loadConfig } from '../kit/config.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
export const SUPERGRAPH_PATH = here('./supergraph.graphql');

export const readSubgraphSdl = (name: string): string => readFileSync(here(`./${name}.graphql`), 'utf8');

export interface Composed {
  supergraphSdl: string;
  /** The schema clients see (federation's machinery removed). */
  apiSchema: GraphQLSchema;
}

export function composeSupergraph(
  sdls: Record<string, string> = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, readSubgraphSdl(n)])),
  // The URLs written in the file are the embedded defaults; the gateway maps each name to its configured URL.
  urls: Record<string, string> = loadConfig({}).subgraphUrls,
): Composed {
  const result = composeServices(
    Object.entries(sdls).map(([name, sdl]) => ({ name, url: urls[name] ?? `http://127.0.0.1/${name}/graphql`, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: result.supergraphSdl, apiSchema: result.schema.toAPISchema().toGraphQLJSSchema() };
}

export const readCommittedSupergraph = (): string => readFileSync(SUPERGRAPH_PATH, 'utf8');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { supergraphSdl } = composeSupergraph();
  writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}
