import { describe, expect, it } from 'vitest';
import { parseFields, selectionFrom } from '../../../../../main/simulator/graph/field-selection';
import { GraphFault } from '../../../../../main/simulator/graph/graph-error';

describe('parseFields', () => {
  it('parses flat, nested and modified fields', () => {
    expect(parseFields('id, name,instagram_business_account{id,username},accounts.limit(5){id}')).toEqual([
      { name: 'id', children: null },
      { name: 'name', children: null },
      {
        name: 'instagram_business_account',
        children: [
          { name: 'id', children: null },
          { name: 'username', children: null },
        ],
      },
      { name: 'accounts', children: [{ name: 'id', children: null }] },
    ]);
  });

  it.each(['id,', '{id}', 'a{b', 'a}b', 'id,,name', 'a.limit(5'])('throws Graph (#100) on %j', (text) => {
    let thrown: unknown;
    try {
      parseFields(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphFault);
    expect((thrown as GraphFault).error.code).toBe(100);
    expect((thrown as GraphFault).error.message).toContain('Syntax error');
  });

  it('falls back to the defaults when fields is absent or blank', () => {
    expect(selectionFrom(null, ['id'])).toEqual([{ name: 'id', children: null }]);
    expect(selectionFrom('  ', ['name', 'id']).map((f) => f.name)).toEqual(['name', 'id']);
  });
});
