import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schemas/article.ts';
import { authorSchema } from './lib/schemas/author.ts';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '{fr,de}/**/*.mdx' }),
  schema: ({ image }) => articleSchema({ image: image(), author: reference('authors') }),
});

const authors = defineCollection({
  loader: glob({ base: './content/authors', pattern: '*.yaml' }),
  schema: ({ image }) => authorSchema({ image: image() }),
});

export const collections = { articles, authors };
