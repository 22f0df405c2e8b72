/** A Markdown file cut where its frontmatter ends. */
export interface FrontmatterParts {
  /** The YAML between the two `---` lines, with its last line break. */
  yaml: string;
  /** The text after the frontmatter, without the blank lines that separate it. */
  body: string;
  /** What lies between the closing `---` and the body: one blank line (`\n\n`) in the project's files. */
  separator: string;
}

const FRONTMATTER = /^---\r?\n((?:[\s\S]*?\n)?)---[ \t]*(?:\r?\n|$)(\s*)/;

/** Splits `---` frontmatter from the body; a file without frontmatter is all body. */
export function splitFrontmatter(text: string): FrontmatterParts {
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: '', body: text, separator: '' };
  const [whole, yaml = '', blank = ''] = match;
  return { yaml, body: text.slice(whole.length), separator: `\n${blank}` };
}

/** The file for a frontmatter and a body: one blank line between them, and a line break at the end. */
export function joinFrontmatter(yaml: string, body: string): string {
  const text = body.trim() ? `\n${body.replace(/^\s*\n/, '').replace(/\s*$/, '\n')}` : '';
  return `---\n${yaml}---\n${text}`;
}
