import { z } from 'zod';
import { LANGS } from '../../lib/i18n.ts';
import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { TIME_ZONE } from '../../lib/zurichTime.ts';
import { MEDIA_ORIGINS } from '../composeSnippet.ts';
import { COUNT_UNITS, MEDIA_KINDS } from '../networks.ts';
import { STATUSES } from '../statuses.ts';

/**
 * `manifest.json` of a weekly pack: what every other file of the pack is written from, and what tools read.
 * The JSON Schema `manifest.schema.json` beside this file is generated from it (`node src/editorial/pack/jsonSchema.ts`).
 * Each field carries its description twice: as a doc comment for TypeScript readers, and in `.describe()` for the JSON Schema.
 */

/** Version of this format; raised when a field changes meaning or disappears. */
export const MANIFEST_VERSION = 2;

const zurichDateTime = z.iso.datetime({ offset: true, local: false });

export const countSchema = z
  .strictObject({
    /** Length of the text as the network counts it. */
    used: z.number().int().nonnegative().describe('Length of the text as the network counts it.'),
    /** The network's ceiling, in the same unit. */
    limit: z.number().int().positive().describe('The network’s ceiling, in the same unit.'),
    /** weighted (X) | graphemes | characters | utf16 | bytes. */
    unit: z.enum(COUNT_UNITS).describe('weighted (X) | graphemes | characters | utf16 | bytes.'),
  })
  .describe('The text’s length against the network’s limit.');

export const packMediaSchema = z
  .strictObject({
    /** image | video. */
    kind: z.enum(MEDIA_KINDS).describe('image | video.'),
    /** Path of the file inside the pack, e.g. `media/varices-hiver-x-1.jpg`. */
    file: z
      .string()
      .regex(/^media\/[a-z0-9][a-z0-9-]*\.(?:jpg|mp4|mov|webm)$/)
      .describe('Path of the file inside the pack, e.g. `media/varices-hiver-x-1.jpg`.'),
    /** Original file, from the repository root, e.g. `editorial/media/varices.jpg`. */
    source: z.string().min(1).describe('Original file, from the repository root, e.g. `editorial/media/varices.jpg`.'),
    /** Description for people who cannot see the image, within the network's alt-text limit. */
    alt: z
      .string()
      .min(1)
      .describe('Description for people who cannot see the image, within the network’s alt-text limit.'),
    /** Width in pixels of the pack's file; null for a video (copied as is). */
    width: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('Width in pixels of the pack’s file; null for a video (copied as is).'),
    /** Height in pixels of the pack's file; null for a video. */
    height: z.number().int().positive().nullable().describe('Height in pixels of the pack’s file; null for a video.'),
    /** Aspect ratio as the network writes it (`16:9`, `4:5`, `1.91:1`); null for a video. */
    ratio: z
      .string()
      .nullable()
      .describe('Aspect ratio as the network writes it (`16:9`, `4:5`, `1.91:1`); null for a video.'),
    /** Author or source to credit, when the calendar names one. */
    credit: z.string().nullable().describe('Author or source to credit, when the calendar names one.'),
    /** calendar (the entry's media) | article-hero (the article's hero, added for Instagram or Threads) | article-card (a card drawn from the article's title). */
    origin: z
      .enum(MEDIA_ORIGINS)
      .describe(
        'calendar (the entry’s media) | article-hero (the article’s hero, added for Instagram or Threads) | article-card (a card drawn from the article’s title).',
      ),
  })
  .describe('A media file of the post, cropped for its network.');

export const articleRefSchema = z
  .strictObject({
    /** Slug of the article (its file or folder name). */
    slug: z.string().min(1).describe('Slug of the article (its file or folder name).'),
    /** Language of the article: fr | de. */
    lang: z.enum(LANGS).describe('Language of the article: fr | de.'),
    /** Public address of the article, without tracking parameters. */
    url: z.url().describe('Public address of the article, without tracking parameters.'),
    /** Title of the article, as its link card shows it. */
    title: z.string().min(1).describe('Title of the article, as its link card shows it.'),
    /** The link card the network draws under the post, as the preview shows it (`apercu/fr-grippe.jpg`); null when the post shows media instead, or its network draws no card. */
    card: z
      .string()
      .regex(/^apercu\/[a-z0-9][a-z0-9-]*\.jpg$/)
      .nullable()
      .describe(
        'The link card the network draws under the post, as the preview shows it (`apercu/fr-grippe.jpg`); null when the post shows media instead, or its network draws no card.',
      ),
  })
  .describe('The site article the post promotes.');

