import { tagVariantWarnings } from '../../lib/tagIndex.ts';
import { formatZurichDay } from '../formatZurichTime.ts';
import { NETWORKS } from '../networks.ts';
import type { Coverage } from './coverage.ts';

/** The coverage report in French, one line per finding, each saying what to do; empty when all is covered. */
export function coverageLines(report: Coverage, now: Date): string[] {
  const day = (iso: string) => formatZurichDay(new Date(`${iso}T12:00:00Z`));
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
      ({ lang, slug, title, nextReview, reviewedBy }) =>
        `À relire : « ${title} » (${lang}/${slug}), relecture ${nextReview < now ? 'dépassée depuis' : 'prévue'} le ${formatZurichDay(nextReview)} : faites relire l’article${reviewedBy ? ` (dernière relecture : ${reviewedBy})` : ''}, puis mettez à jour lastReviewed et nextReview.`,
    ),
    ...tagVariantWarnings(new Map(report.tagVariants.map((tag) => [tag.slug, tag]))),
  ];
}
