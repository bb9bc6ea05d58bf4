/**
 * The checker reads exactly the files Astro's loaders read (the collection table): a file the site would not load
 * is named in a warning, never silently passed or silently dropped.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validate';
import { type SampleProject, sampleProject } from './sample-project';

const TOWNSHIP = 'name: 新习镇\nvillageCount: 30\n';

describe('the collection table', () => {
  let project: SampleProject | undefined;
  afterEach(() => project?.remove());

  it('content/county.yml is read as the county, like county.yaml', async () => {
    project = sampleProject();
    renameSync(join(project.root, 'content/county.yaml'), join(project.root, 'content/county.yml'));
    const { errors, warnings, content } = await checkContent(project.root);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(content.county?.file).toBe('content/county.yml');
  });

  it('county.yaml and county.yml together are one county twice', async () => {
    project = sampleProject();
    project.write('county.yml', 'name: 濮阳县\n');
    const { errors } = await checkContent(project.root);
    expect(errors.map((error) => error.file)).toContain('content/county.yml');
  });

  it('a township file in a subfolder is not read, and the warning names it', async () => {
    project = sampleProject();
    project.mkdir('townships/archive');
    project.write('townships/archive/xinxi.yaml', TOWNSHIP);
    const { errors, warnings, content } = await checkContent(project.root);
    expect(errors).toEqual([]);
    expect(content.townships.map((township) => township.id)).not.toContain('archive/xinxi');
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'content/townships/archive/xinxi.yaml', zh: expect.stringContaining('不会读取') }),
    ]);
  });

  it('a village directly in villages/ (no township folder) is not read, and the warning names it', async () => {
    project = sampleProject();
    project.write('villages/zhangzhai.mdx', '---\nname: 张寨村\ntownship: wenliu\nsummary: 测试。\n---\n');
    const { warnings } = await checkContent(project.root);
    expect(warnings.map((warning) => warning.file)).toEqual(['content/villages/zhangzhai.mdx']);
  });

  it('a stray extension is named with the fix', async () => {
    project = sampleProject();
    project.write('bulletins/2023-tongbao.mdx.txt', '---\ntitle: 通报\n---\n');
    const { warnings } = await checkContent(project.root);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'content/bulletins/2023-tongbao.mdx.txt', fix: expect.stringContaining('.mdx') }),
    ]);
  });
});
