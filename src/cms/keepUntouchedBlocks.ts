/** The blocks of a Markdown text: what blank lines separate. */
function blocks(markdown: string): string[] {
  return markdown
    .trim()
    .split(/\n[ \t]*\n+/)
    .filter((block) => block.trim() !== '');
}

/**
 * The rich text editor writes the whole body again at every change, in its own Markdown style (`*` bullets, escapes),
 * so one edited sentence would restyle every list of the article. `baseline` is the editor's rewriting of `original`
 * before any edit: the blocks of `edited` that it left as they were in `baseline` get their `original` text back, and
 * only the blocks the editor really changed keep the editor's style. When the rewriting did not keep the blocks one
 * for one, the edited text is taken whole.
 */
export function keepUntouchedBlocks(original: string, baseline: string, edited: string): string {
  const before = blocks(original);
  const rewritten = blocks(baseline);
  const after = blocks(edited);
  if (before.length !== rewritten.length) return edited;
  // Longest common subsequence of rewritten and edited blocks, by dynamic programming from the ends.
  const common = Array.from({ length: rewritten.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = rewritten.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      common[i]![j] =
        rewritten[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const result: string[] = [];
  let i = 0;
  let j = 0;
  while (j < after.length) {
    if (i < rewritten.length && rewritten[i] === after[j]) {
      result.push(before[i]!);
      i++;
      j++;
    } else if (i < rewritten.length && common[i + 1]![j]! >= common[i]![j + 1]!) i++;
    else {
      result.push(after[j]!);
      j++;
    }
  }
  return result.join('\n\n');
}
