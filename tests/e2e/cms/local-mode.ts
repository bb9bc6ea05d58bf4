/**
 * Local mode for the CMS test: a temporary copy of content/ and a `decap-server` answering for it on a free port
 * (GIT_REPO_DIRECTORY), so the test never writes into the working copy.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../support/build-site';

/** A running decap-server over a temporary repository. */
export interface LocalMode {
  /** The temporary repository root (holds content/). */
  repo: string;
  port: number;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits until the child prints `text` (decap-server logs when it listens). */
function waitFor(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(text)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${output}`)));
  });
}

/** Copies `content` (default: the project's content/) into a temporary repository and starts decap-server over it. */
export async function startLocalMode(content = join(ROOT, 'content')): Promise<LocalMode> {
  const repo = mkdtempSync(join(tmpdir(), 'chuangxing-cms-'));
  cpSync(content, join(repo, 'content'), { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitFor(child, 'Proxy Server listening on');
  return {
    repo,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
