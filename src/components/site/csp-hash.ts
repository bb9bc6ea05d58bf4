/**
 * Content-Security-Policy hashes for the site's own inline scripts: a component renders its script with
 * `set:html={code}` and registers `cspHash(code)` with `Astro.csp?.insertScriptHash`, so the page's policy allows
 * that exact text and nothing else inline (Astro hashes the scripts it bundles, not `is:inline` ones).
 */
import { createHash } from 'node:crypto';

/** The CSP source for an inline script or style: `sha256-` and the base64 SHA-256 of its exact text. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
