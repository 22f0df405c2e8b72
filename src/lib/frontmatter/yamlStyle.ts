import { plainArticleSchema } from '../schemas/article.ts';
import { plainAuthorSchema } from '../schemas/author.ts';
import { institutionPageSchema } from '../schemas/page.ts';

/** How the project writes a YAML file or frontmatter, so that files written by tools look like files written by hand. */
export interface YamlStyle {
  /** Keys in the order a new key is placed; existing keys keep their place. */
  order: readonly string[];
  /** Keys whose text values are written in double quotes (prose), at any depth: `title: "Varices : quand consulter ?"`. */
  quoted: readonly string[];
  /** Keys whose lists are written on one line: `tags: [varices, circulation]`. */
  flow: readonly string[];
  /** Keys, at any depth, whose values are files beside the content, written `./name`. */
  paths: readonly string[];
}

/** Article frontmatter: the schema's order; titles, summaries, image texts, corrections and quotes in quotes; authors and tags on one line. */
export const ARTICLE_STYLE: YamlStyle = {
  order: Object.keys(plainArticleSchema.in.shape),
  quoted: ['title', 'description', 'alt', 'credit', 'text', 'quote'],
  flow: ['authors', 'tags'],
  paths: ['src'],
};

/** An author's file in content/authors/. */
export const AUTHOR_STYLE: YamlStyle = {
  order: Object.keys(plainAuthorSchema.shape),
  quoted: ['bio'],
  flow: [],
  paths: ['photo'],
};

/** An institution page's frontmatter (legal notice, privacy, accessibility). */
export const PAGE_STYLE: YamlStyle = {
  order: Object.keys(institutionPageSchema.shape),
  quoted: ['description'],
  flow: [],
  paths: [],
};
