import { describe, expect, test } from 'vitest';
import { EditorialError } from '../../src/editorial/errors.ts';
import { loadCalendar } from '../../src/editorial/loadCalendar.ts';
import { parseZurichTime } from '../../src/lib/zurichTime.ts';
import { FIXTURES, load, PLACES, where } from './helpers.ts';

const entry = (...lines: string[]) => `${lines.join('\n')}\n`;
// The lines every case starts from; positions below are counted by hand on them.
const ID = '- id: essai';
const DATE = '  date: 2026-11-24 12:00';
const NETWORKS = '  networks: [facebook, x]';
const ARTICLE = '  article: varices';
const STATUS = '  status: approved';
/** An approved entry whose one photo is described by `alt` (its alt field is on line 8, column 12). */
const withAlt = (alt: string) =>
  entry(
    ID,
    DATE,
    NETWORKS,
    ARTICLE,
    STATUS,
    '  media:',
    '    - src: media/photo.jpg',
    `      alt: "${alt}"`,
    '      rights: owned',
  );
const PHOTO = [
  '  media:',
  '    - src: media/photo.jpg',
  '      alt: "Une infirmière prépare un vaccin"',
  '      rights: owned',
];

describe('the approval gate', () => {
  const DRAFTS = [
    ['nothing to post yet', entry(ID, DATE, NETWORKS), 'text-required'],
    [
      'Instagram without its picture',
      entry(ID, DATE, '  networks: [instagram]', '  text: "Bientôt"'),
      'media-required',
    ],
    [
      'YouTube without its video',
      entry(ID, DATE, '  networks: [youtube]', '  title: "Visite"', '  text: "Visite"'),
      'media-required',
    ],
    ['YouTube without a title', entry(ID, DATE, '  networks: [youtube]', '  text: "Visite"'), 'title-required'],
  ] as const;

  test.each(DRAFTS)(
    '%s: a warning in draft and review, an error once approved, nothing for an idea',
    (_, yaml, code) => {
      for (const status of ['draft', 'review'] as const) {
        const { entries, errors, warnings } = load({ 'cal.yaml': `${yaml}  status: ${status}\n` });
        expect(errors, status).toEqual([]);
        expect(warnings.map((warning) => warning.code)).toContain(code);
        expect(warnings.find((warning) => warning.code === code)!.message).toMatch(
          /avant de passer l’entrée en approved/,
        );
        expect(entries).toHaveLength(1);
      }
      const approved = load({ 'cal.yaml': `${yaml}  status: approved\n` });
      expect(approved.errors.map((error) => error.code)).toContain(code);
      expect(approved.entries).toEqual([]);
      const idea = load({ 'cal.yaml': `${yaml}  status: idea\n` });
      expect([...idea.errors, ...idea.warnings]).toEqual([]);
    },
  );

  test('an article stands for Instagram’s picture: the post will take the article’s', () => {
    const { errors, warnings } = load({
      'cal.yaml': entry(ID, DATE, '  networks: [instagram, threads]', ARTICLE, STATUS),
    });
    expect([...errors, ...warnings]).toEqual([]);
  });
});

describe.each([
  // Bluesky's limit is 64 characters for the tag itself; the # a planner may write is not part of it.
  ['64 characters without #', 'a'.repeat(64), true],
  ['64 characters after #', `#${'a'.repeat(64)}`, true],
  ['65 characters without #', 'a'.repeat(65), false],
  ['65 characters after #', `#${'a'.repeat(65)}`, false],
])('a hashtag of %s', (_, tag, accepted) => {
  test(accepted ? 'is accepted' : 'is refused, with the limit of 64 in the message', () => {
    const { errors } = load({ 'cal.yaml': entry(ID, DATE, NETWORKS, ARTICLE, `  hashtags: ["${tag}"]`, STATUS) });
    if (accepted) expect(errors).toEqual([]);
    else expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('dépasse 64 caractères')]);
  });
});

