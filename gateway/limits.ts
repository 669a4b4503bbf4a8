// Operation limits: a document too deep, with too many aliases or too many fields is refused before
// any subgraph is called (OPERATION_TOO_COMPLEX). Defaults fit every contract document with room.
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export interface OperationLimits {
  /** Nesting of selections, fragments included. Default 15. */
  maxDepth: number;
  /** Aliased fields in the whole operation. Default 30. */
  maxAliases: number;
  /** Fields selected in the whole operation, fragments expanded. Default 1,000. */
  maxFields: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 15, maxAliases: 30, maxFields: 1000 };

export function measureOperation(document: DocumentNode, operationName?: string | null): { depth: number; aliases: number; fields: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const totals = { depth: 0, aliases: 0, fields: 0 };
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>) => {
    totals.depth = Math.max(totals.depth, depth);
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        totals.fields += 1;
        if (s.alias) totals.aliases += 1;
        if (s.selectionSet) walk(s.selectionSet, depth + 1, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, depth, seen);
      } else {
        const fragment = fragments.get(s.name.value);
        if (fragment && !seen.has(s.name.value)) walk(fragment.selectionSet, depth, new Set([...seen, s.name.value]));
      }
      if (totals.fields > 100_000) return; // already far past any limit
    }
  };
  if (operation && operation.kind === Kind.OPERATION_DEFINITION) walk(operation.selectionSet, 1, new Set());
  return totals;
}

export function operationLimitsPlugin<TContext extends object>(limits: OperationLimits = DEFAULT_LIMITS): ApolloServerPlugin<TContext> {
  // Apollo hands the same parsed document to every request with the same text: measure each once.
  const measured = new WeakMap<DocumentNode, Map<string, ReturnType<typeof measureOperation>>>();
  const measure = (document: DocumentNode, operationName: string | null | undefined) => {
    let byName = measured.get(document);
    if (!byName) measured.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let m = byName.get(key);
    if (!m) byName.set(key, (m = measureOperation(document, operationName)));
    return m;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName }) {
          const m = measure(document, operationName);
          const over =
            m.depth > limits.maxDepth ? `is nested ${m.depth} deep (at most ${limits.maxDepth})`
            : m.aliases > limits.maxAliases ? `has ${m.aliases} aliases (at most ${limits.maxAliases})`
            : m.fields > limits.maxFields ? `selects ${m.fields} fields (at most ${limits.maxFields})`
            : undefined;
          if (over) {
            throw new GraphQLError(`This operation ${over}`, { extensions: { code: 'OPERATION_TOO_COMPLEX', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