export const postRecordSchema = z
  .strictObject({
    /** Id of the calendar entry. */
    id: z.string().min(1).describe('Id of the calendar entry.'),
    /** Network the post goes to. */
    network: z.enum(NETWORK_IDS).describe('Network the post goes to.'),
    /** Id of the account it goes out from (`accounts`), which names its scheduler files. */
    account: z
      .string()
      .min(1)
      .describe('Id of the account it goes out from (`accounts`), which names its scheduler files.'),
    /** Publication time, ISO 8601 with the Zurich offset, e.g. `2026-11-24T12:00:00+01:00`. */
    scheduledAt: zurichDateTime.describe(
      'Publication time, ISO 8601 with the Zurich offset, e.g. `2026-11-24T12:00:00+01:00`.',
    ),
    /** Zurich calendar day of the publication, `YYYY-MM-DD`. */
    day: z.iso.date().describe('Zurich calendar day of the publication, `YYYY-MM-DD`.'),
    /** Language of the post: fr | de. */
    lang: z.enum(LANGS).describe('Language of the post: fr | de.'),
    /** The exact text to post, link, mentions and hashtags included (YouTube: the description). */
    text: z
      .string()
      .min(1)
      .describe('The exact text to post, link, mentions and hashtags included (YouTube: the description).'),
    /** Article address with UTM parameters; null when the post has no article. On Instagram it goes in the bio, not in the text. */
    link: z
      .url()
      .nullable()
      .describe(
        'Article address with UTM parameters; null when the post has no article. On Instagram it goes in the bio, not in the text.',
      ),
    /** Hashtags added after the text, without #. */
    hashtags: z.array(z.string().min(1)).describe('Hashtags added after the text, without #.'),
    /** Hashtags of the entry or of the hospital left out: the network's cap (Instagram 5, Threads 1) or no room left. */
    droppedHashtags: z
      .array(z.string().min(1))
      .describe(
        'Hashtags of the entry or of the hospital left out: the network’s cap (Instagram 5, Threads 1) or no room left.',
      ),
    /** Accounts mentioned in the text. */
    mentions: z.array(z.string().min(1)).describe('Accounts mentioned in the text.'),
    /** Media files to attach, in order. */
    media: z.array(packMediaSchema).describe('Media files to attach, in order.'),
    /** The article promoted, or null. */
    article: articleRefSchema.nullable().describe('The article promoted, or null.'),
    /** Campaign of the post (utm_campaign), or null. */
    campaign: z.string().nullable().describe('Campaign of the post (utm_campaign), or null.'),
    /** Who is in charge of the post, or null. */
    owner: z.string().nullable().describe('Who is in charge of the post, or null.'),
    /** Status of the entry: only `approved` entries are packed. */
    status: z.literal('approved').describe('Status of the entry: only `approved` entries are packed.'),
    /** Length of `text` against the network's limit. */
    count: countSchema,
    /** Whether the engine shortened the text to fit the network. */
    truncated: z.boolean().describe('Whether the engine shortened the text to fit the network.'),
    /** Video title (YouTube), or null. */
    title: z.string().nullable().describe('Video title (YouTube), or null.'),
    /** Comment to post right under the post, or null. */
    firstComment: z.string().nullable().describe('Comment to post right under the post, or null.'),
    /** Calendar file and line of the entry, e.g. `editorial/calendar/2026-11.yaml:12`. */
    source: z
      .string()
      .min(1)
      .describe('Calendar file and line of the entry, e.g. `editorial/calendar/2026-11.yaml:12`.'),
    /** Too late for a scheduler when the pack was made (past, or within 30 minutes): left out of its files, to publish by hand or move. */
    past: z
      .boolean()
      .describe(
        'Too late for a scheduler when the pack was made (past, or within 30 minutes): left out of its files, to publish by hand or move.',
      ),
    /** Earlier posts of the same account with the same text (in last week’s pack), which the network may refuse as a duplicate. */
    sameTextAs: z
      .array(z.string().min(1))
      .describe(
        'Earlier posts of the same account with the same text (in last week’s pack), which the network may refuse as a duplicate.',
      ),
  })
  .describe('One post: one calendar entry on one network.');

