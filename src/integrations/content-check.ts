/**
 * The content check as the build and the preview run it: one Chinese-first report naming every bad file and
 * field. `astro build` prints it and stops with exit code 1; `astro dev` keeps serving and reports again on every change.
 */
import type { AstroIntegrationLogger } from 'astro';
import { formatContentError, formatContentReport } from '../validate/content-errors';
import { type CheckResult, checkContent } from '../validate';

/** Logs the warnings of a check (files the site does not read), one block each. */
function logWarnings(result: CheckResult, logger: AstroIntegrationLogger): void {
  for (const warning of result.warnings) logger.warn(formatContentError(warning));
}

/**
 * Checks content for a build: returns the result when it passed. When it did not, prints the report and ends the
 * build process with exit code 1 — a throw would have Astro print its English "unhandled error in a hook" preamble
 * and an empty stack before the report, and the report is what staff must read first.
 */
export async function checkForBuild(root: string, logger: AstroIntegrationLogger): Promise<CheckResult> {
  const result = await checkContent(root);
  logWarnings(result, logger);
  if (result.errors.length === 0) {
    logger.info('内容检查通过 (content check passed)');
    return result;
  }
  process.stderr.write(`${formatContentReport(result.errors, 'build')}\n`);
  process.exit(1);
}

/** Checks content for the preview and logs the outcome; the preview keeps running either way. */
export async function checkForDev(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const result = await checkContent(root);
  logWarnings(result, logger);
  if (result.errors.length > 0) logger.error(formatContentReport(result.errors, 'dev'));
  else logger.info('内容检查通过 (content check passed)');
}
