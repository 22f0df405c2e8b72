import type { Lang } from '../lib/i18n.ts';
import type { NetworkId } from '../lib/socialNetworks.ts';
import { SITE, type SocialAccount } from '../site.config.ts';

const LANGUAGE_NAME: Record<Lang, string> = { fr: 'français', de: 'allemand' };

/** The account a post in `lang` goes out from on `network` (site config `accounts`), if the hospital has one. */
export function accountFor(
  network: NetworkId,
  lang: Lang,
  accounts: readonly SocialAccount[] = SITE.accounts,
): SocialAccount | undefined {
  return accounts.find((account) => account.network === network && account.langs.includes(lang));
}

/** French: no account publishes this language on this network, and what to do. */
export function missingAccountMessage(network: string, lang: Lang): string {
  return `Aucun compte ${network} ne publie en ${LANGUAGE_NAME[lang]} (${lang}) : ajoutez-en un dans src/site.config.ts (accounts), ou retirez ${network} de networks.`;
}
