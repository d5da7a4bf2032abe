import type { z } from 'zod';

/**
 * A look inside zod 4 schemas, for tests that reason about the whole IPC contract (its limits,
 * generated inputs). Only the parts of `_zod.def` these tests need are typed.
 */
export interface Def {
  type: string;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; length?: number; minimum?: number } } }>;
  format?: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  defaultValue?: unknown;
  pattern?: RegExp;
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The `max_length` or `length_equals` bound of a string or an array, if it has one. */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  for (const check of defOf(schema).checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'max_length') return c.maximum;
    if (c.check === 'length_equals') return c.length;
  }
  return undefined;
}

/** Formats whose own pattern fixes the length (a UUID is 36 characters, always). */
const FIXED_LENGTH_FORMATS = new Set(['uuid']);

/**
 * Every string and array in a schema without a maximum, as paths (`case.clientIds`). Strings of
 * a closed vocabulary (enums, literals) are bounded by it.
 */
export function unboundedPaths(schema: z.ZodType, path = ''): string[] {
  const def = defOf(schema);
  const at = (suffix: string) => (path ? `${path}${suffix}` : suffix.replace(/^\./, ''));
  switch (def.type) {
    case 'string':
      return maxLengthOf(schema) === undefined && !FIXED_LENGTH_FORMATS.has(def.format ?? '')
        ? [path || '(string)']
        : [];
    case 'array':
      return [
        ...(maxLengthOf(schema) === undefined ? [path || '(array)'] : []),
        ...unboundedPaths(def.element as z.ZodType, at('[]')),
      ];
    case 'object':
      return [
        ...Object.entries(def.shape ?? {}).flatMap(([key, value]) => unboundedPaths(value, at(`.${key}`))),
        ...(def.catchall && defOf(def.catchall).type !== 'never' ? unboundedPaths(def.catchall, at('.*')) : []),
      ];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return unboundedPaths(def.innerType as z.ZodType, path);
    case 'pipe':
      return unboundedPaths(def.in as z.ZodType, path);
    case 'union':
      return (def.options ?? []).flatMap((o) => unboundedPaths(o, path));
    case 'intersection':
      return [...unboundedPaths(def.left as z.ZodType, path), ...unboundedPaths(def.right as z.ZodType, path)];
    case 'record':
      return [path || '(record)'];
    case 'tuple':
      return (def.items ?? []).flatMap((o, i) => unboundedPaths(o, at(`[${i}]`)));
    case 'lazy':
      return unboundedPaths((def.getter as () => z.ZodType)(), path);
    case 'enum':
    case 'literal':
    case 'number':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'never':
    case 'transform':
      return [];
    default:
      return [`${path}:${def.type}?`];
  }
}
