/**
 * Which field names exist on a Graph node type, from Meta's generated SDK (graph-fields.json, written by
 * scripts/graph-fields/generate-graph-fields.cjs and checked against the SDK by a unit test). The simulator
 * answers anything else with Graph's (#100) "nonexisting field" error, so it cannot invent a field.
 */
import graphFields from './graph-fields.json';

type KnownType = keyof typeof graphFields.objects;

const KNOWN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (Object.keys(graphFields.objects) as KnownType[]).map((type) => {
    const { fields, edges } = graphFields.objects[type];
    // Edges can be expanded as fields too (`me?fields=accounts{id}`).
    return [type, new Set<string>([...fields, ...edges])];
  }),
);

/** True when Graph knows `field` on `nodeType` (its fields and edges), or the edge allowlist names it. */
export function isKnownField(nodeType: string, field: string, edgeOnly: readonly string[] = []): boolean {
  const known = KNOWN.get(nodeType);
  if (!known) throw new Error(`graph-fields.json has no node type ${nodeType}: add its SDK file to the generator`);
  return known.has(field) || edgeOnly.includes(field);
}
