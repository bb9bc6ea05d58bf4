/**
 * The CMS in Chromium through local mode (issue 17): the built /admin/ page of the test build, its local backend
 * sent to a decap-server over a temporary copy of content/ (tests/e2e/cms/local-mode.ts). A village with a photo and
 * a bulletin are created through the forms and saved; the files appear in the copy and pass the content check;
 * an entry without a required field is refused in Chinese; the page makes no third-party request. Screenshots of
 * the village form at 1280 px and 360 px go to tests/e2e/screenshots/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../../scripts/lib/browser';
import { checkContent } from '../../src/validate';
import { makeJpeg } from './cms/photo';
import { startLocalMode, type LocalMode } from './cms/local-mode';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';

const { outDir, base } = TEST_BUILDS.root;
const session = useBrowserSession({ server: { outDir, base } });
let local: LocalMode;
let photo: string;

beforeAll(async () => {
  local = await startLocalMode();
  photo = await makeJpeg(join(local.repo, 'upload'), 'dapeng.jpg');
});
afterAll(async () => {
  await local?.stop();
});

/** Requests that left the site and the local proxy; console errors. */
interface Watch {
  foreign: string[];
  errors: string[];
}

/** Opens /admin/ at `width`, its local backend routed to the test's decap-server, and logs in to local mode. */
async function openAdmin(width: number): Promise<{ page: Page; watch: Watch }> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const watch: Watch = { foreign: [], errors: [] };
  const origin = session.server.origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/u.test(url) && !url.startsWith('http://localhost:8081/')) {
      watch.foreign.push(url);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  await page.route('http://localhost:8081/**', (route) =>
    route.continue({ url: route.request().url().replace('localhost:8081', `127.0.0.1:${local.port}`) }),
  );
  await page.goto(session.server.url('/admin/'));
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('乡镇', { exact: true }).first().waitFor();
  return { page, watch };
}

/** Picks `option` in the relation select with id prefix `field`. */
async function pick(page: Page, field: string, typed: string, option: string): Promise<void> {
  await page.locator(`input[id^="${field}-field"]`).fill(typed);
  await page.getByText(option, { exact: true }).click();
}

/** Types the body into the markdown editor. */
async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[data-slate-editor]').click();
  await page.keyboard.type(text);
}

/** Clicks 发布 › 立即发布 and waits until the entry's own URL shows it was saved. */
async function publish(page: Page, collection: string): Promise<void> {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
  await page.waitForURL(new RegExp(`#/collections/${collection}/entries/`, 'u'));
}

describe('CMS (local mode)', () => {
  it('serves a noindex admin page with its own CSP', () => {
    const html = readFileSync(join(outDir, 'admin/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex/u);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/u);
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('creates a village with a photo through the form', async () => {
    const { page, watch } = await openAdmin(1280);
    await page.goto(session.server.url('/admin/#/collections/villages/new'));
    await page.locator('input[id^="name-field"]').fill('盛庄村');
    await pick(page, 'township', '文留', '文留镇');
    await page.locator('textarea[id^="summary-field"]').fill('文留镇盛庄村，由内容管理后台新建。');
    await page.getByRole('button', { name: '新增照片' }).click();
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.locator('input[id^="caption-field"]').fill('盛庄村“两委”成员查看蔬菜大棚');
    await page.locator('input[id^="credit-field"]').fill('文留镇党委供图');
    await typeBody(page, '盛庄村的正文。');
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-village-1280.png') });
    await publish(page, 'villages');
    const file = join(local.repo, 'content/villages/wenliu/shengzhuang.mdx');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('township: wenliu');
    expect(text).toContain('file: ./shengzhuang/dapeng.jpg');
    expect(text).toContain('credit: 文留镇党委供图');
    expect(text).not.toMatch(/^slug:/mu);
    expect(existsSync(join(local.repo, 'content/villages/wenliu/shengzhuang/dapeng.jpg'))).toBe(true);
    expect(watch.foreign).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('creates a bulletin through the form', async () => {
    const { page, watch } = await openAdmin(1280);
    await page.goto(session.server.url('/admin/#/collections/bulletins/new'));
    await page.locator('input[id^="title-field"]').fill('文留镇：召开创星观摩推进会');
    await page.locator('input[id^="date-field"]').fill('2023-07-01');
    await page.keyboard.press('Escape');
    await page.locator('[id^="kind-field"]').click();
    await page.getByText('季观摩', { exact: true }).click();
    await pick(page, 'townships', '文留', '文留镇');
    await page.locator('textarea[id^="summary-field"]').fill('文留镇召开创星观摩推进会，各村书记参加。');
    await typeBody(page, '文留镇召开创星观摩推进会。');
    await publish(page, 'bulletins');
    // The scaffolder's rule: <date>-<township>-<title words, township name left out, at most 8 characters>.
    const file = join(local.repo, 'content/bulletins/2023-07-01-wenliu-zhaokai-chuangxing-guanmo-tuijin.mdx');
    expect(readdirSync(join(local.repo, 'content/bulletins'))).toContain(basename(file));
    expect(readFileSync(file, 'utf8')).toContain('kind: 季观摩');
    expect(watch.foreign).toEqual([]);
    await page.context().close();
  });

  it('wrote files that pass the content check', async () => {
    const { errors } = await checkContent(local.repo);
    expect(errors).toEqual([]);
  });

  it('refuses an entry without a required field, in Chinese', async () => {
    const { page } = await openAdmin(360);
    await page.goto(session.server.url('/admin/#/collections/villages/new'));
    await page.locator('input[id^="name-field"]').fill('缺项村');
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-village-360.png') });
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('立即发布').click();
    await expect.poll(() => page.getByText('你漏掉了一个必填项').count()).toBeGreaterThan(0);
    expect(existsSync(join(local.repo, 'content/villages/wenliu/quexiang.mdx'))).toBe(false);
    await page.context().close();
  });
});
