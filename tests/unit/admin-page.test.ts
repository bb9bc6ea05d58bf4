/** The CMS page keeps its own CSP and loses the site-wide one Astro adds to every page. */
import { describe, expect, it } from 'vitest';
import { ownPolicyOnly } from '../../src/integrations/admin-page';

describe('the CMS page policy', () => {
  it('drops the site-wide CSP meta and keeps the one marked data-cms', () => {
    const html =
      "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self' 'unsafe-inline'\" data-cms>" +
      '<meta charset="utf-8"><meta http-equiv="content-security-policy" content="style-src \'self\' \'sha256-abc\'"></head>';
    const out = ownPolicyOnly(html);
    expect(out).toContain('data-cms');
    expect(out).toContain("'unsafe-inline'");
    expect(out).not.toContain('sha256-abc');
    expect(out).toContain('<meta charset="utf-8">');
  });
});
