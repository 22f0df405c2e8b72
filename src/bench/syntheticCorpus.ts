import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../lib/categories.ts';

/** A seeded generator, so that every run measures the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'santé patient patiente soins hôpital médecin infirmière traitement prévention vaccin consultation douleur sommeil ' +
  'enfant famille examen urgence cœur poumon circulation jambe veine sport alimentation hiver grippe fièvre repos ' +
  'conseil équipe service maternité naissance anesthésie opération rééducation suivi rendez-vous pharmacie dépistage ' +
  'risque symptôme signe fatigue hydratation marche respiration allergie protection hygiène lavage mains masque ' +
  'le la les un une des du de et ou mais donc car pour avec sans chez dans sur sous entre après avant pendant ' +
  'important simple régulier rapide doux fréquent rare utile nécessaire possible souvent toujours parfois vraiment'
).split(' ');

const TAGS = [
  'prevention',
  'hiver',
  'enfants',
  'vaccination',
  'sommeil',
  'sport',
  'maternite',
  'coeur',
  'circulation',
  'nutrition',
  'seniors',
  'urgences',
  'recherche',
  'soins-infirmiers',
  'sante-mentale',
];
const AUTHORS = ['claire-morand', 'luc-baeriswyl', 'sophie-kessler', 'nadia-rochat'];

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, words: number): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, 8 + Math.floor(random() * 14));
    sentences.push(sentence(random, length));
    left -= length;
  }
  return sentences.join(' ');
}

/** How the corpus is written: as editors do (mostly Markdown, a few MDX articles), or all in one format for the bare blogs. */
export type CorpusFormat = 'mixed' | 'md' | 'mdx';

/** In a mixed corpus, one article in 25 (4 %) is MDX, as articles that need a developer's component are. */
const MDX_EVERY = 25;
/** One article in three has a hero image; the others are text only. */
const HERO_EVERY = 3;

/** The language folder and file name of the corpus's article `index`: every fifth is German. */
export function syntheticArticleFile(index: number, format: CorpusFormat = 'mixed'): string {
  const extension = format === 'mixed' ? (index % MDX_EVERY === MDX_EVERY - 1 ? 'mdx' : 'md') : format;
  return `${index % 5 === 4 ? 'de' : 'fr'}/article-${String(index).padStart(5, '0')}.${extension}`;
}

/**
 * One article of 600–1,500 words: headings, a list, a callout (a directive in Markdown, a component in MDX), internal
 * and external links, and on some a hero from the shared images folder.
 */
export function syntheticArticle(
  index: number,
  random: () => number,
  slugs: string[],
  images: number,
  format: 'md' | 'mdx' = 'md',
): string {
  const category = CATEGORY_IDS[index % CATEGORY_IDS.length]!;
  const words = 600 + Math.floor(random() * 900);
  // Three articles a day at office hours, never in the hour skipped by the spring clock change.
  const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(index / 3) * 86_400_000);
  const date = `${day.toISOString().slice(0, 10)} ${String(8 + (index % 3) * 4).padStart(2, '0')}:00`;
  const tags = [TAGS[index % TAGS.length]!, TAGS[(index * 7 + 3) % TAGS.length]!].filter(
    (tag, i, all) => all.indexOf(tag) === i,
  );
  const authors = [AUTHORS[index % AUTHORS.length]!];
  const image = `../../images/image-${index % images}.jpg`;
  const sections = 4 + (index % 3);
  const perSection = Math.floor(words / sections);
  const body: string[] = [];
  for (let s = 0; s < sections; s += 1) {
    body.push(`## ${sentence(random, 4).slice(0, -1)}`, paragraph(random, perSection - 40));
    if (s === 1) body.push([6, 8, 5].map((words) => `- ${sentence(random, words)}`).join('\n'));
    if (s === 2)
      body.push(
        format === 'mdx'
          ? `<Callout type="conseil">\n${sentence(random, 16)}\n</Callout>`
          : `:::conseil\n${sentence(random, 16)}\n:::`,
      );
    if (s === 3)
      body.push(
        `Voir aussi [un article proche](/articles/${slugs[(index + 17) % slugs.length]}/) et [l'OFSP](https://www.bag.admin.ch/).`,
      );
    body.push(paragraph(random, 40));
  }
  return `---
title: "${sentence(random, 6).slice(0, -1)} ${index}"
description: "${sentence(random, 18)}"
category: ${category}
pubDate: ${date}
authors: [${authors.join(', ')}]
tags: [${tags.join(', ')}]
${index % HERO_EVERY === 0 ? `hero:\n  src: ${image}\n  alt: "${sentence(random, 8)}"\n  credit: "Illustration : banc d'essai"\n` : ''}${category === 'temoignages' ? 'consent: CONS-2026-001\n' : ''}---

${body.join('\n\n')}
`;
}

/**
 * Writes `count` articles (every fifth in German) into `articlesDir`, and the few images they share as heroes into
 * the shared images folder beside it (`../images`, as `SITE.images.sharedFolder` is to `content/articles`).
 */
export function writeSyntheticArticles(
  articlesDir: string,
  count: number,
  heroSource: Buffer[],
  format: CorpusFormat = 'mixed',
  seed = 1,
): void {
  const random = seededRandom(seed);
  const slugs = Array.from({ length: count }, (_, index) => `article-${String(index).padStart(5, '0')}`);
  mkdirSync(join(articlesDir, '../images'), { recursive: true });
  for (const [index, image] of heroSource.entries())
    writeFileSync(join(articlesDir, '../images', `image-${index}.jpg`), image);
  for (const lang of ['fr', 'de']) mkdirSync(join(articlesDir, lang), { recursive: true });
  for (const index of slugs.keys()) {
    const file = syntheticArticleFile(index, format);
    const body = syntheticArticle(index, random, slugs, heroSource.length, file.endsWith('.mdx') ? 'mdx' : 'md');
    writeFileSync(join(articlesDir, file), body);
  }
}
