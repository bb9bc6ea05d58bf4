/**
 * Astro integration that runs the content checker before Astro reads any content, so that staff get one
 * Chinese-first report naming every bad file and field. `astro build` stops with a non-zero exit; `astro dev`
 * keeps serving and prints the report again whenever a file under content/ changes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatContentReport } from '../validate/content-errors';
import { checkContent } from '../validate';

/** The error thrown when content is invalid; its message is the full report. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/** Checks content below `root`; returns the report, or undefined when all is well. */
async function report(root: string, when: 'build' | 'dev'): Promise<string | undefined> {
  const { errors } = await checkContent(root);
  return errors.length > 0 ? formatContentReport(errors, when) : undefined;
}

/** Logs the outcome of a check in dev mode. */
async function logCheck(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const problems = await report(root, 'dev');
  if (problems) logger.error(problems);
  else logger.info('内容检查通过 (content check passed)');
}

/** Creates the integration; put it first in `integrations`. */
export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'chuangxing:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') return logCheck(root, logger);
        const problems = await report(root, 'build');
        if (!problems) {
          logger.info('内容检查通过 (content check passed)');
          return;
        }
        const error = new ContentCheckError(problems);
        error.stack = problems; // the report says where; a stack trace into the checker would only distract
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = `${root}content/`;
        const onChange = (file: string) => {
          if (file.startsWith(contentDir)) void logCheck(root, logger);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
