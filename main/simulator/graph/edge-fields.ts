/**
 * Fields Graph documents on an edge's answer that the target object's own field list (Meta's SDK) lacks.
 * Kept to the few Tether uses; each entry names the doc that shows it. The conformance test
 * (tests/unit/meta-sdk/graph-calls.conformance.test.ts) fails on an entry the SDK already has.
 */

/** `GET /me/accounts`: the person's tasks on each Page. */
export const ACCOUNTS_EDGE_FIELDS: readonly { readonly field: string; readonly doc: string }[] = [
  // "tasks you can perform on the Page", sample `"tasks": ["ANALYZE","ADVERTISE","MODERATE","CREATE_CONTENT"]`.
  { field: 'tasks', doc: 'https://developers.facebook.com/docs/pages/getting-started' },
];

/** Edge allowlists by `<NodeType>.<edge>`. */
export const EDGE_ONLY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'User.accounts': ACCOUNTS_EDGE_FIELDS.map((e) => e.field),
};
