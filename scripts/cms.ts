/**
 * `npm run cms [-- <project dir>]`: the CMS in local mode on the working copy. Starts `decap-server` (Decap's local
 * proxy: saving in the browser writes the files under content/ directly, no commit) and `astro dev` together;
 * open http://localhost:4321/admin/ to edit and the site's pages to see the change. Ctrl+C stops both.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { LOCAL_PORT } from '../src/cms/config';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    '用法 (usage): npm run cms [-- <项目目录，默认当前目录>]\n' +
      '同时启动内容管理后台的本地代理（decap-server，端口 8081）和预览（astro dev），\n' +
      '然后在浏览器打开 http://localhost:4321/admin/ 。保存会直接写入 content/ 下的文件（不提交）。',
  );
  process.exit(0);
}
const root = resolve(args[0] ?? '.');
const require = createRequire(import.meta.url);
const decapServer = join(dirname(require.resolve('decap-server/package.json')), 'dist/index.js');
const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

const children: ChildProcess[] = [
  spawn(process.execPath, [decapServer], {
    cwd: root,
    env: { ...process.env, PORT: String(LOCAL_PORT), GIT_REPO_DIRECTORY: root, MODE: 'fs' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [astro, 'dev', '--root', root], { cwd: root, stdio: 'inherit' }),
];
console.log(`内容管理后台（本地模式）：http://localhost:4321/admin/ （本地代理端口 ${LOCAL_PORT}，按 Ctrl+C 退出）`);

/** Stops both when either ends or on Ctrl+C. */
let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
