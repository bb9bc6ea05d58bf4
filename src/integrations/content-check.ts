/**
 * Astro integration that runs the content checker before Astro reads any content, so that staff get one
 * Chinese-first report naming every bad file and field, and the build stops with a non-zero exit.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatContentReport } from '../lib/content-errors';
import { checkContent } from '../validate';

/** The error thrown when content is invalid; its message is the full report. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/** Creates the integration; put it first in `integrations`. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'chuangxing:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const { errors } = await checkContent(fileURLToPath(config.root));
        if (errors.length === 0) {
          logger.info('内容检查通过 (content check passed)');
          return;
        }
        const report = formatContentReport(errors);
        const error = new ContentCheckError(report);
        error.stack = report; // the report says where; a stack trace into the checker would only distract
        throw error;
      },
    },
  };
}
