/**
 * The whole roster on the built site: a page for every unit (roster-only villages show what is known and 尚未公布),
 * every unit on its township's list, 榜单图 and 摘星图; share cards on every page; the footer; text as the
 * sources wrote it (no doubled 村, no doubled quotation marks); no empty section headings.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, TEST_BUILDS } from '../support/build-site';
import { builtFigures } from '../support/chart-html';

interface RosterFile {
  code: string;
  villages: { code: string; officialName: string; name: string; slug: string }[];
}

const dist = TEST_BUILDS.root.outDir;
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const rosters = globSync('*.yaml', { cwd: join(ROOT, 'content/roster') }).map((file) => ({
  township: file.replace(/\.yaml$/u, ''),
  roster: yaml.load(readFileSync(join(ROOT, 'content/roster', file), 'utf8')) as RosterFile,
}));
const profiled = (township: string, slug: string) =>
  existsSync(join(ROOT, 'content/villages', township, `${slug}.mdx`));
// Public pages only: the staff-only CMS page (admin/) has no share card (scripts/quality/dist-pages.ts).
const pages = globSync('**/*.html', { cwd: dist }).filter((file) => !file.startsWith('admin/'));

describe.runIf(rosters.length > 0)('every unit of the roster', () => {
  it.each(rosters.map(({ township, roster }) => [township, roster] as const))(
    '%s: a page for each unit, each linked from the township page once in its village list',
    (township, roster) => {
      const html = read(`townships/${township}`);
      const list = html.slice(html.indexOf('id="villages"'), html.indexOf('</section>', html.indexOf('id="villages"')));
      for (const village of roster.villages) {
        const path = `/villages/${township}/${village.slug}/`;
        expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
        expect(list.split(`href="${path}"`).length - 1, `${path} in the village list`).toBe(1);
      }
      expect(html).toContain(`${roster.villages.length} 个村（社区）`);
    },
  );

  it('puts every unit of a rated township in its 榜单图 and 摘星图, 未评定 where no record exists', () => {
    const rated = rosters.filter(({ township }) => read(`townships/${township}`).includes('榜单图'));
    expect(rated.length).toBeGreaterThan(0);
    for (const { township, roster } of rated) {
      const figures = builtFigures(read(`townships/${township}`));
      for (const figure of figures.filter((one) => /榜单图|摘星图/u.test(one.title))) {
        expect(figure.rows.length, figure.title).toBe(roster.villages.length);
      }
    }
  });

  it('shows a roster-only village as what is known, 尚未公布 for the rest', () => {
    const { township, roster } = rosters[0]!;
    const village = roster.villages.find((one) => !profiled(township, one.slug));
    expect(village).toBeDefined();
    const html = read(`villages/${township}/${village!.slug}`);
    for (const text of [village!.name, village!.officialName, village!.code, '尚未公布']) expect(html).toContain(text);
    // Light: no chart and no photo gallery (so no chart or lightbox script).
    expect(html).not.toContain('data-chart-figure');
    expect(html).not.toContain('data-lightbox');
  });
});

describe('every page', () => {
  it('has og:title and an absolute og:image, and the share card is a PNG', () => {
    const missing = pages.filter((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return (
        !/<meta property="og:title" content="[^"]+"/u.test(html) ||
        !/<meta property="og:image" content="https?:\/\/[^"]+"/u.test(html)
      );
    });
    expect(missing).toEqual([]);
    const card = readFileSync(join(dist, 'share-card.png'));
    expect(card.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('has a footer with the publisher and links to the photos and the open data', () => {
    for (const path of ['', 'townships/wenliu', 'villages/wenliu/hujiazhuang']) {
      const footer = read(path).split('<footer class="site-footer"')[1] ?? '';
      expect(footer, path).toContain('主办单位');
      expect(footer, path).toContain('href="/photos/"');
      expect(footer, path).toContain('href="/data/"');
    }
  });

  it('reads as the sources wrote it: no doubled 村, no doubled quotation marks, figures with 余', () => {
    const text = (file: string) => readFileSync(join(dist, file), 'utf8').replace(/<[^>]+>/gu, '');
    const doubled = pages.filter((file) => /村村集体|““|””/u.test(text(file)));
    expect(doubled).toEqual([]);
    expect(text('villages/qingzu/qingnan/index.html')).toContain('680 余万元');
  });

  it('renders no section heading without content under it (文留镇 reports no 村级分类)', () => {
    const html = read('townships/wenliu');
    expect(html).not.toContain('id="tiers"');
    expect(html).not.toContain('href="#tiers"');
  });
});
