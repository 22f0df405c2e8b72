import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accountFor } from '../../src/editorial/accounts.ts';
import { entrySchema } from '../../src/editorial/entrySchema.ts';
import { readinessProblems } from '../../src/editorial/readiness.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { NETWORK_IDS } from '../../src/lib/socialNetworks.ts';
import { SITE, type SocialAccount } from '../../src/site.config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the site config’s accounts', () => {
  it('have unique ids that can name a file', () => {
    const ids = SITE.accounts.map((account) => account.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('give each network and language at most one account, so each post has one place to go', () => {
    for (const network of NETWORK_IDS)
      for (const lang of LANGS)
        expect(
          SITE.accounts.filter((account) => account.network === network && account.langs.includes(lang)),
          `${network} ${lang}`,
        ).toHaveLength(1);
  });

  it('have an avatar file the preview can embed', () => {
    for (const account of SITE.accounts) {
      expect(existsSync(join(ROOT, account.avatar)), account.avatar).toBe(true);
      expect(['.svg', '.png', '.jpg', '.jpeg']).toContain(extname(account.avatar));
    }
  });
});

describe('accountFor', () => {
  const french: SocialAccount = {
    id: 'instagram-fr',
    network: 'instagram',
    name: 'Hôpital',
    handle: 'hopital',
    langs: ['fr'],
    avatar: 'public/logo.svg',
  };

  it('finds the account of a network that carries the language, and none when no account does', () => {
    expect(accountFor('instagram', 'fr', [french])).toBe(french);
    expect(accountFor('instagram', 'de', [french])).toBeUndefined();
    expect(accountFor('facebook', 'fr', [french])).toBeUndefined();
  });

  it('sends French and German posts to the hospital’s two Facebook pages, and both to its one LinkedIn page', () => {
    expect(accountFor('facebook', 'fr')?.id).toBe('facebook-fr');
    expect(accountFor('facebook', 'de')?.id).toBe('facebook-de');
    expect(accountFor('linkedin', 'fr')?.id).toBe(accountFor('linkedin', 'de')?.id);
  });

  it('makes an entry without an account for its language unready', () => {
    const entry = entrySchema.parse({
      id: 'essai',
      date: '2026-11-24 12:00',
      networks: ['facebook'],
      text: 'Bonjour',
      status: 'approved',
    });
    expect(readinessProblems(entry)).toEqual([]);
    const onlyFrench = readinessProblems({ ...entry, networks: ['instagram'], lang: 'de', article: 'x' }, [french]);
    expect(onlyFrench.map((problem) => problem.code)).toEqual(['no-account']);
    expect(onlyFrench[0]!.message).toBe(
      'Aucun compte Instagram ne publie en allemand (de) : ajoutez-en un dans src/site.config.ts (accounts), ou retirez Instagram de networks.',
    );
  });
});
