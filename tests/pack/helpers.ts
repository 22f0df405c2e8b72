import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = 'tests/pack/fixtures';

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script of the repository with the Node that runs the tests (Node 24 from node_modules), from the repository root. */
export function runScript(script: string, args: string[]): Promise<CommandRun> {
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}

/** `npm run pack -- …` without npm: the same `node scripts/pack.ts …`. */
export function runPack(args: string[]): Promise<CommandRun> {
  return runScript('scripts/pack.ts', args);
}

export function temporaryDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `passerelle-${prefix}-`));
}

/**
 * The names in `dir` as a reader of the folder meets them: a week's pack is a link to a hidden sibling folder
 * (`2026-W48` → `.2026-W48.<process>-<random>`), listed once under the week's name. Any other entry, hidden or not
 * (a leftover of an interrupted run), is listed.
 */
export function entriesOf(dir: string): string[] {
  const names = readdirSync(dir).sort();
  const linked = new Set(
    names.filter((name) => lstatSync(join(dir, name)).isSymbolicLink()).map((name) => readlinkSync(join(dir, name))),
  );
  return names.filter((name) => !linked.has(name));
}

/** Every file under `dir` (hidden ones included, links followed as in `entriesOf`) with the SHA-256 of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  if (!existsSync(dir)) return result;
  const walk = (folder: string) => {
    for (const name of entriesOf(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        result[`${relative(dir, path)}/`] = 'dir';
        walk(path);
      } else {
        result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    }
  };
  walk(dir);
  return result;
}

/** The contents of the fenced blocks that follow each `## ` heading of a network file: the post texts, in order. */
export function postTextsOfMarkdown(markdown: string): string[] {
  return markdown
    .split(/\n(?=## )/)
    .slice(1)
    .map((section) => {
      const open = /^(`{3,})text\n/m.exec(section);
      if (!open) throw new Error(`Section without a fenced block: ${section.slice(0, 80)}`);
      const fence = open[1]!;
      const start = open.index + open[0].length;
      const end = section.indexOf(`\n${fence}\n`, start);
      return section.slice(start, end);
    });
}
