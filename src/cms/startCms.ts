import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { UserError } from '../lib/userError.ts';
import { PROXY_VARIABLE } from './cmsConfig.ts';

export interface RunningCms {
  /** The site, served by `astro dev`: `http://localhost:4321`. */
  siteUrl: string;
  /** The CMS: `http://localhost:4321/admin/`. */
  adminUrl: string;
  /** Decap's local proxy, which reads and writes the working tree. */
  proxyUrl: string;
  /** Resolves when either process stops on its own, with what it said last. */
  exited: Promise<string>;
  /** Stops both processes and waits for them. */
  stop(): Promise<void>;
}

export interface CmsOptions {
  /** The site's folder: the proxy writes in its content/, the dev server builds it. */
  root: string;
  /** Port of the dev server; Astro takes the next free one when it is taken. */
  port?: number;
  /** Where the processes' own output goes (the terminal for `npm run cms`). */
  log?: (line: string) => void;
}

/** Why the CMS did not start: which of its two servers, and what it said. */
export class CmsStartError extends UserError<'proxy' | 'site'> {
  constructor(code: 'proxy' | 'site', message: string) {
    super(code, message);
    this.name = 'CmsStartError';
  }
}

/** A port nothing listens on, on 127.0.0.1, for a server started right after. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The environment for the child processes, without a test runner's variables: Astro's dev server serves no page at
 * all when it sees VITEST, and Vitest also sets NODE_ENV and Vite's MODE, DEV, PROD, SSR and BASE_URL.
 */
function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const leaked = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !leaked.has(key));
  return { ...Object.fromEntries(inherited), ...extra };
}

/** Resolves with the first line of a process's output that matches, or rejects when it exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp, log: (line: string) => void): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) log(line);
      // Astro colours its output: the address is read without the escape codes.
      const match = stripVTControlCharacters(tail).match(pattern);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(tail.trim())));
  });
}

/** Resolves once the proxy answers Decap's first question, or rejects when it exits or stays silent for 30 s. */
async function waitForProxy(child: ChildProcess, url: string): Promise<void> {
  const started = Date.now();
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  });
  while (child.exitCode === null && Date.now() - started < 30_000) {
    const answer = await fetch(url, {
      method: 'POST',
      body: '{"action":"info"}',
      headers: { 'content-type': 'application/json' },
    }).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(output.trim() || 'pas de réponse');
}

function exitOf(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(`${name} : arrêt (${signal ?? code})`)));
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts what editors need to write in the browser on their own machine: Decap's local proxy (`decap-server`), which
 * reads and writes the working tree and listens on 127.0.0.1 only, and the site's dev server, whose /admin/ page talks
 * to it. Either one stopping stops the other.
 */
export async function startCms(options: CmsOptions): Promise<RunningCms> {
  const log = options.log ?? (() => {});
  const require = createRequire(import.meta.url);
  const proxyPort = await freePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
  const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: options.root,
    env: childEnvironment({
      PORT: String(proxyPort),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: options.root,
      LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopAll = async () => {
    await Promise.all([stopProcess(proxy), site ? stopProcess(site) : undefined]);
  };
  let site: ChildProcess | undefined;
  try {
    await waitForProxy(proxy, proxyUrl).catch((error: Error) => {
      throw new CmsStartError('proxy', `Le serveur local de Decap CMS n’a pas démarré : ${error.message}`);
    });
    const astro = join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
    site = spawn(process.execPath, [astro, 'dev', '--port', String(options.port ?? 4321)], {
      cwd: options.root,
      env: childEnvironment({ [PROXY_VARIABLE]: proxyUrl }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [, siteUrl = ''] = await waitForLine(site, /Local\s+(http:\/\/\S+?)\/?\s/, log).catch((error: Error) => {
      throw new CmsStartError('site', `Le serveur du site n’a pas démarré : ${error.message}`);
    });
    const exited = Promise.race([exitOf(proxy, 'decap-server'), exitOf(site, 'astro dev')]);
    void exited.then(stopAll);
    return { siteUrl, adminUrl: `${siteUrl}/admin/`, proxyUrl, exited, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
