/**
 * Decap CMS fields from the shapes of the content model (schema-walk.ts): each with its Chinese label and hint from
 * the glossary and the widget its kind calls for — select for star names, tiers, kinds and levels, relation for
 * township, village and industry slugs, list for per-year records, image for photos, datetime for dates.
 */
import { FIELD_HINTS, FIELD_LABELS } from '../schema/glossary';
import { SLUG_PATTERN } from '../schema/slug';
import { t } from '../i18n/zh-CN';
import type { FieldShape, NamedShape } from './schema-walk';

/** A Decap field, as written in config.yml. */
export type CmsField = { name: string; label: string; widget: string; required?: boolean; hint?: string } & Record<
  string,
  unknown
>;

/** Slug fields that name an entry of another collection, by field name → collection. */
export const RELATIONS: Record<string, string> = {
  township: 'townships',
  townships: 'townships',
  industries: 'industries',
};

/** Text fields that take a paragraph (a multi-line box) rather than a line. */
const PARAGRAPHS = new Set(['summary', 'description', 'text', 'note', 'standard']);

/** Pattern of a reported figure (src/schema/quantity.ts): a number, optionally followed by +, 余 or 以上. */
const QUANTITY_PATTERN = '^\\s*\\d+(\\.\\d+)?\\s*(\\+|余|以上)?\\s*$';

/** The label of a field name; throws when the glossary has none (a test lists every field). */
export function labelOf(name: string): string {
  const label = FIELD_LABELS[name];
  if (label === undefined) throw new Error(`CMS: FIELD_LABELS in src/schema/glossary.ts has no label for “${name}”`);
  return label;
}

/** A relation widget to the entries of `collection`; their slug is the value (`wenliu`, `wenliu/hujiazhuang`). */
function relation(collection: string, multiple: boolean): Record<string, unknown> {
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: collection === 'villages' ? ['name', 'township'] : ['name'],
    options_length: 1000,
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The widget settings of a shape (without name, label, hint). */
function widgetOf(name: string, shape: FieldShape): Record<string, unknown> {
  switch (shape.kind) {
    case 'object':
      return { widget: 'object', collapsed: false, fields: shape.fields.map(cmsField) };
    case 'record':
      return {
        widget: 'object',
        collapsed: false,
        fields: shape.keys.map((key) => ({ ...widgetOf(key, shape.of), name: key, label: key, required: false })),
      };
    case 'list':
      return listOf(name, shape.of);
    case 'enum':
      return { widget: 'select', options: [...shape.options] };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'date':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
      };
    case 'quantity':
      return { widget: 'string', pattern: [QUANTITY_PATTERN, t.cms.quantityPattern] };
    case 'slug': {
      const target = RELATIONS[name];
      return target ? relation(target, false) : { widget: 'string', pattern: [SLUG_PATTERN.source, t.cms.slugPattern] };
    }
    case 'villageRef':
      return relation('villages', false);
    case 'boolean':
      // No `default`: Decap would then start every list holding this field with one item (absent means false).
      return { widget: 'boolean' };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.int ? 'int' : 'float',
        ...(shape.min === undefined ? {} : { min: shape.min }),
        ...(shape.max === undefined ? {} : { max: shape.max }),
        ...(shape.int ? {} : { step: 0.01 }),
      };
    case 'string':
      return { widget: PARAGRAPHS.has(name) ? 'text' : 'string' };
  }
}

/** A list field: selects and relations take several values; other lists repeat their item's form. */
function listOf(name: string, item: FieldShape): Record<string, unknown> {
  if (item.kind === 'enum') return { ...widgetOf(name, item), multiple: true };
  if (item.kind === 'villageRef') return relation('villages', true);
  if (item.kind === 'slug' && RELATIONS[name]) return relation(RELATIONS[name], true);
  if (item.kind === 'object') {
    const names = item.fields.map((field) => field.name);
    const first = names.includes('caption') ? 'caption' : names[0];
    return {
      widget: 'list',
      collapsed: false,
      default: [],
      ...(first ? { summary: `{{fields.${first}}}` } : {}),
      fields: item.fields.map(cmsField),
    };
  }
  return { widget: 'list', field: { ...widgetOf(name, item), name: 'item', label: labelOf(name) } };
}

/** The hint of a field name, as a spreadable object (empty when the glossary has none). */
export function hintOf(name: string): { hint?: string } {
  const hint = FIELD_HINTS[name];
  return hint ? { hint } : {};
}

/**
 * The Decap field of one schema field. An optional object's own fields are optional in the form: Decap checks
 * them even when the object is left empty, so a required `cover.file` would block every bulletin without a cover
 * (a half-filled object is still refused, by the content check).
 */
export function cmsField(field: NamedShape): CmsField {
  const shape: FieldShape =
    field.shape.kind === 'object' && !field.required
      ? { kind: 'object', fields: field.shape.fields.map((inner) => ({ ...inner, required: false })) }
      : field.shape;
  return {
    label: labelOf(field.name),
    name: field.name,
    ...widgetOf(field.name, shape),
    required: field.required,
    ...hintOf(field.name),
  } as CmsField;
}
