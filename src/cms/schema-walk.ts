/**
 * Reads the zod schemas of the content model through zod 4's public API (instanceof checks, `shape`, `unwrap()`,
 * `element`, `options`, `keyType`, `in`, `minValue` …) and says what kind of value each field holds, so the CMS
 * config is derived from the very schemas the checker runs. Fields shared by several collections (src/schema/fields.ts)
 * are recognised by identity: `text`, `date`, `quantity` … are single objects reused everywhere.
 */
import { z } from 'astro/zod';
import * as fields from '../schema/fields';

/** Stands for the image field when the schemas are built for the CMS: the walker recognises it by identity. */
export const IMAGE_MARKER = z.string();

/** The image field factory handed to the schema builders of the table. */
export const imageMarker = () => IMAGE_MARKER as never;

/** What a field holds, as far as the CMS cares. */
export type FieldShape =
  | { kind: 'object'; fields: NamedShape[] }
  | { kind: 'list'; of: FieldShape }
  | { kind: 'record'; keys: readonly string[]; of: FieldShape }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'image' }
  | { kind: 'date' }
  | { kind: 'quantity' }
  | { kind: 'slug' }
  | { kind: 'villageRef' }
  | { kind: 'boolean' }
  | { kind: 'number'; int: boolean; min?: number | undefined; max?: number | undefined }
  | { kind: 'string' };

/** A field of an object: its key, whether it must be given, and its shape. */
export interface NamedShape {
  name: string;
  required: boolean;
  shape: FieldShape;
}

/** Removes `.optional()` / `.default()` wrappers; says whether any was there. */
function unwrapOptional(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, optional };
}

/** A finite number or undefined (zod reports an absent bound as ±Infinity or null). */
const bound = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? undefined : value;

/** The shape of one (unwrapped) schema; throws on a kind of schema the CMS has no widget for. */
export function shapeOf(schema: z.ZodType): FieldShape {
  const { inner } = unwrapOptional(schema);
  if (inner === IMAGE_MARKER) return { kind: 'image' };
  if (inner === fields.date) return { kind: 'date' };
  if (inner === fields.quantity) return { kind: 'quantity' };
  if (inner === fields.slug) return { kind: 'slug' };
  if (inner === fields.villageRef) return { kind: 'villageRef' };
  if (inner instanceof z.ZodObject) return { kind: 'object', fields: objectFields(inner) };
  if (inner instanceof z.ZodArray) return { kind: 'list', of: shapeOf(inner.element as z.ZodType) };
  if (inner instanceof z.ZodRecord) {
    const keys = inner.keyType;
    if (!(keys instanceof z.ZodEnum)) throw new Error('CMS: only records keyed by an enum are supported');
    return { kind: 'record', keys: keys.options as string[], of: shapeOf(inner.valueType as z.ZodType) };
  }
  if (inner instanceof z.ZodEnum) return { kind: 'enum', options: inner.options as string[] };
  if (inner instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (inner instanceof z.ZodNumber) {
    return { kind: 'number', int: inner.isInt, min: bound(inner.minValue), max: bound(inner.maxValue) };
  }
  if (inner instanceof z.ZodString) return { kind: 'string' };
  if (inner instanceof z.ZodPipe) return shapeOf(inner.in as z.ZodType);
  // A value written either way (a division code as text or as a number): the form takes text.
  if (inner instanceof z.ZodUnion && inner.options.some((option) => option instanceof z.ZodString)) {
    return { kind: 'string' };
  }
  throw new Error(`CMS: no widget for a schema of type ${inner.constructor.name}`);
}

/** The fields of an object schema, in schema order. */
export function objectFields(schema: z.ZodObject): NamedShape[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { optional } = unwrapOptional(field as z.ZodType);
    return { name, required: !optional, shape: shapeOf(field as z.ZodType) };
  });
}

/** Every field path of an object schema (`stars`, `stars.year`, `photos.caption` …), lists looked through. */
export function fieldPaths(fieldsOf: readonly NamedShape[], prefix = ''): string[] {
  return fieldsOf.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    let shape = field.shape;
    while (shape.kind === 'list') shape = shape.of;
    return [path, ...(shape.kind === 'object' ? fieldPaths(shape.fields, `${path}.`) : [])];
  });
}
