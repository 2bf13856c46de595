// Walks every schema the renderer can receive (invoke responses, pushed events, the error envelope) and fails
// when a field is named like a secret, when an object is not strict, or when a schema lets arbitrary data through.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventContract, invokeContract } from '../../../../shared/ipc/contract';
import { IpcErrorSchema } from '../../../../shared/ipc/ipc-error-schema';
import { AccountViewSchema } from '../../../../shared/domain/account-view';

/** Field names that must never travel to the renderer. `refresh` alone, but not `refreshedAt`. */
const SECRET_NAME = /(token|secret|password|passwd|passphrase|refresh(?!ed|ing)|code_?verifier|cookie|credential|api_?key|private_?key|authorization|bearer)/i;

/** Schema kinds that hold no fields of their own. */
const LEAVES = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'bigint',
  'date',
  'enum',
  'literal',
  'null',
  'undefined',
  'void',
  'never',
  'nan',
  'symbol',
  'template_literal',
]);

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly items?: readonly z.ZodType[];
  readonly rest?: z.ZodType | null;
  readonly valueType?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Every problem found in `schema`, as `path: problem`. */
function findLeaks(schema: z.ZodType, path = '$', seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: z.ZodType | null | undefined, at: string): string[] => (child ? findLeaks(child, at, seen) : []);
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      const own = strict ? [] : [`${path}: object is not .strict(), unknown keys could reach the renderer`];
      return [
        ...own,
        ...Object.entries(def.shape ?? {}).flatMap(([key, child]) => [
          ...(SECRET_NAME.test(key) ? [`${path}.${key}: field name looks like a secret`] : []),
          ...walk(child, `${path}.${key}`),
        ]),
      ];
    }
    case 'array':
    case 'set':
      return walk(def.element ?? def.valueType, `${path}[]`);
    case 'union':
      return (def.options ?? []).flatMap((option, i) => walk(option, `${path}|${i}`));
    case 'intersection':
      return [...walk(def.left, `${path}&L`), ...walk(def.right, `${path}&R`)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'promise':
      return walk(def.innerType, path);
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'lazy':
      return walk(def.getter?.(), path);
    case 'tuple':
      return [...(def.items ?? []).flatMap((item, i) => walk(item, `${path}[${i}]`)), ...walk(def.rest, `${path}[...]`)];
    case 'record':
    case 'map':
      return [`${path}: ${def.type} has arbitrary keys (use a strict object)`, ...walk(def.valueType, `${path}{}`)];
    case 'any':
    case 'unknown':
    case 'custom':
    case 'transform':
      return [`${path}: ${def.type} lets anything through`];
    default:
      return LEAVES.has(def.type) ? [] : [`${path}: unknown schema kind "${def.type}" (teach this test about it)`];
  }
}

describe('IPC contract: no secrets reach the renderer', () => {
  const responseSchemas: Array<[string, z.ZodType]> = [
    ...Object.entries(invokeContract).map(([channel, entry]): [string, z.ZodType] => [`invoke ${channel} res`, entry.res]),
    ...Object.entries(eventContract).map(([event, schema]): [string, z.ZodType] => [`event ${event}`, schema]),
    ['error envelope', IpcErrorSchema],
  ];

  it('covers every invoke response and every event', () => {
    expect(responseSchemas.length).toBe(Object.keys(invokeContract).length + Object.keys(eventContract).length + 1);
  });

  it.each(responseSchemas)('%s has no secret-looking field, only strict objects, nothing open', (_name, schema) => {
    expect(findLeaks(schema)).toEqual([]);
  });

  describe('the walk catches what it must', () => {
    it('fails when someone adds accessToken to AccountView', () => {
      const leaky = z.array(AccountViewSchema.extend({ accessToken: z.string() }).strict());
      expect(findLeaks(leaky)).toEqual(['$[].accessToken: field name looks like a secret']);
    });

    it('finds secrets at any depth, through unions, optionals, tuples, lazies and pipes', () => {
      const inner = z.object({ page: z.object({ refresh_token: z.string() }).strict() }).strict();
      const schema = z
        .object({
          a: z.union([z.string(), z.array(inner)]).optional(),
          b: z.tuple([z.number(), z.lazy(() => z.object({ clientSecret: z.string() }).strict())]),
          c: z
            .unknown()
            .pipe(z.object({ code_verifier: z.string() }).strict())
            .nullable(),
          lastRefreshedAt: z.number(),
        })
        .strict();
      expect(findLeaks(schema)).toEqual([
        '$.a|1[].page.refresh_token: field name looks like a secret',
        '$.b[1].clientSecret: field name looks like a secret',
        '$.c: unknown lets anything through',
        '$.c.code_verifier: field name looks like a secret',
      ]);
    });

    it('refuses objects that are not strict, records and unknowns', () => {
      expect(findLeaks(z.object({ id: z.string() }))).toEqual(['$: object is not .strict(), unknown keys could reach the renderer']);
      expect(findLeaks(z.object({ id: z.string() }).passthrough())).toHaveLength(1);
      expect(findLeaks(z.object({ extra: z.record(z.string(), z.string()) }).strict())).toEqual(['$.extra: record has arbitrary keys (use a strict object)']);
      expect(findLeaks(z.object({ payload: z.unknown() }).strict())).toEqual(['$.payload: unknown lets anything through']);
    });

    it('a strict AccountView refuses a smuggled token at run time', () => {
      // Whatever fields AccountView gains, an unknown key is reported as such.
      const result = AccountViewSchema.safeParse({ accessToken: 'EAAB' });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['accessToken'] }));
    });
  });
});