describe('a valid entry', () => {
  test('is returned typed, with its date in Zurich time and its defaults', () => {
    const { entries, errors, holds } = load({ 'cal.yaml': entry(ID, DATE, NETWORKS, ARTICLE, STATUS, ...PHOTO) });
    expect(errors).toEqual([]);
    expect(holds).toEqual([]);
    expect(entries).toHaveLength(1);
    const [loaded] = entries;
    expect(loaded!.date.toISOString()).toBe('2026-11-24T11:00:00.000Z');
    expect(loaded!.lang).toBe('fr');
    expect(loaded!.defaultHashtags).toBe(true);
    expect(loaded!.media[0]).toMatchObject({ kind: 'image', people: false });
    expect(loaded!.source).toMatchObject({ line: 1, col: 3 });
  });

  test('an idea may lack text and media even for Instagram and YouTube', () => {
    const { errors } = load({ 'cal.yaml': entry(ID, DATE, '  networks: [instagram, youtube]', '  status: idea') });
    expect(errors).toEqual([]);
  });

  test('hashtags lose their #, video duration is read as seconds, kind comes from the extension', () => {
    const { entries, errors } = load({
      'cal.yaml': entry(
        ID,
        DATE,
        '  networks: [youtube]',
        '  title: "La nouvelle IRM"',
        '  text: "Visite"',
        '  hashtags: ["#IRM", Radiologie]',
        STATUS,
        '  media:',
        '    - src: media/video.mp4',
        '      alt: "Visite"',
        '      rights: owned',
        '      duration: "2:30"',
      ),
    });
    expect(errors).toEqual([]);
    expect(entries[0]!.hashtags).toEqual(['IRM', 'Radiologie']);
    expect(entries[0]!.media[0]).toMatchObject({ kind: 'video', duration: 150 });
  });
});

