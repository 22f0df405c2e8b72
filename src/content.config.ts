import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/articles/articleLoader.ts';
import { articleSchema } from './lib/schemas/article.ts';
import { authorSchema } from './lib/schemas/author.ts';
import { builtOnce } from './lib/schemas/builtOnce.ts';
import { institutionPageSchema } from './lib/schemas/page.ts';
import { SITE } from './site.config.ts';

const articles = defineCollection({
  loader: articleLoader({ base: 'content/articles', authorsFolder: 'content/authors', images: SITE.images }),
  schema: builtOnce((image) =>
    articleSchema({ image, author: reference('authors'), services: Object.keys(SITE.services) }),
  ),
});

const authors = defineCollection({
  loader: glob({ base: './content/authors', pattern: '*.yaml' }),
  schema: builtOnce((image) => authorSchema({ image })),
});

/** Legal notice, privacy and accessibility statements, per language: their file names are their addresses (i18n.ts). */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '{fr,de}/*.md' }),
  schema: institutionPageSchema,
});

export const collections = { articles, authors, pages };
