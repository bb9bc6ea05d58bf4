/**
 * The content check as the build and the preview run it: one Chinese-first report naming every bad file and
 * field. `astro build` stops with a non-zero exit; `astro dev` keeps serving and reports again on every change.
 */
import type { AstroIntegrationLogger } from 'astro';
import { formatContentError, formatContentReport } from '../validate/content-errors';
import { type CheckResult, checkContent } from '../validate';

/** The error thrown when content is invalid; its message is the full report. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/** Logs the warnings of a check (files the site does not read), one block each. */
function logWarnings(result: CheckResult, logger: AstroIntegrationLogger): void {
  for (const warning of result.warnings) logger.warn(formatContentError(warning));
}

/** Checks content for a build: returns the result when it passed, throws a ContentCheckError when it did not. */
export async function checkForBuild(root: string, logger: AstroIntegrationLogger): Promise<CheckResult> {
  const result = await checkContent(root);
  logWarnings(result, logger);
  if (result.errors.length === 0) {
    logger.info('内容检查通过 (content check passed)');
    return result;
  }
  const report = formatContentReport(result.errors, 'build');
  const error = new ContentCheckError(report);
  error.stack = report; // the report says where; a stack trace into the checker would only distract
  throw error;
}

/** Checks content for the preview and logs the outcome; the preview keeps running either way. */
export async function checkForDev(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const result = await checkContent(root);
  logWarnings(result, logger);
  if (result.errors.length > 0) logger.error(formatContentReport(result.errors, 'dev'));
  else logger.info('内容检查通过 (content check passed)');
}
