/**
 * npm run cms [-- --port 4321]
 * Starts the site's dev server and Decap CMS's local proxy together, for writing in the browser at /admin/; Ctrl+C
 * stops both, and either one stopping stops the other.
 */
import { cwd } from 'node:process';
import { CmsStartError, startCms } from '../src/cms/startCms.ts';
import { parseCommandLine, UsageError } from './commandLine.ts';

async function main(): Promise<number> {
  const values = parseCommandLine(
    process.argv.slice(2),
    { port: { type: 'string', default: '4321' } },
    'npm run cms -- [--port 4321]',
  );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port attend un numéro de port, par exemple 4321 (reçu « ${values.port} »).`);
  const cms = await startCms({ root: cwd(), port, log: (line) => console.log(line) });
  console.log(`\nRédaction : ${cms.adminUrl}  (le site : ${cms.siteUrl}/ ; Ctrl+C pour arrêter)\n`);
  const interrupted = new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve('interrompu'));
  });
  const reason = await Promise.race([cms.exited, interrupted]);
  await cms.stop();
  if (reason === 'interrompu') return 0;
  console.error(`La rédaction s’est arrêtée : ${reason}.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof CmsStartError) console.error(error.message);
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
