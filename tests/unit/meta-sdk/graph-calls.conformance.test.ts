/**
 * Every Graph call Tether makes, recorded from Tether's own code against the simulator (graph-call-recorder.ts),
 * is one Meta describes: its version is the SDK's, its path and edges are on the SDK's objects, every field is an
 * SDK field (or on the documented edge allowlist), every parameter is sent by the SDK or documented
 * (graph-params.ts). The mutation test proves the check has teeth: an invented field or parameter in any recorded
 * call fails it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_VERSION, REAL_ENDPOINTS } from '../../../main/core/providers/network-endpoints';
import { EDGE_ONLY_FIELDS } from '../../../main/simulator/graph/edge-fields';
import { DEFAULT_GRAPH_VERSION } from '../../../main/simulator';
import { callKind, checkCall, type GraphCall } from '../../fixtures/meta-sdk/graph-call-oracle';
import { recordTetherGraphCalls, type RecordedCalls } from '../../fixtures/meta-sdk/graph-call-recorder';
import { mutantsOf } from '../../fixtures/meta-sdk/graph-call-mutants';
import { readSdkObject, sdkFileOf, sdkGraphVersion } from '../../support/sdk-objects';

let recorded: RecordedCalls;
beforeAll(async () => {
  recorded = await recordTetherGraphCalls();
}, 60_000);

const kinds = (): Set<string> => new Set(recorded.calls.map((c) => callKind(c, recorded.nodeTypes)));
const where = (call: GraphCall): string => `${call.label}: ${call.method} /${call.segments.join('/')}`;

describe('the Graph calls Tether makes', () => {
  it('cover sign-in, permissions, token exchange and app check, debug_token, revoke, the business edges and the check', () => {
    expect([...kinds()].sort()).toEqual(
      [
        'DELETE User/permissions',
        'GET Business/client_pages',
        'GET Business/owned_pages',
        'GET IGUser',
        'GET Page',
        'GET User',
        'GET User/accounts',
        'GET User/businesses',
        'GET User/permissions',
        'GET debug_token',
        'GET dialog/oauth',
        'GET oauth/access_token client_credentials',
        'GET oauth/access_token code',
        'GET oauth/access_token fb_exchange_token',
        'POST batch',
      ].sort(),
    );
    // The dialog in each sign-in mode (classic: standard, rerequest; Login for Business: code and token flows); the
    // re-check of an HTTP 500 permission error and the Page-token retry each sent their own batch after the check's.
    const dialogs = recorded.calls.filter((c) => c.segments[0] === 'dialog' && c.label.startsWith('sign-in'));
    const param = (c: (typeof dialogs)[number], k: string) => c.params.find(([key]) => key === k)?.[1] ?? null;
    expect(dialogs.map((c) => [param(c, 'auth_type') ?? 'standard', param(c, 'config_id') ? 'config_id' : 'scope', param(c, 'response_type')])).toEqual([
      ['standard', 'scope', 'token'],
      ['rerequest', 'scope', 'token'],
      ['standard', 'config_id', 'code'],
      ['standard', 'config_id', 'token'],
    ]);
    expect(recorded.calls.filter((c) => c.label.startsWith('check: re-check') && c.segments.length === 0)).toHaveLength(2);
    expect(recorded.calls.filter((c) => c.label.startsWith('check: Page-token retry') && c.segments.length === 0)).toHaveLength(2);
  });

  it('are each one Meta’s SDK or documentation describes', () => {
    const problems = recorded.calls.flatMap((call) => checkCall(call, recorded.nodeTypes).map((p) => `${where(call)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('use the Graph version the SDK oracle calls, as do the simulator’s defaults', () => {
    expect(GRAPH_VERSION).toBe(sdkGraphVersion());
    expect(REAL_ENDPOINTS.graphVersion).toBe(sdkGraphVersion());
    expect(DEFAULT_GRAPH_VERSION).toBe(sdkGraphVersion());
  });
});

describe('the mutation test', () => {
  it('an invented field or parameter in any recorded call fails the check', () => {
    const survivors: string[] = [];
    let mutants = 0;
    for (const call of recorded.calls) {
      for (const mutant of mutantsOf(call)) {
        mutants += 1;
        if (checkCall(mutant.call, recorded.nodeTypes).length === 0) survivors.push(`${where(call)}: ${mutant.what}`);
      }
    }
    expect(survivors).toEqual([]);
    // Every call got a parameter mutant, every call with fields a field mutant per level.
    expect(mutants).toBeGreaterThan(recorded.calls.length);
  });

  it('a call of another version, or an edge the SDK does not have, fails too', () => {
    const read = recorded.calls.find((c) => callKind(c, recorded.nodeTypes) === 'GET User/accounts' && c.version !== null);
    if (!read) throw new Error('no /me/accounts call recorded');
    expect(checkCall({ ...read, version: 'v99.0' }, recorded.nodeTypes)).toContain(`version v99.0 is not the SDK's ${sdkGraphVersion()}`);
    expect(checkCall({ ...read, segments: ['me', 'tether_invented_edge'] }, recorded.nodeTypes)).toEqual([
      "edge tether_invented_edge is not on User in Meta's SDK",
    ]);
  });
});

describe('the edge allowlist', () => {
  it('holds only what the SDK lacks', () => {
    for (const [key, fields] of Object.entries(EDGE_ONLY_FIELDS)) {
      const [nodeType = '', edge = ''] = key.split('.');
      const target = readSdkObject(sdkFileOf(nodeType)).edges[edge];
      expect(target, key).toBeDefined();
      const sdk = readSdkObject(sdkFileOf(target ?? ''));
      for (const field of fields) expect(sdk.fields, `${key}: ${field} is already an SDK field`).not.toContain(field);
    }
  });
});
