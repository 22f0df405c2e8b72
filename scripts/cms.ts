/**
 * npm run cms [-- --port 4321]
 * Starts the site's dev server and Decap CMS's local proxy together, for writing in the browser at /admin/; Ctrl+C
 * stops both, and either one stopping stops the other.
 */
import { startCms } from '../src/cms/startCms.ts';
import { parseCommandLine, UsageError } from './commandLine.ts';
import { type CommandContext, runCli } from './runCli.ts';

const USAGE = 'npm run cms -- [--port 4321]';

export async function main({ argv, cwd, out, err }: CommandContext): Promise<number> {
  const values = parseCommandLine(argv, { port: { type: 'string', default: '4321' } }, USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port attend un numéro de port, par exemple 4321 (reçu « ${values.port} »).`);
  const cms = await startCms({ root: cwd, port, log: (line) => out(`${line}\n`) });
  out(`\nRédaction : ${cms.adminUrl}  (le site : ${cms.siteUrl}/ ; Ctrl+C pour arrêter)\n\n`);
  const interrupted = new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve('interrompu'));
  });
  const reason = await Promise.race([cms.exited, interrupted]);
  await cms.stop();
  if (reason === 'interrompu') return 0;
  err(`La rédaction s’est arrêtée : ${reason}. Relancez npm run cms.\n`);
  return 1;
}

if (import.meta.main) await runCli(main);
