/** Finds the field names a strict object schema accepts at a path, for "did you mean" hints. */
import { z } from 'astro/zod';

/** Schemas that wrap one inner schema without changing its shape (optional, default …): `.unwrap()` gives it. */
const WRAPPERS = [z.ZodOptional, z.ZodDefault, z.ZodNullable, z.ZodPrefault, z.ZodCatch, z.ZodReadonly];

/** Unwraps optional/default/pipe wrappers to the schema that holds the shape. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  if (schema instanceof z.ZodPipe) return unwrap(schema.in);
  for (const wrapper of WRAPPERS) if (schema instanceof wrapper) return unwrap(schema.unwrap());
  return schema;
}

/** The keys accepted at `path` inside `schema` (array indexes are stepped through). */
export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodArray && typeof key === 'number') current = unwrap(current.element);
    else if (current instanceof z.ZodObject) {
      const next = current.shape[String(key)];
      if (!next) return [];
      current = unwrap(next);
    } else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
