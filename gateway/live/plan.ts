// How a subscription is served: its root field names a topic on the bus (a fundraiser, a nonprofit,
// a broadcast) and a query that reads the same thing now (`fundraiserTotalsNow`...). The client's
// document becomes that query, with the same selection under the same response key, so the gateway
// resolves `fundraiser { title }` or `donation { donor { handle } }` through its own federated
// execution, and the result has the shape the client asked for.
import {
  Kind, OperationTypeNode, getOperationAST, print, valueFromASTUntyped, visit,
  type ArgumentNode, type DocumentNode, type FieldNode, type OperationDefinitionNode, type VariableDefinitionNode,
} from 'graphql';

/** `state`: totals, conflated (the newest wins). `log`: every entry, in order. */
export type TopicKind = 'state' | 'log';

interface RootField {
  /** The query field that reads it now. */
  query: string;
  /** The argument naming the topic. */
  key: string;
  topic: string;
  kind: TopicKind;
  /** Events that change it. */
  events: readonly string[];
}

export const ROOT_FIELDS: Record<string, RootField> = {
  fundraiserTotalsUpdated: { query: 'fundraiserTotalsNow', key: 'fundraiserId', topic: 'fundraiser', kind: 'state', events: ['FundraiserTotalsChanged'] },
  nonprofitTotalsUpdated: { query: 'nonprofitTotalsNow', key: 'nonprofitId', topic: 'nonprofit', kind: 'state', events: ['FundraiserTotalsChanged'] },
  liveDonationReceived: { query: 'liveDonationLog', key: 'broadcastId', topic: 'broadcast', kind: 'log', events: ['LiveDonationReceived'] },
};

/** Added to the root selection so that the gateway always knows the sequence; never sent to clients. */
export const SEQUENCE_KEY = '__givegraphSequence';
/** The log query's window, set by the gateway for each read. */
export const AFTER_VARIABLE = 'givegraphAfter';
export const FIRST_VARIABLE = 'givegraphFirst';

export interface SubscriptionPlan {
  /** `fundraiser:<id>`, `nonprofit:<id>` or `broadcast:<id>`. */
  topic: string;
  kind: TopicKind;
  /** The query to run, printed once (the group key is built from it). */
  query: string;
  /** The variables the query uses (a log's window variables are added per read). */
  variables: Record<string, unknown>;
  responseKey: string;
  /** Log only: the client's `afterSequence`, to replay from. */
  afterSequence: number | null;
}

export class PlanError extends Error {
  override name = 'PlanError';
}

/** The plan for a validated subscription document. */
export function planSubscription(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): SubscriptionPlan {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new PlanError('Unable to identify the operation');
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    throw new PlanError('Queries and mutations go over HTTP (POST /graphql); the WebSocket serves subscriptions');
  }
  const root = operation.selectionSet.selections[0];
  if (operation.selectionSet.selections.length !== 1 || root?.kind !== Kind.FIELD) throw new PlanError('A subscription selects exactly one field');
  const field = ROOT_FIELDS[root.name.value];
  if (!field) throw new PlanError(`No subscription ${root.name.value}`);
  const argument = (name: string) => root.arguments?.find((a) => a.name.value === name);
  const keyArgument = argument(field.key);
  const id = keyArgument ? valueFromASTUntyped(keyArgument.value, variables) : undefined;
  if (typeof id !== 'string' || id.length === 0) throw new PlanError(`${field.key} is required`);
  const after = argument('afterSequence');
  const afterSequence = after ? valueFromASTUntyped(after.value, variables) : null;
  if (afterSequence !== null && afterSequence !== undefined && (typeof afterSequence !== 'number' || !Number.isInteger(afterSequence) || afterSequence < 0)) {
    throw new PlanError('afterSequence is a whole number, 0 or more');
  }

  const args: ArgumentNode[] = [keyArgument!];
  if (field.kind === 'log') args.push(variableArgument('afterSequence', AFTER_VARIABLE), variableArgument('first', FIRST_VARIABLE));
  const rewritten: FieldNode = {
    ...root,
    alias: { kind: Kind.NAME, value: root.alias?.value ?? root.name.value },
    name: { kind: Kind.NAME, value: field.query },
    arguments: args,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [...(root.selectionSet?.selections ?? []), { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: SEQUENCE_KEY }, name: { kind: Kind.NAME, value: 'sequence' } }],
    },
  };
  const windowVariables: VariableDefinitionNode[] = field.kind === 'log' ? [variableDefinition(AFTER_VARIABLE), variableDefinition(FIRST_VARIABLE)] : [];
  const query: OperationDefinitionNode = {
    ...operation,
    operation: OperationTypeNode.QUERY,
    variableDefinitions: [...(operation.variableDefinitions ?? []), ...windowVariables],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [rewritten] },
  };
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const trimmed = dropUnusedVariables({ kind: Kind.DOCUMENT, definitions: [query, ...fragments] });
  const used = new Set((getOperationAST(trimmed)?.variableDefinitions ?? []).map((d) => d.variable.name.value));
  return {
    topic: `${field.topic}:${id}`,
    kind: field.kind,
    query: print(trimmed),
    variables: Object.fromEntries(Object.entries(variables).filter(([name]) => used.has(name))),
    responseKey: root.alias?.value ?? root.name.value,
    afterSequence: typeof afterSequence === 'number' ? afterSequence : null,
  };
}

const variableArgument = (name: string, variable: string): ArgumentNode => ({
  kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: variable } },
});

const variableDefinition = (name: string): VariableDefinitionNode => ({
  kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } }, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'Int' } },
});

/** The argument that named the topic may have been the only use of a variable (afterSequence's is). */
function dropUnusedVariables(document: DocumentNode): DocumentNode {
  const used = new Set<string>();
  visit(document, { VariableDefinition: () => false, Variable: (node) => void used.add(node.name.value) });
  return visit(document, {
    VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null),
  });
}
