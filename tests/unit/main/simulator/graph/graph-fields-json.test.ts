/** The simulator's checked-in copy of the SDK's field lists says exactly what the installed SDK says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPH_FIELDS_JSON, sdkGraphFields } from '../../../../support/sdk-objects';

describe('main/simulator/graph/graph-fields.json', () => {
  it('equals what scripts/graph-fields/generate-graph-fields.cjs builds from the SDK (regenerate it if not)', () => {
    expect(JSON.parse(readFileSync(GRAPH_FIELDS_JSON, 'utf8'))).toEqual(sdkGraphFields());
  });
});
