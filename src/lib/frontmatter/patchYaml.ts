import { Document, isMap, isScalar, isSeq, type Node, parseDocument, Scalar } from 'yaml';
import { relativePath } from './relativePath.ts';
import type { YamlStyle } from './yamlStyle.ts';

/** yaml's printer set to the project's habits: no line folding, `[a, b]` without inner spaces, two-space indent. */
const PRINT = { lineWidth: 0, flowCollectionPadding: false, indent: 2 } as const;

/**
 * A value as it is written, or `undefined` when nothing should be: empty texts, lists and groups, and `false` (the only
 * booleans, like `draft`, default to false) are left out of the file, as editors leave them out by hand.
 */
export function writtenValue(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === false) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(writtenValue).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, writtenValue(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The value with the files among it written `./name`, at any depth. */
function withRelativePaths(value: unknown, key: string, style: YamlStyle): unknown {
  if (typeof value === 'string') return style.paths.includes(key) ? relativePath(value) : value;
  if (Array.isArray(value)) return value.map((item) => withRelativePaths(item, key, style));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, withRelativePaths(item, name, style)]),
    );
  return value;
}

/** The same JSON for equal values whatever the order of their keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

/** Gives a new node the look of the one it replaces, or the project's look for its key. */
function styleNode(node: unknown, key: string, style: YamlStyle, before: unknown): void {
  if (isScalar(node) && typeof node.value === 'string') {
    node.type = isScalar(before) && before.type ? before.type : style.quoted.includes(key) ? 'QUOTE_DOUBLE' : 'PLAIN';
  } else if (isSeq(node)) {
    node.flow = isSeq(before) ? Boolean(before.flow) : style.flow.includes(key);
    for (const [index, item] of node.items.entries())
      styleNode(item, key, style, isSeq(before) ? before.items[index] : undefined);
  } else if (isMap(node)) {
    const keys = isMap(before) ? before.items.map((pair) => String(pair.key)) : [];
    const rank = (name: string) => (keys.includes(name) ? keys.indexOf(name) : keys.length + style.order.indexOf(name));
    node.items.sort((a, b) => rank(String(a.key)) - rank(String(b.key)));
    for (const pair of node.items) {
      const name = String(pair.key);
      styleNode(pair.value, name, style, isMap(before) ? before.get(name, true) : undefined);
    }
  }
}

/** `key: value` as the project writes it, ending with a line break. */
function renderPair(key: string, value: unknown, style: YamlStyle, before?: unknown): string {
  const doc = new Document({ [key]: value });
  if (isMap(doc.contents)) {
    const pair = doc.contents.items[0];
    if (pair) {
      pair.key = new Scalar(key);
      styleNode(pair.value, key, style, before);
    }
  }
  return doc.toString(PRINT);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The YAML text for `values`. With the `source` it was read from, only the keys whose value changed are rewritten,
 * in the look they had; removed values lose their lines; new keys are placed in the style's order; everything else,
 * comments included, stays byte for byte. Keys of `values` that the style does not list are not written, and keys of
 * the source that `values` does not mention are kept.
 */
export function patchYaml(source: string | undefined, values: Record<string, unknown>, style: YamlStyle): string {
  const doc = source === undefined ? undefined : parseDocument(source, { schema: 'core' });
  const pairs = doc && isMap(doc.contents) ? doc.contents.items : [];
  const before = (doc?.toJS() ?? {}) as Record<string, unknown>;
  const spans = new Map<string, { start: number; end: number; node: Node | null }>();
  for (const pair of pairs) {
    const keyNode = pair.key as Node;
    const valueNode = pair.value as Node | null;
    const end = valueNode?.range?.[2] ?? keyNode.range?.[2] ?? 0;
    spans.set(String(pair.key), { start: keyNode.range?.[0] ?? 0, end, node: valueNode });
  }

  const edits: Edit[] = [];
  let anchor = 0;
  for (const key of style.order) {
    const value = writtenValue(withRelativePaths(values[key], key, style));
    const span = spans.get(key);
    if (span) {
      anchor = span.end;
      if (!(key in values) || canonical(value) === canonical(writtenValue(before[key]))) continue;
      edits.push({ ...span, text: value === undefined ? '' : renderPair(key, value, style, span.node) });
    } else if (value !== undefined) {
      edits.push({ start: anchor, end: anchor, text: renderPair(key, value, style) });
    }
  }

  let text = source ?? '';
  if (text && !text.endsWith('\n') && edits.some((edit) => edit.start === text.length && edit.text)) text += '\n';
  // From the end of the text back, so that no edit moves the places of those still to apply. At one place, a
  // replacement goes first, then the insertions there, the last pushed first, so that they keep the style's order.
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
  for (const { edit } of ordered) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}
