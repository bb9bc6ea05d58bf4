/** Finds the field names a strict object schema accepts at a path, for "did you mean" hints. */
import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

/** Unwraps optional/default/pipe/effects wrappers to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def['innerType']) return unwrap(def['innerType'] as AnySchema);
  if (def['type'] === 'pipe') return unwrap(def['in'] as AnySchema);
  return schema;
}

/** The keys accepted at `path` inside `schema` (array indexes are stepped through). */
export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'array' && typeof key === 'number') current = unwrap(def['element'] as AnySchema);
    else if (def['type'] === 'object') {
      const next = (def['shape'] as Record<string, AnySchema>)[String(key)];
      if (!next) return [];
      current = unwrap(next);
    } else return [];
  }
  const def = current._zod.def as unknown as Record<string, unknown>;
  return def['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}
