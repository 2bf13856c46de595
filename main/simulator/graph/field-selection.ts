/**
 * Parses Graph's `fields` parameter: `id,name,instagram_business_account{id,username},accounts.limit(5){id}`.
 * Modifiers such as `.limit(5)` are accepted and ignored.
 */
import { graphErrors } from './graph-error';

export interface FieldSelection {
  readonly name: string;
  /** Sub-fields in braces, if any. */
  readonly children: readonly FieldSelection[] | null;
}

/** Parses a fields string; throws Graph's (#100) syntax error on bad input. */
export function parseFields(text: string): FieldSelection[] {
  let pos = 0;
  const fail = (expected: string): never => {
    throw graphErrors.param(`Syntax error "Expected ${expected}" at character ${pos}: ${text}`);
  };
  const skipSpaces = (): void => {
    while (text[pos] === ' ') pos++;
  };
  const name = (): string => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(pos));
    if (!match) return fail('field name');
    pos += match[0].length;
    return match[0];
  };
  const list = (): FieldSelection[] => {
    const out: FieldSelection[] = [];
    for (;;) {
      skipSpaces();
      const field = name();
      while (text[pos] === '.') {
        pos++;
        name();
        if (text[pos] !== '(') fail('(');
        const close = text.indexOf(')', pos);
        if (close < 0) fail(')');
        pos = close + 1;
      }
      let children: FieldSelection[] | null = null;
      if (text[pos] === '{') {
        pos++;
        children = list();
        if (text[pos] !== '}') fail('}');
        pos++;
      }
      out.push({ name: field, children });
      skipSpaces();
      if (text[pos] !== ',') return out;
      pos++;
    }
  };
  const result = list();
  if (pos !== text.length) fail('end of string');
  return result;
}

/** The selection for a request: its `fields`, or the node's defaults. */
export function selectionFrom(fields: string | null, defaults: readonly string[]): FieldSelection[] {
  if (fields === null || fields.trim() === '') return defaults.map((name) => ({ name, children: null }));
  return parseFields(fields);
}
