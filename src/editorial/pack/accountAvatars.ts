import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { SITE } from '../../site.config.ts';
import type { AccountRecord } from './manifestSchema.ts';

const PROJECT = new URL('../../../', import.meta.url);
const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** Each account's avatar (site config) as a data URI, so the preview shows it without a request, offline. */
export function accountAvatars(accounts: readonly AccountRecord[]): Map<string, string> {
  const avatars = new Map<string, string>();
  for (const { id } of accounts) {
    const avatar = SITE.accounts.find((account) => account.id === id)?.avatar;
    const type = avatar === undefined ? undefined : TYPES[extname(avatar).toLowerCase()];
    if (avatar === undefined || type === undefined) continue;
    avatars.set(id, `data:${type};base64,${readFileSync(new URL(avatar, PROJECT)).toString('base64')}`);
  }
  return avatars;
}
