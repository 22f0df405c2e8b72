import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter, type Pair } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

/**
 * Where a path points in the YAML source. A field that is not written is reported at the start of the
 * nearest thing that is (its entry or media item); an empty value (`alt:`) at its key; `key` points at the key itself.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  { key = false } = {},
): Position {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const [index, segment] of path.entries()) {
    let pair: Pair | undefined;
    if (isMap(node)) pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    else if (isSeq(node) && typeof segment === 'number' && isNode(node.items[segment])) {
      node = node.items[segment];
      offset = isNode(node) ? (node.range?.[0] ?? offset) : offset;
      continue;
    }
    if (!pair || !isNode(pair.key)) break;
    const keyOffset = pair.key.range?.[0] ?? offset;
    const value = pair.value;
    const emptyValue = !isNode(value) || (isScalar(value) && value.value === null);
    offset = (key && index === path.length - 1) || emptyValue ? keyOffset : (value.range?.[0] ?? keyOffset);
    node = value;
  }
  return lineCounter.linePos(offset);
}
