import type { NetworkId } from '../../lib/socialNetworks.ts';
import { tagVariantWarnings } from '../../lib/tagIndex.ts';
import { formatZurichDay, parseZurichTime } from '../../lib/zurichTime.ts';
import type { NetworkRhythm } from '../../site.config.ts';
import type { Calendar } from '../loadCalendar.ts';
import { NETWORKS } from '../networks.ts';
import { type Coverage, coverage } from './coverage.ts';

/** The coverage report in French, one line per finding, each saying what to do; empty when all is covered. */
export function coverageLines(report: Coverage): string[] {
  const day = (iso: string) => formatZurichDay(parseZurichTime(iso));
  return [
    ...report.thinWeeks.map(
      ({ week, monday, network, planned, expected }) =>
        `Semaine ${week} (dès le ${day(monday)}) : ${planned} post(s) ${NETWORKS[network].label} sur ${expected} prévus par le rythme : ajoutez-en ou acceptez la pause.`,
    ),
    ...report.crowdedDays.map(
      ({ day: iso, network, planned, max, ids }) =>
        `Le ${day(iso)} : ${planned} posts ${NETWORKS[network].label} (${ids.join(', ')}), plus que les ${max} par jour du rythme : déplacez-en un à un autre jour.`,
    ),
    ...report.unannounced.map(
      ({ lang, slug, title, pubDate }) =>
        `L’article « ${title} » (${lang}/${slug}, parution le ${formatZurichDay(pubDate)}) n’est annoncé par aucun post : lancez npm run calendar:suggest -- --article ${slug}${lang === 'fr' ? '' : ` --lang ${lang}`}.`,
    ),
    ...report.toReview.map(
      ({ lang, slug, title, nextReview, overdue, reviewedBy }) =>
        `À relire : « ${title} » (${lang}/${slug}), relecture ${overdue ? 'dépassée depuis' : 'prévue'} le ${formatZurichDay(nextReview)} : faites relire l’article${reviewedBy ? ` (dernière relecture : ${reviewedBy})` : ''}, puis mettez à jour lastReviewed et nextReview.`,
    ),
    ...tagVariantWarnings(new Map(report.tagVariants.map((tag) => [tag.slug, tag]))),
  ];
}

/** calendar:check's advice on a period: its heading, then the coverage findings, or a line saying all is covered. */
export function coverageAdvice(
  calendar: Pick<Calendar, 'entries' | 'articles'>,
  { from, to }: { from: Date; to: Date },
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>,
  now: Date,
): string[] {
  const advice = coverageLines(
    coverage({ entries: calendar.entries, articles: calendar.articles, rhythm, from, to, now }),
  );
  return [
    'Couverture (conseils, sans effet sur le résultat) :',
    ...(advice.length > 0
      ? advice.map((line) => `  ${line}`)
      : ['  Chaque réseau a son rythme, chaque article paru son annonce.']),
  ];
}
