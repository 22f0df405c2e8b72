import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, LineCounter, parseDocument, type ToStringOptions, YAMLSeq } from 'yaml';
import { UserError } from '../../lib/userError.ts';

// The sample calendar's style: `networks: [facebook, x]`, long texts on one line, double-quoted texts.
const STYLE: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };
const QUOTED_FIELDS = new Set(['text', 'notes', 'title', 'owner', 'firstComment']);

/**
 * The calendar file's text with `entries` added at the end of its list, every other byte kept. The yaml Document API
 * is tried first; when its output reformats anything else (it respaces flow lists, for one), the entries' own YAML is
 * appended to the file's end instead. Either way the result is checked: the old entries and the new, nothing else.
 * `file` only names the file in errors: a UserError at its place when the file cannot take the entries.
 */
export function insertEntries(source: string, entries: readonly object[], file: string, comment: string): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const [error] = doc.errors;
  if (error) {
    throw new UserError(
      'yaml-unreadable',
      'Ce fichier n’est pas du YAML lisible : corrigez-le (npm run calendar:check dit quoi faire), puis relancez calendar:suggest. Le fichier n’a pas été modifié.',
      { place: { file, ...lineCounter.linePos(error.pos[0]) } },
    );
  }
  if (doc.contents !== null && !isSeq(doc.contents)) {
    throw new UserError(
      'not-a-list',
      'Ce fichier n’est pas une liste d’entrées « - id: … » : corrigez-le, puis relancez calendar:suggest. Le fichier n’a pas été modifié.',
      { place: { file } },
    );
  }
  const expected = [...((doc.toJS() as unknown[] | null) ?? []), ...entries.map((entry) => structuredClone(entry))];

  // Reparsed as a plain Document: new nodes carry no source range, which the parsed type demands.
  const edited = parseDocument(source) as Document;
  if (!isSeq(edited.contents)) edited.contents = new YAMLSeq();
  const list = edited.contents as YAMLSeq;
  for (const [index, entry] of entries.entries()) {
    const node = styled(edited, entry);
    node.spaceBefore = source !== '' || index > 0;
    if (index === 0) node.commentBefore = ` ${comment}`;
    list.items.push(node);
  }
  const viaDocument = edited.toString(STYLE);
  if (keepsEveryByte(source, viaDocument) && readsAs(viaDocument, expected)) return viaDocument;

  const block = new Document(new YAMLSeq());
  for (const [index, entry] of entries.entries()) {
    const node = styled(block, entry);
    node.spaceBefore = index > 0;
    (block.contents as YAMLSeq).items.push(node);
  }
  const separator = source === '' || source.endsWith('\n\n') ? '' : source.endsWith('\n') ? '\n' : '\n\n';
  const appended = `${source}${separator}# ${comment}\n${block.toString(STYLE)}`;
  if (readsAs(appended, expected)) return appended;
  throw new UserError(
    'not-a-list',
    'La liste n’est pas écrite comme les autres calendriers (entrées « - id: » au début de la ligne) : ajoutez les entrées à la main. Le fichier n’a pas été modifié.',
    { place: { file } },
  );
}

/** An entry's node: text fields double-quoted, lists of names in brackets, as planners write them. */
function styled(doc: Document, entry: object) {
  const node = doc.createNode(entry);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown }).value ?? pair.key);
      const value = pair.value as { type?: string; flow?: boolean } | null;
      if (isSeq(value)) value.flow = true;
      else if (value && QUOTED_FIELDS.has(key)) value.type = 'QUOTE_DOUBLE';
    }
  }
  return node;
}

/** Whether `after` is `before` with one block inserted somewhere, every other byte in place. */
export function keepsEveryByte(before: string, after: string): boolean {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix++;
  return prefix + suffix === before.length && after.length >= before.length;
}

function readsAs(text: string, expected: unknown[]): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected);
}
