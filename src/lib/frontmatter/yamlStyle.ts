import { plainArticleSchema } from '../schemas/article.ts';
import { plainAuthorSchema } from '../schemas/author.ts';

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

/** Article frontmatter: the schema's order; titles, summaries and image texts quoted; authors and tags on one line. */
export const ARTICLE_STYLE: YamlStyle = {
  order: Object.keys(plainArticleSchema.shape),
  quoted: ['title', 'description', 'alt', 'credit'],
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
