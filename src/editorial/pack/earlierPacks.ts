import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS } from '../../lib/i18n.ts';
import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { type IsoWeek, weekContaining } from '../../lib/zurichTime.ts';
import { accountFor } from '../accounts.ts';
import { type IcsRevision, readIcsRevisions } from '../icalendar.ts';
import type { EarlierPost } from './fromCalendar.ts';

/** What a new pack continues from the packs already in its folder. */
export interface EarlierPacks {
  /** The revisions of every post's event in their `week.ics` files (a post may have moved from another week). */
  revisions: Map<string, IcsRevision>;
  /** The posts of the week before's pack, to tell the texts a network would refuse as duplicates. */
  lastWeekPosts: EarlierPost[];
}

const WEEK_FOLDER = /^\d{4}-W\d{2}$/;

/** What is read of an earlier manifest, whatever its version: a post's id, network, language, text (and account). */
const earlierManifest = z.object({
  posts: z.array(
    z.object({
      id: z.string(),
      network: z.enum(NETWORK_IDS),
      lang: z.enum(LANGS),
      text: z.string(),
      account: z.string().optional(),
    }),
  ),
});

/**
 * Reads the packs of other weeks in `outDir` (the command's `--out`). A missing or unreadable file is no error: the
 * pack then has nothing to continue from (its events start at SEQUENCE 0, no duplicate is found).
 */
export function readEarlierPacks(outDir: string, week: IsoWeek): EarlierPacks {
  const folders = readable(() => readdirSync(outDir).filter((name) => WEEK_FOLDER.test(name))) ?? [];
  const calendars = folders.flatMap(
    (name) => readable(() => readFileSync(join(outDir, name, 'week.ics'), 'utf8')) ?? [],
  );
  const lastWeek = weekContaining(new Date(week.start.getTime() - 1)).id;
  const manifest = readable(() =>
    earlierManifest.parse(JSON.parse(readFileSync(join(outDir, lastWeek, 'manifest.json'), 'utf8'))),
  );
  return {
    revisions: readIcsRevisions(calendars),
    lastWeekPosts: (manifest?.posts ?? []).flatMap((post) => {
      const account = post.account ?? accountFor(post.network, post.lang)?.id;
      return account === undefined ? [] : [{ id: post.id, account, text: post.text, week: lastWeek }];
    }),
  };
}

function readable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
