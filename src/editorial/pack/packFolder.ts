import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Whether `folder` holds a pack's `manifest.json` (a format version, an ISO week and an inputs hash), that is, whether
 * a new pack may replace it. Anything else at a week's place (a folder of the team's own, a file) is not the pack's
 * to delete.
 */
export async function holdsPackManifest(folder: string): Promise<boolean> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
  } catch {
    return false;
  }
  if (typeof manifest !== 'object' || manifest === null) return false;
  const { version, week, inputsHash } = manifest as Record<string, unknown>;
  return (
    typeof version === 'number' &&
    typeof week === 'object' &&
    week !== null &&
    /^\d{4}-W\d{2}$/.test(String((week as Record<string, unknown>)['id'])) &&
    typeof inputsHash === 'string' &&
    inputsHash.startsWith('sha256:')
  );
}
