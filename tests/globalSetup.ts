import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run: the tests and the commands they start (which inherit TMPDIR) make their
 * folders inside it, and it is removed at the end, so runs leave nothing behind in the system's temporary folder.
 */
export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-tests-'));
  process.env['TMPDIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
