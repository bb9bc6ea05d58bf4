/** The province tree's site file: validated like content, and refused when it would publish a resident's number. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree } from '../../../scripts/build/province/tree';

const SITE = (description: string) =>
  `level: city\nname: 濮阳市\ncode: '4109'\ndescription: ${description}\ncities:\n  - { code: '4109', name: 濮阳市 }\n`;

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A tree with one county folder (`slug`) and the given site file. */
function tree(site: string, slug = 'puyang'): string {
  root = mkdtempSync(join(tmpdir(), 'chuangxing-tree-'));
  mkdirSync(join(root, `content/counties/${slug}`), { recursive: true });
  writeFileSync(join(root, 'content/site.yaml'), site);
  writeFileSync(join(root, `content/counties/${slug}/county.yaml`), "name: 濮阳县\ncode: '410928'\n");
  return root;
}

describe('the site file of a province or city tree', () => {
  it('reads the site and its counties', () => {
    const read = readTree(tree(SITE('濮阳市“五星”支部创建。')));
    expect('problems' in read ? read.problems : read.counties.map((county) => county.code)).toEqual(['410928']);
  });

  it('refuses a county folder named like one of the province site’s own pages, naming the folder', () => {
    for (const slug of ['admin', 'search', 'cities', 'names']) {
      const read = readTree(tree(SITE('濮阳市“五星”支部创建。'), slug));
      expect('problems' in read && read.problems.join('\n')).toContain(
        `content/counties/${slug}/：文件夹名“${slug}”已被`,
      );
    }
  });

  it('refuses a mobile number in it, masked, naming the file and field', () => {
    const read = readTree(tree(SITE('联系人 13803935678。')));
    expect('problems' in read && read.problems.join('\n')).toMatch(
      /content\/site\.yaml › description[\s\S]*138\*{4}5678/u,
    );
  });
});
