/**
 * The oracle: every Graph field and edge Tether asks for, taken from the real request-building code (the
 * check's batch and the discovery requests), must exist on the object Meta's generated SDK defines for that
 * node (facebook-nodejs-business-sdk, src/objects/*.js), or be named by the documented edge allowlist.
 */
import { describe, expect, it } from 'vitest';
import type { AccountId, GrantId } from '../../../../../../shared/domain/ids';
import { planOperations } from '../../../../../../main/core/providers/facebook/facebook-operations';
import { discoverFacebookAccounts } from '../../../../../../main/core/providers/facebook/facebook-discover';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import type { GrantInput } from '../../../../../../main/core/providers/provider';
import { parseFields, type FieldSelection } from '../../../../../../main/simulator/graph/field-selection';
import { EDGE_ONLY_FIELDS } from '../../../../../../main/simulator/graph/edge-fields';
import { readSdkObject, sdkFileOf } from '../../../../../support/sdk-objects';

/**
 * Object-typed fields Tether expands with `{…}`: the SDK lists field names without types, so the type comes
 * from the reference doc. Page.instagram_business_account is "IGUser": https://developers.facebook.com/docs/graph-api/reference/page/
 */
const EXPANDED_FIELD_TYPES: Readonly<Record<string, string>> = { 'Page.instagram_business_account': 'IGUser' };

const PAGE_ID = '20001';
const IG_ID = '30001';
const grant: GrantInput = {
  id: 'g-1' as GrantId,
  tokens: {
    v: 1,
    accessToken: 'user-token',
    refreshToken: null,
    accessExpiresAt: null,
    refreshExpiresAt: null,
    dataAccessExpiresAt: null,
    scopes: [],
    obtainedAt: 0,
  },
  pageTokens: new Map([[PAGE_ID, 'page-token']]),
  accounts: [
    { id: 'a-1' as AccountId, provider: 'facebook', networkAccountId: PAGE_ID, parentNetworkId: null },
    { id: 'a-2' as AccountId, provider: 'instagram', networkAccountId: IG_ID, parentNetworkId: PAGE_ID },
  ],
};

/** A requested Graph path with its `fields`, as the node type and edge it reads. */
interface Request {
  readonly label: string;
  readonly nodeType: string;
  /** The edge read from the node, when the path has one (`me/accounts`). */
  readonly edge: string | null;
  readonly fields: readonly FieldSelection[];
}

/** Which node a relative path starts at: Tether only ever reads me, a Page id, an IG id, or debug_token. */
function nodeTypeOf(first: string): string | null {
  if (first === 'me') return 'User';
  if (first === PAGE_ID) return 'Page';
  if (first === IG_ID) return 'IGUser';
  if (first === 'debug_token') return null; // a root endpoint, not a node: it takes input_token, not fields
  throw new Error(`unexpected Graph path start ${first}`);
}

function toRequest(label: string, relative: string): Request | null {
  const url = new URL(relative.replace(/^\/?(v\d+\.\d+\/)?/, ''), 'https://graph.invalid/');
  const [first = '', edge = null] = url.pathname.split('/').filter(Boolean);
  const nodeType = nodeTypeOf(first);
  if (!nodeType) return null;
  const fields = url.searchParams.get('fields');
  return { label, nodeType, edge, fields: fields ? parseFields(fields) : [] };
}

/** Every Graph request a check and a discovery build. */
async function requestedPaths(): Promise<Request[]> {
  const check = planOperations(grant, 'app|secret').map((op) => toRequest(`check ${op.relativeUrl}`, op.relativeUrl));
  const urls: string[] = [];
  const recordingFetch = (input: string): Promise<Response> => {
    urls.push(input);
    const body = input.includes('/me/accounts') ? { data: [] } : { id: '10001', name: 'Ada' };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  const deps = {
    fetch: recordingFetch,
    clock: { now: () => 0 },
    governor: new RateLimitGovernor(),
    endpoints: endpointsAt('https://graph.invalid'),
    apps: { metaAppId: null, metaAppSecret: () => Promise.resolve(null), xClientId: null },
  };
  await discoverFacebookAccounts(deps, grant);
  const discovery = urls.map((u) => toRequest(`discovery ${new URL(u).pathname}`, `${new URL(u).pathname}${new URL(u).search}`.replace(/^\//, '')));
  return [...check, ...discovery].filter((r): r is Request => r !== null);
}

/** Field names missing from the SDK object `className` (recursing into typed expansions). */
function missingFields(className: string, fields: readonly FieldSelection[], edgeOnly: readonly string[], path: string): string[] {
  const sdk = readSdkObject(sdkFileOf(className));
  const missing: string[] = [];
  for (const field of fields) {
    const where = `${path}${field.name}`;
    const known = sdk.fields.includes(field.name) || field.name in sdk.edges || edgeOnly.includes(field.name);
    if (!known) missing.push(`${where} (not on ${className})`);
    if (field.children) {
      const childType = sdk.edges[field.name] ?? EXPANDED_FIELD_TYPES[`${className}.${field.name}`];
      if (!childType) missing.push(`${where}{…} (no known type to expand)`);
      else missing.push(...missingFields(childType, field.children, [], `${where}.`));
    }
  }
  return missing;
}

describe('Graph fields Tether requests exist in Meta’s SDK', () => {
  it('reads a sensible number of requests (the oracle is not vacuous)', async () => {
    const requests = await requestedPaths();
    expect(requests.map((r) => `${r.nodeType}${r.edge ? `/${r.edge}` : ''}`)).toEqual(
      expect.arrayContaining(['User', 'User/permissions', 'User/accounts', 'Page', 'IGUser']),
    );
    expect(requests.filter((r) => r.label.startsWith('discovery')).length).toBeGreaterThan(0);
  });

  it('every field and edge is on the SDK object (or in the documented edge allowlist)', async () => {
    const problems: string[] = [];
    for (const request of await requestedPaths()) {
      let nodeType = request.nodeType;
      let edgeOnly: readonly string[] = [];
      if (request.edge) {
        const sdk = readSdkObject(sdkFileOf(nodeType));
        const target = sdk.edges[request.edge];
        if (!target) {
          problems.push(`${request.label}: edge ${request.edge} is not on ${nodeType}`);
          continue;
        }
        edgeOnly = EDGE_ONLY_FIELDS[`${nodeType}.${request.edge}`] ?? [];
        nodeType = target;
      }
      problems.push(...missingFields(nodeType, request.fields, edgeOnly, '').map((p) => `${request.label}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('the edge allowlist holds only what the SDK lacks', () => {
    for (const [key, fields] of Object.entries(EDGE_ONLY_FIELDS)) {
      const [nodeType = '', edge = ''] = key.split('.');
      const target = readSdkObject(sdkFileOf(nodeType)).edges[edge];
      expect(target, key).toBeDefined();
      const sdk = readSdkObject(sdkFileOf(target ?? ''));
      for (const field of fields) expect(sdk.fields, `${key}: ${field} is already an SDK field`).not.toContain(field);
    }
  });
});
