/**
 * `npm run new -- <village|bulletin|industry|honor|township> <中文名> [--township <slug>] [options]`: writes a
 * commented, schema-valid template for a new content file with a pinyin file name, never over an existing file.
 * See `--help`; the work is done in scripts/new/run.ts.
 */
import { runNew } from './new/run';

const result = runNew(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
