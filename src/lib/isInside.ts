import { isAbsolute, relative, sep } from 'node:path';

/** Whether `file` lies under `folder` (both absolute, links already followed), and is not the folder itself. */
export function isInside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
