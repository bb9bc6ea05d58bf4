/**
 * The CMS collections, one per collection of the table (src/schema/table.ts) that staff edit: the folder, file
 * format and fields come from the table and the zod schemas; this file adds only what the table cannot say —
 * labels, how new files are named, which entry fields show in lists. The roster is written by `npm run roster`
 * from the official division list and is not exposed.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, contentFolder, type CollectionName } from '../schema/table';
import { t } from '../i18n/zh-CN';
import { cmsField, hintOf, labelOf, type CmsField } from './fields';
import { BODY, FORMATS } from './formats';
import { imageMarker, objectFields, type NamedShape } from './schema-walk';
import { SLUG_PATTERN } from '../schema/slug';

/** Collections the CMS leaves out, with the reason. */
export const NOT_EXPOSED: Partial<Record<CollectionName, string>> = {
  roster: 'written by `npm run roster` from the national division list',
};

/** What the CMS adds to a table row. */
interface Extra {
  /** Entries are created in the CMS (else only the existing files are edited). */
  create: boolean;
  /** List summary template. */
  summary: string;
  /** Nested path below the folder (villages: one folder per township). */
  path?: string;
}

const EXTRAS: Record<Exclude<CollectionName, 'roster' | 'county'>, Extra> = {
  townships: { create: true, summary: '{{name}}' },
  villages: { create: true, summary: '{{name}}（{{township}}）', path: '{{township}}/{{slug}}' },
  bulletins: { create: true, summary: '{{date}} {{title}}' },
  industries: { create: true, summary: '{{name}}' },
  honors: { create: true, summary: '{{title}}' },
  metrics: { create: true, summary: '{{township}} {{year}}' },
  stars: { create: false, summary: '{{name}}' },
};

/** The schema fields of a collection, as the walker sees them. */
export function schemaFields(name: CollectionName): NamedShape[] {
  const schema = COLLECTIONS[name].schema(imageMarker);
  if (!(schema instanceof z.ZodObject)) throw new Error(`CMS: the schema of ${name} is not an object`);
  return objectFields(schema);
}

/** The form-only 文件名 field of collections whose entries are created in the CMS. */
const slugField: CmsField = {
  label: labelOf('slug'),
  name: 'slug',
  widget: 'string',
  required: false,
  pattern: [SLUG_PATTERN.source, t.cms.slugPattern],
  ...hintOf('slug'),
};

/** The fields of a collection: 文件名 (when entries are created), the schema's fields, the body of a page. */
function formFields(name: CollectionName, create: boolean): CmsField[] {
  const spec = COLLECTIONS[name];
  const body: CmsField = { label: labelOf(BODY), name: BODY, widget: 'markdown', required: true, ...hintOf(BODY) };
  return [
    ...(create ? [slugField] : []),
    ...schemaFields(name).map(cmsField),
    ...(spec.format === 'page' ? [body] : []),
  ];
}

/** A Decap collection. */
export type CmsCollection = Record<string, unknown> & { name: string; fields?: CmsField[] };

/** Where an entry's photos go: the folder beside it named like the file (hujiazhuang.mdx → hujiazhuang/). */
const MEDIA = { media_folder: '{{filename}}', public_folder: '{{filename}}' } as const;

/** The CMS collections, in table order; `contentDir` is the content folder relative to the repository root. */
export function cmsCollections(contentDir = contentFolder()): CmsCollection[] {
  const [singularCounty] = t.cms.collections.county;
  const county: CmsCollection = {
    name: 'county',
    label: singularCounty,
    delete: false,
    files: [
      {
        name: 'county',
        label: t.cms.countyFile,
        file: `${contentDir}/county.yaml`,
        format: FORMATS.data,
        fields: formFields('county', false),
      },
    ],
  };
  const folders = (Object.keys(EXTRAS) as (keyof typeof EXTRAS)[]).map((name): CmsCollection => {
    const spec = COLLECTIONS[name];
    const extra = EXTRAS[name];
    const [singular, plural] = t.cms.collections[name];
    const page = spec.format === 'page';
    return {
      name,
      label: plural,
      label_singular: singular,
      folder: `${contentDir}/${spec.folder}`,
      format: page ? FORMATS.page : FORMATS.data,
      extension: page ? 'mdx' : 'yaml',
      create: extra.create,
      delete: extra.create,
      identifier_field: NAME_FIELD_OF[name],
      summary: extra.summary,
      ...(extra.create ? { slug: '{{fields.slug}}' } : {}),
      ...(extra.path ? { path: extra.path } : {}),
      ...(name === 'villages' ? { view_groups: [{ label: t.cms.groupByTownship, field: 'township' }] } : {}),
      ...MEDIA,
      fields: formFields(name, extra.create),
    };
  });
  return [county, ...folders];
}

/** The field that names an entry in lists and in Decap's identifier check. */
const NAME_FIELD_OF: Record<keyof typeof EXTRAS, string> = {
  townships: 'name',
  villages: 'name',
  bulletins: 'title',
  industries: 'name',
  honors: 'title',
  metrics: 'township',
  stars: 'name',
};
