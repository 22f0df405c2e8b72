import type { Lang } from './i18n.ts';
import { NETWORK_BRAND } from './socialNetworks.ts';

/**
 * Plain links to each network's own share page: no script, no tracker, nothing loaded until the reader clicks.
 * Mastodon has no central share page, so it is left out rather than sending readers to one server.
 */
export function shareLinks(url: string, title: string, lang: Lang): { network: string; label: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const emailLabel = lang === 'fr' ? 'E-mail' : 'E-Mail';
  return [
    {
      network: 'facebook',
      label: NETWORK_BRAND.facebook.label,
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    {
      network: 'linkedin',
      label: NETWORK_BRAND.linkedin.label,
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    { network: 'x', label: NETWORK_BRAND.x.label, href: `https://x.com/intent/post?text=${t}&url=${u}` },
    {
      network: 'bluesky',
      label: NETWORK_BRAND.bluesky.label,
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'email', label: emailLabel, href: `mailto:?subject=${t}&body=${u}` },
  ];
}
