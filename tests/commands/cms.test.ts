import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/cms.ts';
import { runCommand } from '../../scripts/runCli.ts';

async function run(argv: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'passerelle-cms-'));
  const err: string[] = [];
  const code = await runCommand(main, { argv, now: new Date(), cwd, out: () => {}, err: (text) => err.push(text) });
  return { code, err: err.join('') };
}

describe('npm run cms', () => {
  it.each([
    ['--port', 'quatre'],
    ['--port', '70000'],
    ['--porte', '4321'],
  ])('refuses %s %s in French, without starting anything', async (...argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(1);
    expect(err).toMatch(/^(--port attend un numéro de port|Option inconnue ou incomplète)/);
  });
});
