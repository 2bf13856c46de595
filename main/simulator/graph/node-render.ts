/** Renders a Graph node for a field selection: unknown fields are Graph's (#100) error, and `id` always comes back. */
import type { SimContext } from '../simulator-context';
import type { GraphCaller } from './graph-auth';
import { graphErrors } from './graph-error';
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
  /** The name in Graph's error messages: "User", "Page", "IGUser". */
  readonly typeName: string;
  readonly id: (node: T) => string;
  readonly fields: Readonly<Record<string, FieldResolver<T>>>;
}

/** Renders the selected fields of a node. */
export function renderNode<T>(type: NodeType<T>, node: T, selection: readonly FieldSelection[], scope: RenderScope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of selection) {
    const resolver = Object.hasOwn(type.fields, field.name) ? type.fields[field.name] : undefined;
    if (!resolver) throw graphErrors.nonexistingField(field.name, type.typeName);
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