// Each case: the calendar file, then `line:col code` expected, counted by hand on the YAML.
const cases: [rule: string, yaml: string, expected: string[]][] = [
  ['id is required', entry('- date: 2026-11-24 12:00', NETWORKS, ARTICLE, STATUS), ['1:3 missing-field']],
  ['id is a slug', entry('- id: Varices Hiver', DATE, NETWORKS, ARTICLE, STATUS), ['1:7 invalid-value']],
  ['date is required', entry(ID, NETWORKS, ARTICLE, STATUS), ['1:3 missing-field']],
  ['date has a readable format', entry(ID, '  date: 24.11.2026 12:00', NETWORKS, ARTICLE, STATUS), ['2:9 date-format']],
  ['date exists', entry(ID, '  date: 2026-02-30 12:00', NETWORKS, ARTICLE, STATUS), ['2:9 date-not-a-date']],
  [
    'date is not in the spring clock-change gap',
    entry(ID, '  date: 2027-03-28 02:30', NETWORKS, ARTICLE, STATUS),
    ['2:9 date-dst-gap'],
  ],
  ['date has a time', entry(ID, '  date: 2026-11-24', NETWORKS, ARTICLE, STATUS), ['2:9 date-without-time']],
  ['networks are required', entry(ID, DATE, ARTICLE, STATUS), ['1:3 missing-field']],
  ['at least one network', entry(ID, DATE, '  networks: []', ARTICLE, STATUS), ['3:13 invalid-value']],
  ['networks are known', entry(ID, DATE, '  networks: [facebook, twitter]', ARTICLE, STATUS), ['3:24 unknown-network']],
  [
    'a network is listed once',
    entry(ID, DATE, '  networks: [x, facebook, x]', ARTICLE, STATUS),
    ['3:27 duplicate-network'],
  ],
  ['fields are known', entry(ID, DATE, NETWORKS, ARTICLE, '  hashtag: [Santé]', STATUS), ['5:3 unknown-field']],
  [
    'variants are per known network',
    entry(ID, DATE, NETWORKS, ARTICLE, '  variants: { twitter: "Bonjour" }', STATUS),
    ['5:15 unknown-network'],
  ],
  [
    'a variant is for a planned network',
    entry(ID, DATE, NETWORKS, ARTICLE, '  variants: { linkedin: "Bonjour" }', STATUS),
    ['5:25 variants-network-not-planned'],
  ],
  [
    'mentions are for a planned network',
    entry(ID, DATE, NETWORKS, ARTICLE, '  mentions: { mastodon: ["@hug@mastodon.social"] }', STATUS),
    ['5:25 mentions-network-not-planned'],
  ],
  [
    'a mention starts with @',
    entry(ID, DATE, NETWORKS, ARTICLE, '  mentions: { x: [hug_ge] }', STATUS),
    ['5:19 invalid-value'],
  ],
  [
    'a hashtag is one word',
    entry(ID, DATE, NETWORKS, ARTICLE, '  hashtags: ["santé publique"]', STATUS),
    ['5:14 invalid-value'],
  ],
  ['status is required', entry(ID, DATE, NETWORKS, ARTICLE), ['1:3 missing-field']],
  ['status is known', entry(ID, DATE, NETWORKS, ARTICLE, '  status: valide'), ['5:11 invalid-value']],
  ['lang is fr or de', entry(ID, DATE, NETWORKS, ARTICLE, '  lang: it', STATUS), ['5:9 invalid-value']],
  ['campaign is a slug', entry(ID, DATE, NETWORKS, ARTICLE, '  campaign: Hiver 2026', STATUS), ['5:13 invalid-value']],
  ['text is not empty', entry(ID, DATE, NETWORKS, '  text: ""', STATUS), ['4:9 invalid-value']],
  ['text or article is required once approved', entry(ID, DATE, NETWORKS, STATUS), ['1:3 text-required']],
  ['the article exists', entry(ID, DATE, NETWORKS, '  article: variqueuse', STATUS), ['4:12 unknown-article']],
  [
    'the article exists in the entry’s language',
    entry(ID, DATE, NETWORKS, '  article: krampfadern', STATUS),
    ['4:12 unknown-article'],
  ],
  ['the article is not a draft', entry(ID, DATE, NETWORKS, '  article: brouillon', STATUS), ['4:12 article-draft']],
  [
    'the article is out before the post',
    entry(ID, '  date: 2026-12-01 12:00', NETWORKS, '  article: depistage', STATUS),
    ['4:12 article-not-yet-published'],
  ],
  [
    'the article’s frontmatter is valid',
    entry(ID, DATE, NETWORKS, '  article: casse', STATUS),
    ['4:12 article-invalid'],
  ],
  [
    'media need alt',
    entry(ID, DATE, NETWORKS, ARTICLE, STATUS, '  media:', '    - src: media/photo.jpg', '      rights: owned'),
    ['7:7 missing-field'],
  ],
  ['alt is not empty', withAlt(''), ['8:12 invalid-value']],
  [
    'an empty alt: is missing, reported at its key',
    entry(
      ID,
      DATE,
      NETWORKS,
      ARTICLE,
      STATUS,
      '  media:',
      '    - src: media/photo.jpg',
      '      alt:',
      '      rights: owned',
    ),
    ['8:7 missing-field'],
  ],
  [
    'media need rights',
    entry(ID, DATE, NETWORKS, ARTICLE, STATUS, '  media:', '    - src: media/photo.jpg', '      alt: "Une photo"'),
    ['7:7 missing-field'],
  ],
  [
    'rights are known',
    entry(
      ID,
      DATE,
      NETWORKS,
      ARTICLE,
      STATUS,
      '  media:',
      '    - src: media/photo.jpg',
      '      alt: "Une photo"',
      '      rights: libre',
    ),
    ['9:15 invalid-value'],
  ],
  [
    'cc-by needs a credit',
    entry(
      ID,
      DATE,
      NETWORKS,
      ARTICLE,
      STATUS,
      '  media:',
      '    - src: media/photo.jpg',
      '      alt: "Une photo"',
      '      rights: cc-by',
    ),
    ['7:7 credit-required'],
  ],
  [
    'consent is a reference',
    entry(ID, DATE, NETWORKS, ARTICLE, STATUS, ...PHOTO, '      consent: "oui"'),
    ['10:16 invalid-value'],
  ],
  [
    'people is true or false',
    entry(ID, DATE, NETWORKS, ARTICLE, STATUS, ...PHOTO, '      people: oui'),
    ['10:15 invalid-value'],
  ],
  [
    'duration is m:ss',
    entry(ID, DATE, NETWORKS, ARTICLE, STATUS, ...PHOTO, '      duration: 2m30'),
    ['10:17 invalid-value'],
  ],
  [
    'media fields are known',
    entry(ID, DATE, NETWORKS, ARTICLE, STATUS, ...PHOTO, '      licence: owned'),
    ['10:7 unknown-field'],
  ],
  [
    'the media file exists',
    entry(
      ID,
      DATE,
      NETWORKS,
      ARTICLE,
      STATUS,
      '  media:',
      '    - src: media/photos.jpg',
      '      alt: "Une photo"',
      '      rights: owned',
    ),
    ['7:12 media-not-found'],
  ],
  [
    'the media file is an image or a video',
    entry(
      ID,
      DATE,
      NETWORKS,
      ARTICLE,
      STATUS,
      '  media:',
      '    - src: media/README.md',
      '      alt: "Un document"',
      '      rights: owned',
    ),
    ['7:12 media-format'],
  ],
  ['alt fits the strictest network', withAlt('a'.repeat(1001)), ['8:12 alt-too-long']],
  [
    'Instagram needs a picture, or an article to take it from',
    entry(ID, DATE, '  networks: [instagram]', '  text: "Bonjour"', STATUS),
    ['1:3 media-required'],
  ],
  ['an alt text cannot hold Publer’s separator', withAlt('Avant || après'), ['8:12 publer-separator']],
  [
    'a first comment cannot hold Publer’s separator',
    entry(ID, DATE, NETWORKS, ARTICLE, '  firstComment: "Un || deux"', STATUS),
    ['5:17 publer-separator'],
  ],
  [
    'YouTube needs a video',
    entry(ID, DATE, '  networks: [youtube]', ARTICLE, STATUS, ...PHOTO),
    ['7:5 media-required'],
  ],
  [
    'YouTube needs a title',
    entry(
      ID,
      DATE,
      '  networks: [youtube]',
      '  text: "Visite de la nouvelle IRM"',
      STATUS,
      '  media:',
      '    - src: media/video.mp4',
      '      alt: "Visite"',
      '      rights: owned',
    ),
    ['1:3 title-required'],
  ],
  [
    'an article title longer than YouTube’s asks for a title',
    entry(
      ID,
      DATE,
      '  networks: [youtube]',
      '  article: titre-long',
      STATUS,
      '  media:',
      '    - src: media/video.mp4',
      '      alt: "Visite"',
      '      rights: owned',
    ),
    ['4:12 title-too-long'],
  ],
  [
    'a title fits YouTube',
    entry(ID, DATE, NETWORKS, ARTICLE, `  title: "${'T'.repeat(101)}"`, STATUS),
    ['5:10 invalid-value'],
  ],
  [
    'a YouTube description has no angle brackets',
    entry(
      ID,
      DATE,
      '  networks: [youtube]',
      '  title: "IRM"',
      '  text: "Scanner <3T>"',
      STATUS,
      '  media:',
      '    - src: media/video.mp4',
      '      alt: "Visite"',
      '      rights: owned',
    ),
    ['5:9 angle-brackets'],
  ],
  [
    'no raw link in an Instagram text',
    entry(ID, DATE, '  networks: [instagram]', '  text: "Voir https://exemple.ch/grippe"', STATUS, ...PHOTO),
    ['4:9 link-not-clickable'],
  ],
  [
    'at most 5 hashtags in an Instagram text',
    entry(
      ID,
      DATE,
      '  networks: [instagram, x]',
      '  variants:',
      '    instagram: "#a #b #c #d #e #f"',
      '  text: "Bonjour"',
      STATUS,
      ...PHOTO,
    ),
    ['5:16 too-many-hashtags'],
  ],
  [
    'one topic tag on Threads',
    entry(ID, DATE, '  networks: [threads]', '  text: "#Grippe et #Vaccin"', STATUS),
    ['4:9 too-many-hashtags'],
  ],
  [
    'at most 5 links on Threads, the article’s included',
    entry(ID, DATE, '  networks: [threads]', ARTICLE, '  text: "a.ch b.ch c.ch d.ch e.ch"', STATUS),
    ['5:9 too-many-links'],
  ],
  ['a file is a list of entries', '# Calendrier\nid: essai\nstatus: approved\n', ['2:1 not-a-list']],
  ['an entry is a map', entry('- essai'), ['1:3 not-an-entry']],
  [
    'a text with a colon must be quoted',
    entry(ID, DATE, NETWORKS, '  text: Grippe: les gestes', STATUS),
    ['4:9 yaml-syntax'],
  ],
  // The parser notices the tab at the field that follows it.
  ['indentation uses spaces', entry(ID, DATE, NETWORKS, ARTICLE, '\tstatus: approved'), ['5:2 yaml-syntax']],
  ['a quote is closed', entry(ID, DATE, NETWORKS, '  text: "Bonjour', STATUS, '- id: autre'), ['7:1 yaml-syntax']],
];

