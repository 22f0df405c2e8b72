/**
 * npm run check:folders
 * Fails when a file imports from a folder above its own in the flow that README.md ("Layout") draws, or from another
 * folder of its row (src/testSupport/folderFlow.ts).
 */
import { folderFlowViolations } from '../src/testSupport/folderFlow.ts';
import { type CommandContext, runCli } from './runCli.ts';

/** Lists the imports against the flow; exits 1 when there is one. */
export function main({ cwd, out, err }: CommandContext): number {
  const violations = folderFlowViolations(cwd);
  if (violations.length === 0) {
    out('Folder flow: every import goes down.\n');
    return 0;
  }
  err(
    `${violations.map(({ file, target, reason }) => `${file} → ${target}: ${reason}`).join('\n')}\n` +
      `${violations.length} import(s) against the folder flow (README.md, Layout).\n`,
  );
  return 1;
}

if (import.meta.main) await runCli(main);
