import fc from 'fast-check';
import type { z } from 'zod';
import { defOf, maxLengthOf, type Def } from './zod-walk';

/**
 * Values shaped by a zod 4 schema, for property tests over the IPC contract: mostly valid (the
 * schema's own bounds, patterns and vocabularies), small (lists of at most three, strings of at
 * most forty characters unless the schema asks for more), so that valid calls reach the handlers.
 * Refinements (`refine`, cross-field rules) are not modelled: those values are near-valid.
 */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 12) return fc.constant(undefined);
  const next = (s: z.ZodType) => arbitraryFor(s, depth + 1);
  switch (def.type) {
    case 'string':
      return stringFor(schema, def);
    case 'number':
      return numberFor(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'object': {
      const shape = def.shape ?? {};
      const optional = Object.keys(shape).filter((k) => isOptional(shape[k] as z.ZodType));
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, next(v)])), {
        requiredKeys: Object.keys(shape).filter((k) => !optional.includes(k)),
      });
    }
    case 'array': {
      const max = Math.min(maxLengthOf(schema) ?? 3, 3);
      const min = minLengthOf(def) ?? 0;
      return fc.array(next(def.element as z.ZodType), { minLength: Math.min(min, max), maxLength: max });
    }
    case 'optional':
      return fc.option(next(def.innerType as z.ZodType), { nil: undefined });
    case 'nullable':
      return fc.option(next(def.innerType as z.ZodType), { nil: null });
    case 'default':
    case 'prefault':
      return fc.option(next(def.innerType as z.ZodType), { nil: undefined });
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return next(def.innerType as z.ZodType);
    case 'pipe':
      return next(def.in as z.ZodType);
    case 'union':
      return fc.oneof(...(def.options ?? []).map(next));
    case 'intersection':
      return next(def.left as z.ZodType);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), next(def.valueType as z.ZodType), { maxKeys: 3 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(next));
    case 'lazy':
      return next((def.getter as () => z.ZodType)());
    default:
      return fc.constant(undefined);
  }
}

function isOptional(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

function minLengthOf(def: Def): number | undefined {
  for (const c of def.checks ?? []) {
    if (c._zod.def.check === 'min_length') return c._zod.def.minimum;
    if (c._zod.def.check === 'length_equals') return c._zod.def.length;
  }
  return undefined;
}

function stringFor(schema: z.ZodType, def: Def): fc.Arbitrary<string> {
  if (def.format === 'uuid') return fc.uuid({ version: 4 });
  if (def.format === 'date') return isoDate();
  if (def.format === 'datetime') return isoDate().map((d) => `${d}T10:00:00.000Z`);
  const regex = (def.checks ?? []).map((c) => c._zod.def as { pattern?: RegExp }).find((c) => c.pattern)?.pattern;
  const max = Math.min(maxLengthOf(schema) ?? 40, 40);
  const min = Math.min(minLengthOf(def) ?? 0, max);
  if (regex) return fc.stringMatching(regex).filter((s) => s.length <= (maxLengthOf(schema) ?? Infinity));
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}

function isoDate(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2026, 10, 1)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

function numberFor(def: Def): fc.Arbitrary<number> {
  let min = -1_000_000;
  let max = 1_000_000;
  let integer = false;
  for (const check of def.checks ?? []) {
    const c = check._zod.def as { check: string; value?: number; inclusive?: boolean; format?: string };
    if (c.check === 'number_format') integer = c.format === 'safeint' || c.format === 'int32';
    if (c.check === 'greater_than' && c.value !== undefined) min = c.inclusive === false ? c.value + 1 : c.value;
    if (c.check === 'less_than' && c.value !== undefined) max = c.inclusive === false ? c.value - 1 : c.value;
  }
  if (min > max) return fc.constant(min);
  return integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) })
    : fc.double({ min, max, noNaN: true });
}

/**
 * Inputs a compromised renderer might send instead: wrong types, values far past every bound,
 * prototype keys, deep nesting, and valid values with one part broken (a key dropped or added,
 * a field of the wrong type, a string a megabyte long).
 */
export function hostileFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const valid = arbitraryFor(schema);
  const nearValid = fc.tuple(valid, fc.nat({ max: 5 }), fc.string({ maxLength: 6 })).map(([value, how, key]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const copy: Record<string, unknown> = { ...value };
    const keys = Object.keys(copy);
    const target = keys[how % Math.max(keys.length, 1)];
    if (how === 0 && target) delete copy[target];
    else if (how === 1) copy[`x${key}`] = key;
    else if (how === 2 && target) copy[target] = 12345;
    else if (how === 3 && target) copy[target] = 'x'.repeat(1024 * 1024);
    else if (how === 4 && target) copy[target] = Array.from({ length: 100_000 }, () => 'x');
    else if (target) copy[target] = { nested: copy[target] };
    return copy;
  });
  return fc.oneof(
    { weight: 3, arbitrary: nearValid },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(null, undefined, 0, -1, NaN, '', [], 'x'.repeat(2 * 1024 * 1024)),
    },
    {
      weight: 1,
      arbitrary: fc
        .constant(null)
        .map(
          () =>
            JSON.parse(
              '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
            ) as unknown,
        ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 5_000 }).map(deepNest) },
    { weight: 1, arbitrary: fc.constant(null).map(() => Array.from({ length: 200_000 }, (_, i) => i)) },
  );
}

function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
