/**
 * A city of three counties built the way the CI examples in docs/deploy/ build a province: each of the 3 matrix
 * jobs runs its `--shard i/3` command, the publish job `--assemble`; the assembled site links across counties,
 * searches names and full text across the city's counties, and an edit in one county rebuilds only that county.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTree } from '../../scripts/bench/tree';
import { writeFiles } from '../../scripts/bench/project';
import { launchBrowser } from '../../scripts/lib/browser';
import { previewSite } from '../../scripts/lib/preview';
import { ROOT, withBuildLock, withoutColours } from '../support/build-site';
import { startLocalMode } from '../e2e/cms/local-mode';
import { t } from '../../src/i18n/zh-CN';

const project = mkdtempSync(join(tmpdir(), 'chuangxing-province-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const SITE = { level: 'city' as const, name: '濮阳市', code: '4109', cities: [{ code: '4109', name: '濮阳市' }] };
const COUNTIES = [
  { slug: 'puyang', name: '濮阳县', code: '410928', city: '濮阳市', villages: 8, townships: 2, bulletins: 2 },
  { slug: 'qingfeng', name: '清丰县', code: '410922', city: '濮阳市', villages: 6, townships: 2, bulletins: 2 },
  { slug: 'nanle', name: '南乐县', code: '410923', city: '濮阳市', villages: 6, townships: 2, bulletins: 2 },
];

/** Runs one `npm run build -- …` line of a CI file in the project; returns exit code and output. */
function runBuildLine(line: string): { status: number | null; output: string } {
  const args = /npm run build(?: -- (.*))?$/u.exec(line.trim())?.[1]?.split(/\s+/u) ?? [];
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BASE_URL: undefined, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** The `npm run build` lines of the GitHub workflow: one per matrix value for the shard job, then the publish job. */
function githubCommands(): string[] {
  const workflow = yaml.parse(readFileSync(join(ROOT, 'docs/deploy/github-actions-province.yml'), 'utf8'));
  const shards: number[] = workflow.jobs.shard.strategy.matrix.shard;
  const shardRun: string = workflow.jobs.shard.steps.find((step: { run?: string }) =>
    step.run?.includes('--shard'),
  ).run;
  const publish: string = workflow.jobs.publish.steps.find((step: { run?: string }) =>
    step.run?.includes('--assemble'),
  ).run;
  expect(workflow.jobs.publish.needs).toBe('shard');
  return [...shards.map((shard) => shardRun.replace('${{ matrix.shard }}', String(shard))), publish];
}

beforeAll(async () => {
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  // Code is copied, not symlinked: Astro must see its source files inside the project's root.
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  writeFiles(project, syntheticTree(SITE, COUNTIES));
  await withBuildLock(() => undefined); // wait for the test builds of the sample to finish
});

describe('a city built as shards', () => {
  it('the GitLab example runs the same commands (3 parallel jobs, then one that assembles)', () => {
    const ci = yaml.parse(readFileSync(join(ROOT, 'docs/deploy/gitlab-ci-province.yml'), 'utf8'));
    expect(ci.shard.parallel.matrix[0].SHARD).toEqual(['1', '2', '3']);
    expect(ci.shard.script).toContain('npm run build -- --shard $SHARD/3 --jobs 2');
    expect(ci.publish.needs).toEqual(['shard']);
    expect(ci.publish.script).toContain('npm run build -- --assemble');
  });

  it('three matrix jobs and the publish job, run as the GitHub workflow runs them, make one site', () => {
    const commands = githubCommands();
    expect(commands).toHaveLength(4);
    for (const command of commands) {
      const result = runBuildLine(command.replace(' --jobs 2', ''));
      expect(result.status, result.output).toBe(0);
    }
    const dist = join(project, 'dist');
    expect(readdirSync(dist)).toEqual(
      expect.arrayContaining(['index.html', 'cities', 'names', ...COUNTIES.map((c) => c.slug)]),
    );
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="zh-CN"');
    const city = readFileSync(join(dist, 'cities/4109/index.html'), 'utf8');
    for (const county of COUNTIES) expect(city).toContain(`href="/${county.slug}/"`);
    expect(existsSync(join(dist, 'puyang/_shard'))).toBe(false);
    // Each county's pages lead back up to the city's home (the assembly's link check found it).
    const village = readdirSync(join(dist, 'nanle/villages'), { recursive: true, encoding: 'utf8' }).find((path) =>
      path.endsWith('index.html'),
    )!;
    for (const page of ['nanle/index.html', `nanle/villages/${village}`]) {
      const up = /<nav class="wrap up"[^>]*>([\s\S]*?)<\/nav>/u.exec(readFileSync(join(dist, page), 'utf8'))?.[1];
      expect(up, page).toMatch(/<a href="\/"[^>]*>濮阳市<\/a>/u);
    }
    // Below it, the breadcrumbs begin at the county, named (not 首页, which would read as the city's home).
    const crumbs = /<nav class="breadcrumbs[^>]*>([\s\S]*?)<\/nav>/u.exec(
      readFileSync(join(dist, `nanle/villages/${village}`), 'utf8'),
    )?.[1];
    expect(crumbs).toMatch(/^\s*<ol[^>]*>\s*<li[^>]*>\s*<a href="\/nanle\/"[^>]*>南乐县<\/a>/u);
    const sitemap = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    for (const county of COUNTIES) expect(sitemap).toContain(`/${county.slug}/sitemap-0.xml`);
  });

  it('searches names across the counties and full text across the city', async () => {
    const dist = join(project, 'dist');
    // A village of the third county, by its name as the directory holds it.
    const entries = JSON.parse(readFileSync(join(project, '.shards/nanle/_shard/names.json'), 'utf8')) as {
      kind: string;
      name: string;
      url: string;
    }[];
    const village = entries.find((entry) => entry.kind === 'village')!;
    // The province's directory is keyed by the beginning of names; each county's own, by every character.
    expect(JSON.parse(readFileSync(join(dist, 'names/manifest.json'), 'utf8')).scheme).toBe('prefix');
    expect(JSON.parse(readFileSync(join(dist, 'nanle/names/manifest.json'), 'utf8')).scheme).toBeUndefined();
    const server = await previewSite(dist, '/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url(`/search/?q=${encodeURIComponent(village.name)}&city=4109`));
      const links = page.locator('[data-search-results] a');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((anchors) =>
        anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
      );
      expect(hrefs).toContain(`/nanle${village.url}`);
      // Full text over the merged indexes: results from more than one county.
      await page.locator('[data-text-list] a').first().waitFor();
      const text = await page
        .locator('[data-text-list] a')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname.split('/')[1]));
      expect(text.every((county) => COUNTIES.some((known) => known.slug === county))).toBe(true);
      // Without a scope asked for, a village's own name waits for a tap before any full text is fetched; then the
      // full text covers one county: the one of the best name found.
      const pagefind: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/')) pagefind.push(request.url());
      });
      await page.goto(server.url(`/search/?q=${encodeURIComponent(village.name)}`));
      await page.locator('.search-text-go').waitFor();
      await page.waitForLoadState('networkidle');
      expect(pagefind).toEqual([]);
      await page.locator('.search-text-go').click();
      await page.locator('[data-text-list] a').first().waitFor();
      expect(await page.locator('#scope').inputValue()).toBe('county:nanle');
      const scoped = await page
        .locator('[data-text-list] a')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname.split('/')[1]));
      expect(new Set(scoped)).toEqual(new Set(['nanle']));
      // Widened to the city on the page, then back to the county: more results, then the county's alone again.
      const shown = () =>
        page
          .locator('[data-text-list] a')
          .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname.split('/')[1]));
      const total = async () => Number((await page.locator('[data-text-status]').textContent())?.match(/\d+/)?.[0]);
      const countyTotal = await total();
      expect(countyTotal).toBeGreaterThan(0);
      await page.locator('#scope').selectOption('city:4109');
      await expect.poll(total).toBeGreaterThan(countyTotal);
      expect(new URL(page.url()).searchParams.get('city')).toBe('4109');
      // Each result's place names its county, which a city's results need (the township alone does not say it).
      // (the count is shown before the results' fragments have come: wait for the list)
      await expect.poll(async () => (await shown()).length).toBeGreaterThan(0);
      const places = await page
        .locator('[data-text-list] a')
        .evaluateAll((anchors) =>
          anchors.map((a) => [
            (a as HTMLAnchorElement).pathname.split('/')[1],
            a.closest('li')?.querySelector('.search-place')?.textContent ?? '',
          ]),
        );
      for (const [slug, place] of places) {
        expect(place).toMatch(new RegExp(`${COUNTIES.find((county) => county.slug === slug)!.name}$`, 'u'));
      }
      await page.locator('#scope').selectOption('county:nanle');
      await expect.poll(total).toBe(countyTotal);
      expect(new URL(page.url()).searchParams.get('county')).toBe('nanle');
      expect(new URL(page.url()).searchParams.has('city')).toBe(false);
      await expect.poll(async () => [...new Set(await shown())]).toEqual(['nanle']);
      // No name found and no scope chosen: the full text asks where, naming the county the list shows first, and
      // fetches nothing before the tap.
      pagefind.length = 0;
      await page.goto(server.url(`/search/?q=${encodeURIComponent('党支部')}`));
      const go = page.locator('.search-text-go');
      await go.waitFor();
      const first = (await page.locator('#scope option:checked').textContent())!.trim();
      expect(await go.textContent()).toBe(t.shell.textIn.replace('{scope}', first).replace('{q}', '党支部'));
      await page.waitForLoadState('networkidle');
      expect(pagefind).toEqual([]);
      await go.click();
      await page.locator('[data-text-list] a').first().waitFor();
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('has one CMS page per county, each editing only its county’s folder', async () => {
    const dist = join(project, 'dist');
    const list = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    for (const county of COUNTIES) expect(list).toContain(`href="${county.slug}/"`);
    const config = yaml.parse(readFileSync(join(dist, 'admin/nanle/config.yml'), 'utf8'));
    const folders: string[] = config.collections.flatMap((c: { folder?: string; files?: { file: string }[] }) =>
      c.folder ? [c.folder] : (c.files ?? []).map((file) => file.file),
    );
    expect(folders.length).toBeGreaterThan(3);
    expect(folders.every((folder) => folder.startsWith('content/counties/nanle/'))).toBe(true);
    expect(existsSync(join(dist, 'admin/decap-cms.js'))).toBe(true);
    expect(existsSync(join(dist, 'nanle/admin'))).toBe(false);
    // In Chromium, through local mode over a copy of the tree: the county's own villages are listed.
    const villages = join(project, 'content/counties/nanle/villages');
    const township = readdirSync(villages)[0]!;
    const file = readdirSync(join(villages, township)).find((name) => name.endsWith('.mdx'))!;
    const name = /^name: (.+)$/mu
      .exec(readFileSync(join(villages, township, file), 'utf8'))![1]!
      .replace(/^['"]|['"]$/gu, '');
    const local = await startLocalMode(join(project, 'content'));
    const server = await previewSite(dist, '/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.origin) && !/^(data|blob):|^http:\/\/localhost:8081\//u.test(url)) foreign.push(url);
      });
      await page.route('http://localhost:8081/**', (route) =>
        route.continue({ url: route.request().url().replace('localhost:8081', `127.0.0.1:${local.port}`) }),
      );
      await page.goto(server.url('/admin/nanle/'));
      await page.getByRole('button', { name: '登录' }).click();
      await page.goto(server.url('/admin/nanle/#/collections/villages'));
      await page.getByText(name).first().waitFor();
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
      await local.stop();
    }
  });

  it('an edit in one county rebuilds only that county', () => {
    const dir = join(project, 'content/counties/qingfeng/villages');
    const township = readdirSync(dir)[0]!;
    const file = join(dir, township, readdirSync(join(dir, township))[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/mu, 'summary: $1（更新）'));
    const result = runBuildLine('npm run build');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/✔ qingfeng（清丰县）已生成/u);
    expect(result.output).toMatch(/↻ puyang（濮阳县）未改动/u);
    expect(result.output).toMatch(/↻ nanle（南乐县）未改动/u);
    expect(readFileSync(join(project, 'dist/qingfeng/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
    // Published part by part: only that county's folder (and the merged files) replaced in dist/.
    expect(result.output).toMatch(/更新 1 个县，共 \d+ 个文件/u);
    expect(readFileSync(join(project, 'dist/qingfeng/index.html'), 'utf8')).toContain('（更新）');
    const sitemap = readFileSync(join(project, 'dist/sitemap-index.xml'), 'utf8');
    expect(sitemap.match(/<loc>/gu)).toHaveLength(1 + COUNTIES.length);
  });

  it('a mistake in one county of a batch names its file, publishes nothing, and the batch’s other county is built', () => {
    // Two counties changed: one batch. 南乐县's village gets a resident's mobile number, 清丰县's a new summary.
    const edit = (slug: string, change: (text: string) => string) => {
      const dir = join(project, 'content/counties', slug, 'villages');
      const township = readdirSync(dir).sort()[0]!;
      const file = join(dir, township, readdirSync(join(dir, township)).sort()[0]!);
      const before = readFileSync(file, 'utf8');
      writeFileSync(file, change(before));
      return { file, before };
    };
    const bad = edit('nanle', (text) => text.replace(/^summary: (.*)$/mu, 'summary: 联系电话13812345678'));
    const good = edit('qingfeng', (text) => text.replace(/^summary: (.*)$/mu, 'summary: $1（再更新）'));
    const published = readFileSync(join(project, 'dist/nanle/index.html'), 'utf8');
    try {
      const result = runBuildLine('npm run build');
      expect(result.status, result.output).toBe(1);
      expect(result.output).toContain('同批生成失败');
      expect(result.output).toContain(relative(project, bad.file));
      expect(result.output).toContain('138****5678');
      expect(result.output).not.toContain('13812345678');
      expect(result.output).toMatch(/✔ qingfeng（清丰县）已生成/u);
      expect(result.output).toMatch(/✖ nanle（南乐县）生成失败/u);
      // Nothing published: dist/ is the last good site.
      expect(readFileSync(join(project, 'dist/nanle/index.html'), 'utf8')).toBe(published);
      expect(readFileSync(join(project, 'dist/qingfeng/index.html'), 'utf8')).not.toContain('（再更新）');
    } finally {
      writeFileSync(bad.file, bad.before);
      writeFileSync(good.file, good.before);
    }
  });
});
