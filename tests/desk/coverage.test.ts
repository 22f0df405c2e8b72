import { describe, expect, it } from 'vitest';
import type { IndexedArticle } from '../../src/editorial/articleIndex.ts';
import { coverage } from '../../src/editorial/desk/coverage.ts';
import { coverageLines } from '../../src/editorial/desk/coverageText.ts';
import { loadCalendar } from '../../src/editorial/loadCalendar.ts';
import { plainArticleSchema } from '../../src/lib/schemas/article.ts';
import { parseZurichTime } from '../../src/lib/zurichTime.ts';
import { load } from './helpers.ts';

const RHYTHM = { facebook: { perWeek: 2, maxPerDay: 1 }, linkedin: { perWeek: 1, maxPerDay: 1 } };
const calendar = loadCalendar(load());
const november = {
  from: parseZurichTime('2026-11-01'),
  to: parseZurichTime('2026-12-01'),
  now: parseZurichTime('2026-11-01'),
};

describe('coverage of the fixture November', () => {
  const report = coverage({ entries: calendar.entries, articles: calendar.articles, rhythm: RHYTHM, ...november });

  it('loads the fixture without errors', () => expect(calendar.errors).toEqual([]));

  it('finds the weeks below their rhythm, counting posts of the neighbouring months in the weeks that overlap them', () => {
    // W44 (26 Oct–1 Nov) is covered by October's posts, W49 (30 Nov–6 Dec) by December's; ideas never count.
    expect(
      report.thinWeeks.map(({ week, network, planned, expected }) => `${week} ${network} ${planned}/${expected}`),
    ).toEqual([
      '2026-W45 facebook 1/2',
      // In the engine's network order (NETWORK_IDS): LinkedIn before Facebook.
      '2026-W48 linkedin 0/1',
      '2026-W48 facebook 1/2',
    ]);
  });

  it('finds the crowded day, leaving out the idea planned the same day', () => {
    expect(report.crowdedDays).toEqual([
      { day: '2026-11-18', network: 'facebook', planned: 2, max: 1, ids: ['scanner-annonce', 'scanner-midi'] },
    ]);
  });

  it('finds the articles no post announces: one without any, one with an idea only; not the draft nor October’s', () => {
    expect(report.unannounced.map(({ lang, slug }) => `${lang}/${slug}`)).toEqual([
      'de/grippe-impfung',
      'fr/journee-portes',
    ]);
  });

  it('tells each finding in French with what to do', () => {
    const lines = coverageLines(report);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'Semaine 2026-W45 (dès le 02.11.2026) : 1 post(s) Facebook sur 2 prévus par le rythme : ajoutez-en ou acceptez la pause.',
    );
    expect(lines).toContain(
      'Le 18.11.2026 : 2 posts Facebook (scanner-annonce, scanner-midi), plus que les 1 par jour du rythme : déplacez-en un à un autre jour.',
    );
    expect(lines.at(-2)).toMatch(
      /« Grippe: jetzt impfen lassen » \(de\/grippe-impfung, parution le 12\.11\.2026\).*calendar:suggest -- --article grippe-impfung --lang de\.$/,
    );
  });
});

describe('coverage rules', () => {
  const articles = calendar.articles;
  const at = (date: string) => parseZurichTime(date);
  const post = (id: string, date: string, extra: object = {}) => ({
    id,
    date: at(date),
    networks: ['facebook' as const],
    status: 'approved' as const,
    lang: 'fr' as const,
    ...extra,
  });

  it('does not take a post dated before the article for its announcement', () => {
    const entries = [post('teaser', '2026-11-24 12:00', { article: 'journee-portes' })];
    const report = coverage({
      entries,
      articles,
      rhythm: {},
      from: at('2026-11-25'),
      to: at('2026-11-26'),
      now: at('2026-11-25'),
    });
    expect(report.unannounced.map(({ slug }) => slug)).toEqual(['journee-portes']);
  });

  it('counts the announcement in the article’s language only', () => {
    const entries = [post('de-post', '2026-11-12 12:00', { article: 'grippe-impfung' })];
    const report = coverage({
      entries,
      articles,
      rhythm: {},
      from: at('2026-11-12'),
      to: at('2026-11-13'),
      now: at('2026-11-12'),
    });
    expect(report.unannounced.map(({ lang, slug }) => `${lang}/${slug}`)).toEqual(['de/grippe-impfung']);
  });

  it('leaves networks without a rhythm alone', () => {
    const report = coverage({
      entries: [],
      articles: new Map(),
      rhythm: {},
      from: at('2026-11-02'),
      to: at('2026-11-09'),
      now: at('2026-11-02'),
    });
    expect(report).toEqual({ thinWeeks: [], crowdedDays: [], unannounced: [], toReview: [], tagVariants: [] });
  });
});

describe('articles to review and tags written in several ways', () => {
  const article = (lang: 'fr' | 'de', slug: string, fields: Record<string, unknown>): [string, IndexedArticle] => [
    `${lang}/${slug}`,
    {
      lang,
      slug,
      file: `${slug}.md`,
      url: `https://example.ch/${slug}/`,
      valid: true,
      data: plainArticleSchema.parse({
        title: `Titre ${slug}`,
        description: 'Description.',
        category: 'medecine-et-soins',
        pubDate: '2026-01-05',
        authors: ['luc-baeriswyl'],
        ...fields,
      }),
    },
  ];
  const reviewed = (next: string) => ({ reviewedBy: 'luc-baeriswyl', lastReviewed: '2026-01-05', nextReview: next });
  const articles = new Map([
    article('fr', 'passee', { ...reviewed('2026-11-20'), tags: ['Prévention'] }),
    article('fr', 'bientot', { ...reviewed('2026-12-20'), tags: ['prévention'] }),
    article('fr', 'plus-tard', { ...reviewed('2027-02-01'), tags: ['prévention'] }),
    article('fr', 'brouillon', { ...reviewed('2026-11-01'), draft: true }),
    article('de', 'praevention', { tags: ['Prävention'] }),
  ]);
  const now = parseZurichTime('2026-12-02 09:00');
  const report = coverage({ entries: [], articles, rhythm: {}, from: now, to: now, now });

  it('lists the published articles whose review is past or within 30 days, the earliest first', () => {
    expect(report.toReview.map(({ slug }) => slug)).toEqual(['passee', 'bientot']);
  });

  it('tells what to do, and says when the review date is past', () => {
    const lines = coverageLines(report);
    expect(lines).toContain(
      'À relire : « Titre passee » (fr/passee), relecture dépassée depuis le 20.11.2026 : faites relire l’article (dernière relecture : luc-baeriswyl), puis mettez à jour lastReviewed et nextReview.',
    );
    expect(lines.some((line) => line.includes('relecture prévue le 20.12.2026'))).toBe(true);
    expect(lines).toContain(
      'Le mot-clé « prévention » (prevention) s’écrit aussi « Prévention » (fr/passee) : les pages l’affichent « prévention » ; harmonisez l’orthographe.',
    );
  });
});
