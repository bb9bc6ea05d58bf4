/** The generated CMS config: every schema field of every editable collection has a form field; shape of the config. */
import { describe, expect, it } from 'vitest';
import { cmsCollections, NOT_EXPOSED, schemaFields, type CmsCollection } from '../../../src/cms/collections';
import { backendFromEnv, cmsConfig, connectOrigins } from '../../../src/cms/config';
import type { CmsField } from '../../../src/cms/fields';
import { FORMATS } from '../../../src/cms/formats';
import { fieldPaths } from '../../../src/cms/schema-walk';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../src/schema/table';
import { STAR_NAMES } from '../../../src/schema/glossary';

const collections = cmsCollections('content');
const byName = (name: string) => collections.find((collection) => collection.name === name)!;
const fieldsOf = (collection: CmsCollection): CmsField[] =>
  collection.fields ?? (collection['files'] as { fields: CmsField[] }[])[0]!.fields;

/** Every field path of CMS fields (`stars`, `stars.year` …). */
function cmsPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const inner = (field['fields'] as CmsField[] | undefined) ?? [];
    return [path, ...cmsPaths(inner, `${path}.`)];
  });
}

/** Finds a field by path. */
function field(collection: string, path: string): CmsField {
  let fields = fieldsOf(byName(collection));
  let found: CmsField | undefined;
  for (const name of path.split('.')) {
    found = fields.find((candidate) => candidate.name === name);
    fields = (found?.['fields'] as CmsField[] | undefined) ?? [];
  }
  if (!found) throw new Error(`no field ${path} in ${collection}`);
  return found;
}

describe('CMS config generated from the content model', () => {
  it('exposes every collection of the table except the tool-written ones', () => {
    const exposed = collections.map((collection) => collection.name).sort();
    const expected = COLLECTION_NAMES.filter((name) => !(name in NOT_EXPOSED)).sort();
    expect(exposed).toEqual(expected);
  });

  it.each(COLLECTION_NAMES.filter((name) => !(name in NOT_EXPOSED)))(
    'has a form field for every field of %s',
    (name) => {
      const schema = fieldPaths(schemaFields(name)).sort();
      const form = cmsPaths(fieldsOf(byName(name))).filter((path) => !['slug', 'body'].includes(path));
      // Records (tiers) are objects with one field per key in the form; the schema stops at the record.
      expect(schema.filter((path) => !form.includes(path))).toEqual([]);
    },
  );

  it('labels every field in Chinese', () => {
    const unlabeled = collections.flatMap((collection) =>
      cmsPaths(fieldsOf(collection)).filter((path) => !/\p{Script=Han}/u.test(field(collection.name, path).label)),
    );
    expect(unlabeled).toEqual([]);
  });

  it('writes pages as MDX with frontmatter and data as YAML, in the table’s folders', () => {
    for (const collection of collections.filter((candidate) => candidate['folder'])) {
      const spec = COLLECTIONS[collection.name as keyof typeof COLLECTIONS];
      expect(collection['folder']).toBe(`content/${spec.folder}`);
      expect(collection['format']).toBe(spec.format === 'page' ? FORMATS.page : FORMATS.data);
      expect(collection['extension']).toBe(spec.format === 'page' ? 'mdx' : 'yaml');
      expect(collection['media_folder']).toBe('{{filename}}');
    }
    expect(byName('villages')['path']).toBe('{{township}}/{{slug}}');
  });

  it('picks widgets by kind: selects, relations, lists, images, dates', () => {
    expect(field('villages', 'stars.held')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [...STAR_NAMES],
    });
    expect(field('villages', 'tier')['widget']).toBe('select');
    expect(field('bulletins', 'kind')['widget']).toBe('select');
    expect(field('honors', 'level')['widget']).toBe('select');
    expect(field('villages', 'township')).toMatchObject({ widget: 'relation', collection: 'townships' });
    expect(field('bulletins', 'villages')).toMatchObject({
      widget: 'relation',
      collection: 'villages',
      multiple: true,
    });
    expect(field('villages', 'industries')).toMatchObject({ widget: 'relation', collection: 'industries' });
    expect(field('villages', 'stars')['widget']).toBe('list');
    expect(field('villages', 'photos.file')['widget']).toBe('image');
    expect(field('villages', 'photos.caption')).toMatchObject({ widget: 'string', required: true });
    expect(field('villages', 'photos.credit')).toMatchObject({ required: true });
    expect(field('bulletins', 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field('townships', 'tiers.领航村')['widget']).toBe('number');
  });

  it('keeps required fields required, and an optional object’s fields optional', () => {
    expect(field('villages', 'name').required).toBe(true);
    expect(field('villages', 'summary').required).toBe(true);
    expect(field('villages', 'secretary').required).toBe(false);
    expect(field('bulletins', 'townships').required).toBe(true);
    expect(field('bulletins', 'cover').required).toBe(false);
    expect(field('bulletins', 'cover.file').required).toBe(false);
  });

  it('is in Simplified Chinese, with local mode and a GitLab or Gitea backend', () => {
    const config = cmsConfig(backendFromEnv({}));
    expect(config['locale']).toBe('zh_Hans');
    expect(config['backend']).toMatchObject({ name: 'gitlab', auth_type: 'pkce' });
    const gitea = backendFromEnv({ CMS_BACKEND: 'gitea', CMS_BASE_URL: 'https://gitea.example.gov.cn/' });
    expect(cmsConfig(gitea)['backend']).toMatchObject({
      name: 'gitea',
      api_root: 'https://gitea.example.gov.cn/api/v1',
    });
    expect(connectOrigins(gitea)).toContain('https://gitea.example.gov.cn');
  });
});