export const accountSchema = z
  .strictObject({
    /** Id of the account (site config), e.g. `facebook-de`. */
    id: z.string().min(1).describe('Id of the account (site config), e.g. `facebook-de`.'),
    /** Network of the account. */
    network: z.enum(NETWORK_IDS).describe('Network of the account.'),
    /** Name as the network shows it. */
    name: z.string().min(1).describe('Name as the network shows it.'),
    /** Handle without @. */
    handle: z.string().min(1).describe('Handle without @.'),
    /** Languages it publishes. */
    langs: z.array(z.enum(LANGS)).describe('Languages it publishes.'),
  })
  .describe('An account the week’s posts go out from.');

export const heldBackSchema = z
  .strictObject({
    /** Id of the calendar entry. */
    id: z.string().min(1).describe('Id of the calendar entry.'),
    /** Networks the entry was planned for. */
    networks: z.array(z.enum(NETWORK_IDS)).describe('Networks the entry was planned for.'),
    /** Planned publication time, ISO 8601 with the Zurich offset. */
    scheduledAt: zurichDateTime.describe('Planned publication time, ISO 8601 with the Zurich offset.'),
    /** Status of the entry in the calendar. */
    status: z.enum(STATUSES).describe('Status of the entry in the calendar.'),
    /** status (not approved) | missing-consent (identifiable people without consent on file). */
    code: z
      .enum(['status', 'missing-consent'])
      .describe('status (not approved) | missing-consent (identifiable people without consent on file).'),
    /** French: why the entry is not in the pack, and what to do. */
    reason: z.string().min(1).describe('French: why the entry is not in the pack, and what to do.'),
    /** Calendar file and line of the entry, e.g. `editorial/calendar/2026-11.yaml:12`. */
    source: z
      .string()
      .min(1)
      .describe('Calendar file and line of the entry, e.g. `editorial/calendar/2026-11.yaml:12`.'),
  })
  .describe('An entry of the week left out of the pack, with the reason.');

export const weekSchema = z
  .strictObject({
    /** ISO week, e.g. `2026-W48`. */
    id: z
      .string()
      .regex(/^\d{4}-W\d{2}$/)
      .describe('ISO week, e.g. `2026-W48`.'),
    /** Monday 00:00, Zurich time, with offset. */
    start: zurichDateTime.describe('Monday 00:00, Zurich time, with offset.'),
    /** The next Monday 00:00, Zurich time (excluded). */
    end: zurichDateTime.describe('The next Monday 00:00, Zurich time (excluded).'),
    /** Time zone of every wall-clock time in the pack. */
    timeZone: z.literal(TIME_ZONE).describe('Time zone of every wall-clock time in the pack.'),
  })
  .describe('The week the pack covers.');

export const manifestSchema = z
  .strictObject({
    /** Version of the manifest format. */
    version: z.literal(MANIFEST_VERSION).describe('Version of the manifest format.'),
    /** The week the pack covers. */
    week: weekSchema,
    /** SHA-256 of what the pack is made from (calendar files, promoted articles, media, week, format version), instead of a generation time: it changes when any input changes. */
    inputsHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .describe(
        'SHA-256 of what the pack is made from (calendar files, promoted articles, media, week, format version), instead of a generation time: it changes when any input changes.',
      ),
    /** The accounts of the week's posts, in network order. */
    accounts: z.array(accountSchema).describe('The accounts of the week’s posts, in network order.'),
    /** Posts of the week, by time, then network, then id. */
    posts: z.array(postRecordSchema).describe('Posts of the week, by time, then network, then id.'),
    /** Entries of the week left out, by time then id. */
    heldBack: z.array(heldBackSchema).describe('Entries of the week left out, by time then id.'),
  })
  .describe('Manifest of a Passerelle weekly post pack.');

export type PackManifest = z.output<typeof manifestSchema>;
export type PostRecord = z.output<typeof postRecordSchema>;
export type PackMedia = z.output<typeof packMediaSchema>;
export type HeldBackRecord = z.output<typeof heldBackSchema>;
export type WeekRecord = z.output<typeof weekSchema>;
export type AccountRecord = z.output<typeof accountSchema>;
export type PackNetwork = PostRecord['network'];
