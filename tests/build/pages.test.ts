/** The built sample site has a page for every township and village named in the facts file. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, TEST_BUILDS } from '../support/build-site';

interface Facts {
  townships: { name: string; villages: { name: string }[] }[];
}

const facts = yaml.load(readFileSync(join(ROOT, '../shared/facts/puyang-2023.yaml'), 'utf8')) as Facts;
const dist = TEST_BUILDS.root.outDir;

/** Every `<h1>` text in the built HTML pages. */
function headings(): string[] {
  return globSync('**/*.html', { cwd: dist }).flatMap((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    return [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
  });
}

describe('sample site', () => {
  const h1s = headings();
  it.each(facts.townships.map((township) => township.name))('has a page whose <h1> is township %s', (name) => {
    expect(h1s).toContain(name);
  });
  const villages = facts.townships.flatMap((township) => township.villages.map((village) => village.name));
  it.each(villages)('has a page whose <h1> is village %s', (name) => {
    expect(h1s).toContain(name);
  });
  it('marks sample data on pages that show it', () => {
    const html = readFileSync(join(dist, 'villages/wenliu/hujiazhuang/index.html'), 'utf8');
    expect(html).toContain('示例数据');
  });
});
