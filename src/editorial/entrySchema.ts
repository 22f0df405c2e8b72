import { z } from 'zod';
import { LANGS } from '../lib/i18n.ts';
import { CONSENT_PATTERN } from '../lib/schemas/article.ts';
import { NETWORK_IDS, type NetworkId } from '../lib/socialNetworks.ts';
import { LocalTimeError, parseZurichTime } from '../lib/zurichTime.ts';
import { NETWORKS } from './networks.ts';
import { STATUS_CHOICES, STATUSES } from './statuses.ts';
import { suggestion } from './suggest.ts';
import { hashtagsIn, linkCount, schemeUrls } from './textMeasures.ts';

/** How the hospital may use a picture or video. */
export const RIGHTS = ['owned', 'licensed', 'cc-by', 'cc0'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE_FILE = /\.(?:jpe?g|png|webp|gif)$/i;
const VIDEO_FILE = /\.(?:mp4|mov|webm)$/i;
const HASHTAG = /^#?[\p{L}\p{N}_]+$/u;
const MENTION = /^@[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?$/u;
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

/** French messages for a field: one when it is missing, one when its value is wrong. */
function says(missing: string, wrong: (input: unknown) => string = () => missing) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined || issue.input === null ? missing : wrong(issue.input),
  };
}

/** French message for an optional field whose value is wrong. */
function invalid(wrong: (input: unknown) => string) {
  return { error: (issue: { input?: unknown }) => wrong(issue.input) };
}

const quoted = (input: unknown) => `« ${typeof input === 'string' ? input : JSON.stringify(input)} »`;

