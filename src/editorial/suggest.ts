/** Names planners commonly write for a network. */
const ALIASES: Record<string, string> = {
  twitter: 'x',
  tweet: 'x',
  fb: 'facebook',
  insta: 'instagram',
  ig: 'instagram',
  bsky: 'bluesky',
  yt: 'youtube',
  'linked-in': 'linkedin',
};

/** " Vouliez-vous dire « hashtags » ?" for a near miss (two edits at most), else "". */
export function suggestion(written: string, candidates: readonly string[]): string {
  const lower = written.toLowerCase();
  const alias = ALIASES[lower];
  const best =
    alias && candidates.includes(alias)
      ? alias
      : candidates.find((candidate) => distance(lower, candidate.toLowerCase()) <= Math.min(2, candidate.length - 1));
  return best ? ` Vouliez-vous dire « ${best} » ?` : '';
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
