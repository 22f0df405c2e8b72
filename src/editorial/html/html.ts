import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import htm from 'htm';
import { Fragment, h, type VNode } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';

/**
 * The one way the engine writes HTML: htm's tagged templates over Preact's virtual nodes, rendered to a string.
 * Every `${value}` in text or in an attribute is escaped when rendered, unless it is itself a node made by `html`: a
 * planner's text can never become markup. A component is a function of typed props returning a node.
 */

const template = htm.bind(h);

/** Markup with its values escaped; several top-level elements come back as one fragment. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): VNode {
  const result = template(strings, ...values);
  return Array.isArray(result) ? h(Fragment, null, ...result) : result;
}

/** A whole document: the doctype, then the page's markup. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>\n${renderToStaticMarkup(page)}\n`;
}

/**
 * The text of a file of our own beside a module (`asset(import.meta.url, 'calendarView.css')`), to inline in a page:
 * the pages open from a disk or an e-mail attachment, where nothing else can be fetched.
 */
export function asset(moduleUrl: string, name: string): string {
  return readFileSync(new URL(name, moduleUrl), 'utf8');
}

/** `'sha256-…'`: a Content-Security-Policy source allowing exactly this inline script or style. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}