describe('every rule reports its file, line and column', () => {
  test.each(cases)('%s', (_rule, yaml, expected) => {
    const { errors, entries } = load({ 'cal.yaml': yaml });
    expect(where(errors)).toEqual(expected.map((at) => `cal.yaml:${at}`));
    for (const error of errors) expect(error.message).toMatch(/^\P{Ll}.{20,}[.?]$/u);
    expect(entries).toEqual([]);
  });
});

describe('cross-checks and messages', () => {
  test('an id is unique across files; the second says where the first is', () => {
    const { errors, entries } = load({
      'a.yaml': entry(ID, DATE, NETWORKS, ARTICLE, STATUS),
      'b.yaml': entry('# Décembre', ID, DATE, NETWORKS, ARTICLE, STATUS),
    });
    expect(where(errors)).toEqual(['b.yaml:2:7 duplicate-id']);
    expect(errors[0]!.message).toContain('a.yaml:1');
    expect(entries).toHaveLength(1);
  });

  test('a repeated field is reported, and the other entries are still checked', () => {
    const yaml = entry(
      ID,
      DATE,
      NETWORKS,
      ARTICLE,
      STATUS,
      '  status: draft',
      '- id: autre',
      DATE,
      '  networks: [myspace]',
      ARTICLE,
      STATUS,
    );
    expect(where(load({ 'cal.yaml': yaml }).errors)).toEqual([
      'cal.yaml:6:3 duplicate-field',
      'cal.yaml:9:14 unknown-network',
    ]);
  });

  test('all mistakes at once, sorted by file, line and column, each with id and field', () => {
    const yaml = entry(
      '- id: un',
      '  date: 2026-13-01 12:00',
      NETWORKS,
      ARTICLE,
      STATUS,
      '- id: deux',
      DATE,
      '  networks: [fb]',
      ARTICLE,
      STATUS,
      '- id: trois',
      DATE,
      NETWORKS,
      ARTICLE,
      '  status: ok',
    );
    const { errors } = load({
      'z.yaml': yaml,
      'a.yaml': entry('- id: quatre', DATE, NETWORKS, '  article: nulle-part', STATUS),
    });
    expect(where(errors)).toEqual([
      'a.yaml:4:12 unknown-article',
      'z.yaml:2:9 date-not-a-date',
      'z.yaml:8:14 unknown-network',
      'z.yaml:15:11 invalid-value',
    ]);
    expect(errors.map((error) => [error.id, error.field])).toEqual([
      ['quatre', 'article'],
      ['un', 'date'],
      ['deux', 'networks[0]'],
      ['trois', 'status'],
    ]);
  });

  test('messages are French and say what to do', () => {
    const messages = (yaml: string) => load({ 'cal.yaml': yaml }).errors.map((error) => error.message);
    expect(messages(entry(ID, '  date: 2027-03-28 02:30', NETWORKS, ARTICLE, STATUS))[0]).toContain('heure sautée');
    expect(messages(entry(ID, DATE, '  networks: [twitter]', ARTICLE, STATUS))[0]).toContain(
      'Vouliez-vous dire « x » ?',
    );
    expect(messages(entry(ID, DATE, NETWORKS, ARTICLE, '  hashtag: [Santé]', STATUS))[0]).toContain(
      'Vouliez-vous dire « hashtags » ?',
    );
    expect(messages(entry(ID, DATE, NETWORKS, '  article: krampfadern', STATUS))[0]).toContain('ajoutez lang: de');
    expect(messages(entry(ID, '  date: 2026-12-01 12:00', NETWORKS, '  article: depistage', STATUS))[0]).toContain(
      '08.12.2026 08:00',
    );
    expect(
      messages(
        entry(
          ID,
          DATE,
          NETWORKS,
          ARTICLE,
          STATUS,
          '  media:',
          '    - src: media/photos.jpg',
          '      alt: "x"',
          '      rights: owned',
        ),
      )[0],
    ).toContain('« photo.jpg »');
  });

  test('a German entry finds its German article', () => {
    const { errors, entries } = load({
      'cal.yaml': entry(ID, DATE, NETWORKS, '  article: krampfadern', '  lang: de', STATUS),
    });
    expect(errors).toEqual([]);
    expect(entries[0]!.lang).toBe('de');
  });

  test('an article published the same minute as the post is fine', () => {
    const { errors } = load({
      'cal.yaml': entry(ID, '  date: 2026-12-08 08:00', NETWORKS, '  article: depistage', STATUS),
    });
    expect(errors).toEqual([]);
    expect(parseZurichTime('2026-12-08 08:00').toISOString()).toBe('2026-12-08T07:00:00.000Z');
  });

  test('a person without consent is a hold, not an error, placed at the media item', () => {
    const { errors, holds, entries } = load({
      'cal.yaml': entry(ID, DATE, NETWORKS, ARTICLE, STATUS, ...PHOTO, '      people: true'),
    });
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(holds).toEqual([
      {
        id: 'essai',
        file: expect.stringMatching(/cal\.yaml$/),
        line: 7,
        col: 7,
        code: 'missing-consent',
        reason: expect.stringContaining('media/photo.jpg'),
      },
    ]);
  });

  test('a person with consent is no hold', () => {
    const { holds } = load({
      'cal.yaml': entry(
        ID,
        DATE,
        NETWORKS,
        ARTICLE,
        STATUS,
        ...PHOTO,
        '      people: true',
        '      consent: CONS-2026-014',
      ),
    });
    expect(holds).toEqual([]);
  });

  test('files other than .yaml/.yml are ignored, and an empty file holds no entry', () => {
    const { errors, entries } = load({
      'README.md': '- not: yaml calendar',
      'vide.yaml': '# rien ce mois-ci\n',
      'cal.yml': entry(ID, DATE, NETWORKS, ARTICLE, STATUS),
    });
    expect(errors).toEqual([]);
    expect(entries.map((loaded) => loaded.id)).toEqual(['essai']);
  });

  test('a missing folder is a typed error with a French message', () => {
    expect(() => loadCalendar({ ...PLACES, calendarDir: '/nulle/part' })).toThrow(EditorialError);
    expect(() => loadCalendar({ ...PLACES, calendarDir: FIXTURES, contentDir: '/nulle/part' })).toThrow(/--content/);
  });
});
