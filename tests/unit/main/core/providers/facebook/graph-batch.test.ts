/** Graph batches: chunking at 50, the POST that carries tokens, and reading each operation's envelope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkOperations, MAX_BATCH_OPERATIONS, sendBatch, type BatchOperation } from '../../../../../../main/core/providers/facebook/graph-batch';
import { createProviderHttp, type FetchFn } from '../../../../../../main/core/providers/http/provider-http';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import type { RunningSimulator } from '../../../../../../main/simulator';
import { IDS, startTestSimulator } from '../../../../../fixtures/simulator/simulator-kit';

describe('chunkOperations', () => {
  it.each([
    [0, []],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])('%i operations → chunks of %j, in order', (n, sizes) => {
    const ops = Array.from({ length: n }, (_, i) => i);
    const chunks = chunkOperations(ops);
    expect(chunks.map((c) => c.length)).toEqual(sizes);
    expect(chunks.flat()).toEqual(ops);
    expect(chunks.every((c) => c.length <= MAX_BATCH_OPERATIONS)).toBe(true);
  });
});

/** sendBatch over a fetch that answers with `status` and `body`, remembering what was sent. */
async function answeredWith(status: number, body: string, ops: readonly BatchOperation[] = [{ relativeUrl: 'me' }, { relativeUrl: 'me/permissions' }]) {
  const sent: Array<{ url: string; body: string }> = [];
  const fetchFn: FetchFn = (url, init) => {
    sent.push({ url, body: String(init.body) });
    return Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
  };
  const result = await sendBatch(createProviderHttp(fetchFn), endpointsAt('http://graph.test'), 'user-token', ops);
  return { result, sent };
}

describe('sendBatch: reading the answer', () => {
  it("reads each operation's envelope as its own response, headers lower-cased", async () => {
    const body = JSON.stringify([
      {
        code: 200,
        headers: [
          { name: 'X-App-Usage', value: '{"call_count":5}' },
          { name: 'Content-Type', value: 'text/javascript' },
        ],
        body: '{"id":"1"}',
      },
      { code: 400, headers: [], body: '{"error":{"code":190}}' },
    ]);
    const { result } = await answeredWith(200, body);
    expect(result).toMatchObject({
      kind: 'answers',
      answers: [
        { status: 200, headers: { 'x-app-usage': '{"call_count":5}', 'content-type': 'text/javascript' }, body: '{"id":"1"}' },
        { status: 400, headers: {}, body: '{"error":{"code":190}}' },
      ],
    });
  });

  it('reads an operation Graph did not finish (null) as a timeout, and one without a code as a network failure', async () => {
    const { result } = await answeredWith(200, JSON.stringify([null, { headers: [] }]));
    expect(result).toMatchObject({ kind: 'answers', answers: [{ kind: 'timeout' }, { kind: 'network' }] });
  });

  it('reads a missing body as empty and ignores malformed headers', async () => {
    const { result } = await answeredWith(
      200,
      JSON.stringify([
        { code: 204, headers: [{ name: 1 }, null, { name: 'ETag', value: 'x' }] },
        { code: 200, body: { not: 'a string' } },
      ]),
    );
    expect(result).toMatchObject({
      kind: 'answers',
      answers: [
        { status: 204, headers: { etag: 'x' }, body: '' },
        { status: 200, headers: {}, body: '' },
      ],
    });
  });

  it.each([
    ['a batch-level error', 400, '{"error":{"code":190,"error_subcode":460}}', 400],
    ['a 200 that is not JSON', 200, '<html>proxy</html>', 502],
    ['a 200 with the wrong number of answers', 200, '[{"code":200,"body":"{}"}]', 502],
    ['a 200 that is not an array', 200, '{"error":{"code":1}}', 200],
  ])('fails the whole batch on %s (status %i → %i for the classifier)', async (_label, status, body, failedStatus) => {
    const { result } = await answeredWith(status, body);
    expect(result).toMatchObject({ kind: 'failed', failure: { status: failedStatus } });
  });

  it('fails the whole batch when the network is unreachable', async () => {
    const fetchFn: FetchFn = () => Promise.reject(new TypeError('fetch failed'));
    const result = await sendBatch(createProviderHttp(fetchFn), endpointsAt('http://graph.test'), 'user-token', [{ relativeUrl: 'me' }]);
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'network' } });
  });

  it("POSTs every operation with the user token in the body, and a Page token inside its operation's url only", async () => {
    const { sent } = await answeredWith(200, '[]', []);
    expect(sent[0]?.url).toBe('http://graph.test/v24.0/');
    const { sent: withPage } = await answeredWith(200, '[{"code":200,"body":"{}"},{"code":200,"body":"{}"}]', [
      { relativeUrl: 'me?fields=id' },
      { relativeUrl: '20001?fields=id', accessToken: 'page token/+' },
    ]);
    const form = new URLSearchParams(withPage[0]?.body);
    expect(withPage[0]?.url).not.toContain('token');
    expect(form.get('access_token')).toBe('user-token');
    expect(form.get('include_headers')).toBe('true');
    expect(JSON.parse(form.get('batch') ?? '')).toEqual([
      { method: 'GET', relative_url: 'me?fields=id' },
      { method: 'GET', relative_url: `20001?fields=id&access_token=${encodeURIComponent('page token/+')}` },
    ]);
  });
});

describe('sendBatch against the simulator', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it('gets one answer per operation, in order, Page tokens honoured', async () => {
    const minted = sim.control.mintFacebookUserToken(IDS.ada);
    const pageToken = minted.pageTokens[IDS.alphaPage];
    const ops: BatchOperation[] = [
      { relativeUrl: 'me?fields=id,name' },
      { relativeUrl: `${IDS.alphaPage}?fields=id,name`, ...(pageToken ? { accessToken: pageToken } : {}) },
      { relativeUrl: 'me/accounts?fields=id' },
    ];
    const result = await sendBatch(
      createProviderHttp((url, init) => fetch(url, init)),
      endpointsAt(sim.url),
      minted.accessToken,
      ops,
    );
    expect(result.kind).toBe('answers');
    if (result.kind !== 'answers') return;
    expect(result.answers.map((a) => ('status' in a ? a.status : a.kind))).toEqual([200, 200, 200]);
    const bodies = result.answers.map((a) => ('body' in a ? (JSON.parse(a.body) as Record<string, unknown>) : null));
    expect(bodies[0]).toMatchObject({ id: IDS.ada });
    expect(bodies[1]).toMatchObject({ id: IDS.alphaPage });
    expect(bodies[2]).toHaveProperty('data');
  });

  it('fails the whole batch when the user token is dead', async () => {
    const minted = sim.control.mintFacebookUserToken(IDS.ben);
    sim.control.apply({ scenario: 'password_changed', target: IDS.ben });
    const result = await sendBatch(
      createProviderHttp((url, init) => fetch(url, init)),
      endpointsAt(sim.url),
      minted.accessToken,
      [{ relativeUrl: 'me' }],
    );
    // Either the batch itself is refused, or its one operation carries the error: never a success.
    const answer = result.kind === 'failed' ? result.failure : result.answers[0];
    expect(answer && 'status' in answer ? answer.status : 0).toBeGreaterThanOrEqual(400);
  });
});
