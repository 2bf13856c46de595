/**
 * Renders a Graph node for a field selection: a name Meta's SDK doesn't list for the node type is Graph's
 * (#100) error, a listed field the simulator has no data for is left out, and `id` always comes back.
 */
import type { SimContext } from '../simulator-context';
import type { GraphCaller } from './graph-auth';
import { graphErrors } from './graph-error';
import { isKnownField } from './known-fields';
import type { FieldSelection } from './field-selection';
import type { GraphRequest } from './graph-request';

/** What a field resolver may look at. */
export interface RenderScope {
  readonly ctx: SimContext;
  readonly caller: GraphCaller;
  readonly req: GraphRequest;
}

/** Returns the field's value, or undefined to leave the field out (Graph omits what a caller may not see). */
export type FieldResolver<T> = (node: T, scope: RenderScope, children: readonly FieldSelection[] | null) => unknown;

export interface NodeType<T> {
  /** The name in Graph's error messages and in graph-fields.json: "User", "Page", "IGUser". */
  readonly typeName: string;
  readonly id: (node: T) => string;
  readonly fields: Readonly<Record<string, FieldResolver<T>>>;
}

/**
 * Renders the selected fields of a node. `edgeOnly` names fields the edge being read adds (edge-fields.ts).
 * Graph checks the whole selection before answering: one unknown name fails the request.
 */
export function renderNode<T>(
  type: NodeType<T>,
  node: T,
  selection: readonly FieldSelection[],
  scope: RenderScope,
  edgeOnly: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of selection) {
    if (!isKnownField(type.typeName, field.name, edgeOnly)) throw graphErrors.nonexistingField(field.name, type.typeName);
  }
  for (const field of selection) {
    const resolver = Object.hasOwn(type.fields, field.name) ? type.fields[field.name] : undefined;
    // A real field the simulator keeps no data for: Graph leaves out fields without a value.
    if (!resolver) continue;
    const value = resolver(node, scope, field.children);
    if (value !== undefined) out[field.name] = value;
  }
  if (!('id' in out)) out.id = type.id(node);
  return out;
}

/** `[{name:"id"}]`-style selection from names. */
export function namesToSelection(names: readonly string[]): FieldSelection[] {
  return names.map((name) => ({ name, children: null }));
}
