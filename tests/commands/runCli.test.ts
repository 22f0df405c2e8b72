import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CommandMain, runCommand } from '../../scripts/runCli.ts';
import { describeUserError, UserError } from '../../src/lib/userError.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

async function run(main: CommandMain) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(main, {
    argv: [],
    now: new Date(),
    cwd: REPO,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe.each([
  [{ file: 'editorial/calendar/2026-11.yaml', line: 12, col: 3 }, 'editorial/calendar/2026-11.yaml:12:3  Corrigez.'],
  [{ file: 'editorial/calendar/2026-11.yaml', line: 12 }, 'editorial/calendar/2026-11.yaml:12  Corrigez.'],
  [{ file: 'editorial/calendar/2026-11.yaml' }, 'editorial/calendar/2026-11.yaml  Corrigez.'],
  [undefined, 'Corrigez.'],
])('a UserError at %o', (place, expected) => {
  const error = new UserError('rule', 'Corrigez.', place ? { place } : {});
  it(`reads ${expected}`, () => expect(describeUserError(error)).toBe(expected));
  it('is printed so, without a stack, and exits 1', async () => {
    expect(
      await run(() => {
        throw error;
      }),
    ).toEqual({ code: 1, out: '', err: `${expected}\n` });
  });
});

describe('runCommand', () => {
  it('returns what the command returns, 0 when it returns nothing', async () => {
    expect((await run(() => 3)).code).toBe(3);
    expect((await run(async () => undefined)).code).toBe(0);
  });

  it('reports any other error as a bug, with its stack, and exits 1', async () => {
    const result = await run(() => {
      throw new TypeError('x is undefined');
    });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Erreur inattendue, à signaler/);
    expect(result.err).toContain('TypeError: x is undefined\n    at ');
  });
});

describe('a script run by Node', () => {
  it('ends on a French usage line and exit 1, never on process.exit of its own (new:article without a terminal)', () => {
    const run = spawnSync(process.execPath, ['scripts/new-article.ts', '--category', 'temoignages'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Il manque --title, --authors : donnez-les en options, ou lancez la commande dans un terminal pour répondre aux questions.\n',
    );
  });
});
