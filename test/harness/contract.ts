// The operations the real clients send, read from ../shared/contract (never copied): one named
// operation at a time, with the fragments it spreads.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, validate, visit, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';

export const CONTRACT_DIR = process.env['CONTRACT_DIR']
  ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/contract');

export interface ContractOperation {
  /** e.g. `mobile/accounts.graphql` */
  file: string;
  name: string;
  document: DocumentNode;
  text: string;
}

let cache: Map<string, ContractOperation> | undefined;

export function contractOperations(): Map<string, ContractOperation> {
  if (cache) return cache;
  cache = new Map();
  for (const folder of readdirSync(CONTRACT_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const entry of readdirSync(join(CONTRACT_DIR, folder.name))) {
      if (!entry.endsWith('.graphql')) continue;
      const file = `${folder.name}/${entry}`;
      const whole = parse(readFileSync(join(CONTRACT_DIR, file), 'utf8'));
      const fragments = new Map<string, DefinitionNode>();
      for (const d of whole.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      for (const d of whole.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
        const used = new Set<string>();
        const collect = (node: DefinitionNode) =>
          visit(node, {
            FragmentSpread(spread) {
              if (used.has(spread.name.value)) return;
              used.add(spread.name.value);
              const fragment = fragments.get(spread.name.value);
              if (fragment) collect(fragment);
            },
          });
        collect(d);
        const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [d, ...[...used].flatMap((n) => fragments.get(n) ?? [])] };
        cache.set(d.name.value, { file, name: d.name.value, document, text: print(document) });
      }
    }
  }
  return cache;
}

/** The text of one contract operation, by its name (e.g. `SignUp`). */
export function contract(name: string): string {
  const operation = contractOperations().get(name);
  if (!operation) throw new Error(`No operation ${name} in ${CONTRACT_DIR}`);
  return operation.text;
}

/**
 * graphql-js `validate` plus the check it leaves to execution: the schema has a root type for the
 * operation (a subscription validates vacuously against a schema without a Subscription type).
 */
export function validateOperation(schema: GraphQLSchema, operation: ContractOperation): string[] {
  const errors = validate(schema, operation.document).map((e) => e.message);
  for (const d of operation.document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && !schema.getRootType(d.operation)) {
      errors.push(`The schema has no ${d.operation} type`);
    }
  }
  return errors;
}
