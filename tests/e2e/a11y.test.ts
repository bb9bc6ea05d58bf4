/**
 * axe-core in Chromium on a 360×740 phone: one page of every type in the test build has no serious or critical
 * accessibility violation, in the default display and in the high-contrast mode (when the site has one). The
 * pages make no request to another host meanwhile.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distPages, onePerType } from '../../scripts/quality/dist-pages';
import { DistReader } from '../../scripts/quality/up-front';
import { openPhonePage } from '../../scripts/lib/browser';
import { useBrowserSession } from '../support/session';
import { TEST_BUILDS } from '../support/build-site';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { outDir, base } = TEST_BUILDS.root;
const samples = onePerType(distPages(outDir));
const reader = new DistReader(outDir, base);
/** The high-contrast mode exists when the built CSS styles `data-contrast`. */
const hasContrastMode = samples.some((page) =>
  reader
    .upFront(page.file, page.path)
    .assets.filter((asset) => asset.endsWith('.css'))
    .concat(page.file)
    .some((file) => readFileSync(join(outDir, file), 'utf8').includes('data-contrast')),
);

const session = useBrowserSession({ server: { outDir, base } });

/** Rules that depend on colours: all that can change when the high-contrast mode switches on. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Serious and critical violations axe finds on the page (of `rules` only, when given), one line each with up to
 * three offending elements.
 */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const found = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    interface Violation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const options = only ? { runOnly: { type: 'rule', values: only } } : {};
    const result = await axe.run(document, { ...options, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, rules);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
  it('has pages of the main types to check', () => {
    const types = samples.map((page) => page.type);
    for (const type of ['home', 'township', 'village']) expect(types).toContain(type);
  });

  it.each(samples.map((page) => [page.type, page.path] as const))('%s page %s', async (_, path) => {
    const { page, foreignRequests } = await openPhonePage(session.browser, session.server.origin);
    await page.goto(session.server.url(path), { waitUntil: 'networkidle' });
    // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected inline <script>.
    await page.evaluate(AXE);
    const problems = (await violations(page)).map((line) => `default: ${line}`);
    if (hasContrastMode) {
      await page.evaluate(() => (document.documentElement.dataset['contrast'] = 'high'));
      problems.push(...(await violations(page, COLOUR_RULES)).map((line) => `high contrast: ${line}`));
    }
    await page.context().close();
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