const postDate = z
  .string(
    says(
      'Indiquez la date et l’heure de publication, heure de Zurich : date: 2026-11-24 12:00.',
      (input) => `${quoted(input)} n’est pas une date : écrivez AAAA-MM-JJ HH:MM, par exemple 2026-11-24 12:00.`,
    ),
  )
  .transform((value, ctx) => {
    if (DATE_ONLY.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(value)} n’a pas d’heure : ajoutez l’heure de publication, par exemple ${value.trim()} 12:00.`,
        params: { code: 'date-without-time' },
      });
      return z.NEVER;
    }
    try {
      return parseZurichTime(value);
    } catch (error) {
      if (!(error instanceof LocalTimeError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: error.message,
        params: { code: error.code },
      });
      return z.NEVER;
    }
  });

const network = z.enum(
  NETWORK_IDS,
  says(
    'Indiquez un réseau.',
    (input) =>
      `${quoted(input)} n’est pas un réseau connu : choisissez parmi ${NETWORK_IDS.join(', ')}.${suggestion(String(input), NETWORK_IDS)}`,
  ),
);

const hashtag = z
  .string(says('Écrivez le mot-clé entre guillemets.'))
  .regex(HASHTAG, {
    error: (issue) =>
      `${quoted(issue.input)} n’est pas un mot-clé utilisable : un seul mot fait de lettres, de chiffres ou de _, sans espace ni tiret (ex. SantéPublique).`,
  })
  .transform((tag) => tag.replace(/^#/, ''))
  // Measured without its #, which the planner may or may not write: the sign is not part of the tag.
  .pipe(z.string().max(64, 'Ce mot-clé dépasse 64 caractères (limite de Bluesky) : raccourcissez-le.'));

const mention = z.string(says('Écrivez la mention entre guillemets, par exemple "@hug_ge".')).regex(MENTION, {
  error: (issue) => `${quoted(issue.input)} n’est pas une mention : écrivez @compte, ou @compte@serveur pour Mastodon.`,
});

const mediaFields = z.strictObject({
  /** File from the repository root, e.g. `editorial/media/varices.jpg`. Images: jpg, png, webp, gif; videos: mp4, mov, webm. */
  src: z
    .string(says('Indiquez le fichier du média : src: editorial/media/nom.jpg.'))
    .refine((src) => IMAGE_FILE.test(src) || VIDEO_FILE.test(src), {
      error: (issue) =>
        `${quoted(issue.input)} n’est ni une image (jpg, png, webp, gif) ni une vidéo (mp4, mov, webm) : exportez le fichier dans l’un de ces formats.`,
      params: { code: 'media-format' },
    }),
  /** What the image or video shows, for people who cannot see it. X and Instagram accept 1,000 characters. */
  alt: z
    .string(says('Décrivez le média dans « alt » pour les personnes qui ne le voient pas.'))
    .trim()
    .min(1, 'Décrivez le média dans « alt » pour les personnes qui ne le voient pas.'),
  /** Author or source, e.g. `Photo : Service communication`. Required for `cc-by`, shown in the post. */
  credit: z
    .string(says('Écrivez le crédit entre guillemets.'))
    .trim()
    .min(1, 'Le crédit est vide : indiquez l’auteur ou retirez la ligne.')
    .optional(),
  /** owned (made by the hospital) | licensed (bought, within its licence) | cc-by (credit required) | cc0. */
  rights: z.enum(
    RIGHTS,
    says(
      `Indiquez les droits du média : rights: owned, licensed, cc-by ou cc0.`,
      (input) => `${quoted(input)} n’est pas un droit d’usage connu : choisissez owned, licensed, cc-by ou cc0.`,
    ),
  ),
  /** Reference of the written consent (CONS-AAAA-NNN) of the identifiable people shown. */
  consent: z
    .string(says('Écrivez la référence de consentement entre guillemets : CONS-2026-014.'))
    .regex(
      CONSENT_PATTERN,
      'La référence de consentement s’écrit CONS-AAAA-NNN (ex. CONS-2026-014), telle que le service communication la délivre.',
    )
    .optional(),
  /** true when an identifiable patient or employee appears: the post is held back until `consent` is filled in. */
  people: z
    .boolean(
      invalid(
        (input) =>
          `${quoted(input)} : écrivez people: true si une personne reconnaissable apparaît, sinon people: false.`,
      ),
    )
    .default(false),
  /** Length of a video, `m:ss` (e.g. 2:30). */
  duration: z
    .string(
      invalid((input) => `${quoted(input)} : écrivez la durée de la vidéo en minutes et secondes, par exemple "2:30".`),
    )
    .regex(/^\d+:[0-5]\d$/, {
      error: (issue) =>
        `${quoted(issue.input)} : écrivez la durée de la vidéo en minutes et secondes, par exemple "2:30".`,
    })
    .transform((text) => {
      const [minutes = 0, seconds = 0] = text.split(':').map(Number);
      return minutes * 60 + seconds;
    })
    .optional(),
});
/** Field names a media item may have, for suggestions on a misspelt one. */
export const MEDIA_FIELDS = Object.keys(mediaFields.shape);

export const mediaSchema = mediaFields
  .superRefine((media, ctx) => {
    if (media.rights === 'cc-by' && !media.credit) {
      ctx.addIssue({
        code: 'custom',
        path: ['credit'],
        message: 'Une image cc-by doit citer son auteur : ajoutez credit: "Photo : Nom, CC BY 4.0".',
        params: { code: 'credit-required' },
      });
    }
  })
  .transform((media) => ({ ...media, kind: VIDEO_FILE.test(media.src) ? ('video' as const) : ('image' as const) }));
export type Media = z.output<typeof mediaSchema>;

const postText = (empty: string) =>
  z
    .string(invalid(() => 'Écrivez ce texte entre guillemets.'))
    .trim()
    .min(1, `${empty} : écrivez-le ou retirez la ligne.`);

export const entrySchema = z
  .strictObject({
    /** Unique name of the post across all calendar files: lowercase letters, digits, hyphens (`varices-hiver`). Also the utm_campaign when `campaign` is absent. */
    id: z
      .string(says('Donnez un identifiant au post : id: varices-hiver (minuscules, chiffres, tirets).'))
      .regex(SLUG, {
        error: (issue) =>
          `${quoted(issue.input)} n’est pas un identifiant valide : minuscules sans accents, chiffres et tirets (ex. varices-hiver).`,
      }),
    /** Publication time, Zurich wall-clock time: `2026-11-24 12:00`. */
    date: postDate,
    /** Where to post: x, bluesky, mastodon, threads, linkedin, facebook, instagram, youtube. */
    networks: z
      .array(
        network,
        says(
          'Indiquez les réseaux : networks: [facebook, linkedin].',
          () => 'Écrivez les réseaux sous forme de liste : networks: [facebook, linkedin].',
        ),
      )
      .min(1, 'La liste des réseaux est vide : choisissez au moins un réseau, par exemple networks: [facebook].'),
    /** Slug of a site article (file or folder name in content/articles/<lang>/): gives the link, and the text when `text` is absent. */
    article: z
      .string(says('Écrivez le slug de l’article.'))
      .regex(SLUG, {
        error: (issue) =>
          `${quoted(issue.input)} n’est pas un slug d’article : c’est le nom du fichier sans .md (ex. varices-quand-consulter).`,
      })
      .optional(),
    /** Language of the post and of its article: fr (default) or de. */
    lang: z
      .enum(
        LANGS,
        invalid((input) => `${quoted(input)} n’est pas une langue du site : écrivez fr ou de.`),
      )
      .default('fr'),
    /** Text of the post. The link, the hashtags and the mentions are added: do not write them. Optional when `article` is given (its description is used). */
    text: postText('Le texte est vide').optional(),
    /** A text per network replacing `text` there, e.g. `linkedin: "…"`. */
    variants: z
      .partialRecord(
        network,
        postText('Ce texte est vide'),
        invalid(() => 'Écrivez les variantes réseau par réseau : variants: { linkedin: "…" }.'),
      )
      .default({}),
    /** Topic hashtags, without or with #, e.g. [Grippe, Vaccination]. The hospital's own (site config) are added after them. */
    hashtags: z
      .array(
        hashtag,
        invalid(() => 'Écrivez les mots-clés sous forme de liste : hashtags: [Grippe, Prévention].'),
      )
      .default([]),
    /** false to leave out the hospital's own hashtags (site config `defaultHashtags`) on this post. */
    defaultHashtags: z
      .boolean(
        invalid(
          (input) =>
            `${quoted(input)} : écrivez defaultHashtags: false pour retirer les mots-clés de l’hôpital, ou retirez la ligne.`,
        ),
      )
      .default(true),
    /** Accounts to mention, per network: `mentions: { x: ["@hug_ge"], mastodon: ["@chuv@mastodon.social"] }`. Always kept when a text is shortened. */
    mentions: z
      .partialRecord(
        network,
        z.array(
          mention,
          invalid(() => 'Écrivez les mentions sous forme de liste : x: ["@compte"].'),
        ),
        invalid(() => 'Écrivez les mentions réseau par réseau : mentions: { x: ["@compte"] }.'),
      )
      .default({}),
    /** Images or videos attached to the post, in order. */
    media: z
      .array(
        mediaSchema,
        invalid(() => 'Écrivez les médias sous forme de liste, chacun commençant par « - src: ».'),
      )
      .default([]),
    /** idea | draft | review | approved | published. Ideas may lack text and media; every other status is checked in full. */
    status: z.enum(
      STATUSES,
      says(
        `Indiquez le statut : status: ${STATUS_CHOICES}.`,
        (input) => `${quoted(input)} n’est pas un statut : choisissez ${STATUS_CHOICES}.`,
      ),
    ),
    /** Campaign the post belongs to (`hiver-2026`); becomes utm_campaign in the link. */
    campaign: z
      .string(says('Écrivez la campagne entre guillemets.'))
      .regex(SLUG, {
        error: (issue) =>
          `${quoted(issue.input)} n’est pas un nom de campagne : minuscules, chiffres et tirets (ex. hiver-2026).`,
      })
      .max(40, 'Le nom de campagne dépasse 40 caractères : raccourcissez-le, il s’affiche dans chaque lien.')
      .optional(),
    /** Who is in charge of the post. */
    owner: z
      .string(says('Écrivez le nom entre guillemets.'))
      .trim()
      .min(1, 'Le nom est vide : écrivez-le ou retirez la ligne.')
      .optional(),
    /** Internal notes, never exported. */
    notes: z.string(says('Écrivez les notes entre guillemets.')).optional(),
    /** YouTube video title (100 characters at most); the article's title when absent. */
    title: z
      .string(says('Écrivez le titre entre guillemets.'))
      .trim()
      .min(1, 'Le titre est vide : écrivez-le ou retirez la ligne.')
      .max(
        NETWORKS.youtube.title!.limit,
        `Le titre dépasse ${NETWORKS.youtube.title!.limit} caractères, la limite de YouTube : raccourcissez-le.`,
      )
      .refine((title) => !/[<>]/.test(title), 'YouTube refuse les caractères < et > : retirez-les du titre.')
      .optional(),
    /** First comment posted under the post (Instagram, Facebook, LinkedIn, YouTube…), e.g. sources or a registration link. */
    firstComment: postText('Le premier commentaire est vide').optional(),
  })
  .superRefine((entry, ctx) => {
    const problem = (path: (string | number)[], code: string, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code } });

    entry.networks.forEach((id, index) => {
      if (entry.networks.indexOf(id) !== index)
        problem(
          ['networks', index],
          'duplicate-network',
          `Le réseau ${id} figure deux fois dans networks : retirez le doublon.`,
        );
    });
    for (const [field, what, them] of [
      ['variants', 'une variante', 'la'],
      ['mentions', 'des mentions', 'les'],
    ] as const) {
      for (const id of Object.keys(entry[field]) as NetworkId[]) {
        if (!entry.networks.includes(id))
          problem(
            [field, id],
            `${field}-network-not-planned`,
            `Il y a ${what} pour ${id}, qui n’est pas dans networks : ajoutez ${id} aux réseaux ou retirez-${them}.`,
          );
      }
    }
    entry.media.forEach((media, index) => {
      const strictest = entry.networks
        .map((id) => NETWORKS[id])
        .filter((profile) => profile.altLimit !== undefined && media.alt.length > profile.altLimit)
        .sort((a, b) => a.altLimit! - b.altLimit!)[0];
      if (strictest)
        problem(
          ['media', index, 'alt'],
          'alt-too-long',
          `La description dépasse ${strictest.altLimit} caractères, la limite de ${strictest.label} : raccourcissez-la (elle en compte ${media.alt.length}).`,
        );
    });
    for (const id of entry.networks) {
      const field = entry.variants[id] ? ['variants', id] : ['text'];
      const written = entry.variants[id] ?? entry.text;
      const profile = NETWORKS[id];
      if (written === undefined) continue;
      if (!profile.clickableLinks && schemeUrls(written).length > 0)
        problem(
          field,
          'link-not-clickable',
          `Les liens ne sont pas cliquables sur ${profile.label} : retirez l’adresse du texte (« lien en bio » est ajouté), ou écrivez une variante ${id}.`,
        );
      if (profile.maxHashtags !== undefined && hashtagsIn(written).length > profile.maxHashtags)
        problem(
          field,
          'too-many-hashtags',
          `${profile.label} accepte ${profile.maxHashtags} mot(s)-clé(s) # au plus, le texte en contient ${hashtagsIn(written).length} : retirez-en ou écrivez une variante ${id}.`,
        );
      if (profile.maxLinks !== undefined && linkCount(written) + (entry.article ? 1 : 0) > profile.maxLinks)
        problem(
          field,
          'too-many-links',
          `${profile.label} refuse plus de ${profile.maxLinks} liens, lien de l’article compris : retirez des adresses du texte.`,
        );
      if (id === 'youtube' && /[<>]/.test(written))
        problem(field, 'angle-brackets', 'YouTube refuse les caractères < et > dans la description : retirez-les.');
    }

    if (entry.status === 'idea') return;
    const withoutText = entry.networks.filter((id) => !entry.variants[id]);
    if (entry.text === undefined && entry.article === undefined && withoutText.length > 0) {
      problem(
        ['text'],
        'text-required',
        `Il n’y a rien à publier sur ${withoutText.join(', ')} : écrivez un texte (text), une variante, ou indiquez l’article (article).`,
      );
    }
    for (const id of entry.networks) {
      const { media, label } = NETWORKS[id];
      if (media.required && !entry.media.some((item) => media.kinds.includes(item.kind))) {
        const what = media.kinds.includes('image') ? 'une image ou une vidéo' : 'une vidéo (mp4, mov ou webm)';
        problem(['media'], 'media-required', `${label} ne publie pas de texte seul : ajoutez ${what} dans media.`);
      }
    }
    if (entry.networks.includes('youtube') && entry.title === undefined && entry.article === undefined) {
      problem(
        ['title'],
        'title-required',
        'Une vidéo YouTube a besoin d’un titre : ajoutez title: "…" (100 caractères au plus).',
      );
    }
  });

export type Entry = z.output<typeof entrySchema>;
