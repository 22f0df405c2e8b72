import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { main as checkMain } from '../../scripts/calendar-check.ts';
import { main as viewMain } from '../../scripts/calendar-view.ts';
import { main as packMain } from '../../scripts/pack.ts';
import { type CommandMain, runCommand } from '../../scripts/runCli.ts';
import { buildPacks } from '../../src/editorial/pack/buildPack.ts';
import { entriesOf, ROOT, snapshot } from '../pack/helpers.ts';

/**
 * Calendar and pack inputs as an attacker (or a hurried planner) writes them. Each refusal ends with a French message
 * naming the file (and the line where there is one), exit 1, and nothing written: every file of the scratch
 * repository, earlier packs included, is as it was.
 */

const PHOTO = readFileSync(join(ROOT, 'tests/pack/fixtures/media/grippe.jpg'));
const VIDEO = readFileSync(join(ROOT, 'tests/pack/fixtures/media/irm.mp4'));
const NOW = '2026-11-23';

/** A scratch repository: an empty calendar, a photo and a video in editorial/media, no article. */
function scratchRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'passerelle-hostile-'));
  mkdirSync(join(repo, 'editorial/calendar'), { recursive: true });
  mkdirSync(join(repo, 'editorial/media'));
  mkdirSync(join(repo, 'content/articles/fr'), { recursive: true });
  writeFileSync(join(repo, 'editorial/media/photo.jpg'), PHOTO);
  writeFileSync(join(repo, 'editorial/media/video.mp4'), VIDEO);
  return repo;
}

/** An approved Facebook post of week 2026-W48 with one media item: its `src` is on line 7, column 12. */
function postWith(id: string, src: string): string {
  return [
    `- id: ${id}`,
    '  date: 2026-11-24 12:00',
    '  networks: [facebook]',
    '  text: "Un texte."',
    '  status: approved',
    '  media:',
    `    - src: ${src}`,
    '      alt: "Une description."',
    '      rights: owned',
    '',
  ].join('\n');
}

const calendar = (repo: string, text: string | Uint8Array) =>
  writeFileSync(join(repo, 'editorial/calendar/2026-11.yaml'), text);
const media = (repo: string, name: string, bytes: string | Uint8Array) =>
  writeFileSync(join(repo, 'editorial/media', name), bytes);

type Command = 'calendar:check' | 'pack' | 'calendar:view';
const MAINS: Record<Command, CommandMain> = { 'calendar:check': checkMain, pack: packMain, 'calendar:view': viewMain };

/** Runs a command in-process from the repository, with its calendar, articles and media, and `argv` after them. */
async function run(command: Command, repo: string, argv: string[] = []) {
  const places = ['--calendar', join(repo, 'editorial/calendar'), '--content', join(repo, 'content/articles')];
  const printed: string[] = [];
  const code = await runCommand(MAINS[command], {
    argv: [...places, '--root', repo, ...(command === 'calendar:view' ? [] : ['--now', NOW]), ...argv],
    now: new Date(`${NOW}T08:00:00Z`),
    cwd: repo,
    out: (text) => printed.push(text),
    err: (text) => printed.push(text),
  });
  return { code, output: printed.join('') };
}

/** A post whose video is a link, in editorial/media, to a file of the repository that is no video. */
function linkToSecret(repo: string) {
  writeFileSync(join(repo, 'secret.txt'), 'mot de passe');
  symlinkSync(join(repo, 'secret.txt'), join(repo, 'editorial/media/x.mp4'));
  calendar(repo, postWith('lien', 'editorial/media/x.mp4'));
}

/** The pack of week 2026-W48 into `out` (from the repository). */
const packInto =
  (out = 'packs', week = '2026-W48') =>
  (repo: string) => ['--week', week, '--out', join(repo, out)];

/** [case, how the repository is made hostile, command, its arguments, what the message says]. */
const CASES: [string, (repo: string) => unknown, Command, (repo: string) => string[], RegExp[]][] = [
  // Files stay inside their folder.
  [
    'an absolute media path',
    (repo) => {
      writeFileSync(join(repo, 'dehors.jpg'), PHOTO);
      calendar(repo, postWith('absolu', join(repo, 'dehors.jpg')));
    },
    'calendar:check',
    () => [],
    [/2026-11\.yaml:7:12 {2}absolu {2}« \/\S+\/dehors\.jpg » est hors de editorial\/media\/ : placez le fichier/],
  ],
  [
    'a ../ media path',
    (repo) => {
      writeFileSync(join(repo, 'dehors.jpg'), PHOTO);
      calendar(repo, postWith('remonte', 'editorial/media/../../dehors.jpg'));
    },
    'calendar:check',
    () => [],
    [/2026-11\.yaml:7:12 {2}remonte {2}« editorial\/media\/\.\.\/\.\.\/dehors\.jpg » est hors de editorial\/media\//],
  ],
  [
    'a link in editorial/media, named .mp4, to a file elsewhere',
    linkToSecret,
    'calendar:check',
    () => [],
    [
      /2026-11\.yaml:7:12 {2}lien {2}« editorial\/media\/x\.mp4 » est un lien vers un fichier hors de editorial\/media\//,
    ],
  ],
  [
    'a link in editorial/media to a folder elsewhere',
    (repo) => {
      mkdirSync(join(repo, 'ailleurs'));
      writeFileSync(join(repo, 'ailleurs/photo.jpg'), PHOTO);
      symlinkSync(join(repo, 'ailleurs'), join(repo, 'editorial/media/partage'));
      calendar(repo, postWith('dossier', 'editorial/media/partage/photo.jpg'));
    },
    'calendar:check',
    () => [],
    [/2026-11\.yaml:7:12 {2}dossier {2}« editorial\/media\/partage\/photo\.jpg » est un lien vers un fichier hors/],
  ],
  [
    'the same link, at pack time',
    linkToSecret,
    'pack',
    packInto(),
    [/2026-11\.yaml:7:12 {2}lien {2}« editorial\/media\/x\.mp4 » est un lien/, /Le pack n’a pas été créé/],
  ],
  // A video is a video, an image decodes.
  [
    'a text file named .mp4',
    (repo) => {
      media(repo, 'faux.mp4', 'Ceci est un texte.');
      calendar(repo, postWith('faux-mp4', 'editorial/media/faux.mp4'));
    },
    'calendar:check',
    () => [],
    [/7:12 {2}faux-mp4 {2}« editorial\/media\/faux\.mp4 » n’est pas une vidéo \(son contenu n’est pas reconnu\)/],
  ],
  [
    'a photo named .mp4',
    (repo) => {
      media(repo, 'photo.mp4', PHOTO);
      calendar(repo, postWith('photo-mp4', 'editorial/media/photo.mp4'));
    },
    'calendar:check',
    () => [],
    [/7:12 {2}photo-mp4 {2}« editorial\/media\/photo\.mp4 » n’est pas une vidéo \(son contenu est du type jpg\)/],
  ],
  [
    'a text file named .jpg',
    (repo) => {
      media(repo, 'faux.jpg', 'Ceci est un texte.');
      calendar(repo, postWith('faux-jpg', 'editorial/media/faux.jpg'));
    },
    'calendar:check',
    () => [],
    [/7:12 {2}faux-jpg {2}« editorial\/media\/faux\.jpg » n’est pas une image lisible/],
  ],
  [
    'an empty .jpg',
    (repo) => {
      media(repo, 'vide.jpg', '');
      calendar(repo, postWith('vide', 'editorial/media/vide.jpg'));
    },
    'calendar:check',
    () => [],
    [/7:12 {2}vide {2}Le fichier editorial\/media\/vide\.jpg est vide \(0 octet\)/],
  ],
  [
    'a JPEG cut in half',
    (repo) => {
      media(repo, 'coupee.jpg', PHOTO.subarray(0, PHOTO.length / 2));
      calendar(repo, postWith('coupee', 'editorial/media/coupee.jpg'));
    },
    'calendar:check',
    () => [],
    [/7:12 {2}coupee {2}« editorial\/media\/coupee\.jpg » n’est pas une image lisible/],
  ],
  [
    'an SVG drawing named .png',
    (repo) => {
      media(
        repo,
        'dessin.png',
        '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9"/></svg>',
      );
      calendar(repo, postWith('dessin', 'editorial/media/dessin.png'));
    },
    'calendar:check',
    () => [],
    [/7:12 {2}dessin {2}« editorial\/media\/dessin\.png » est une image au format svg : exportez-la en JPEG/],
  ],
  [
    'an image above the pixel budget',
    async (repo) => {
      const huge = { width: 9000, height: 6000, channels: 3, background: '#888' } as const;
      media(repo, 'enorme.jpg', await sharp({ create: huge }).jpeg().toBuffer());
      calendar(repo, postWith('enorme', 'editorial/media/enorme.jpg'));
    },
    'calendar:check',
    () => [],
    [
      /7:12 {2}enorme {2}L’image « editorial\/media\/enorme\.jpg » mesure 9000 × 6000 pixels \(54\.0 mégapixels\) : Passerelle en accepte 50 au plus/,
    ],
  ],
  // Text and dates are read as written.
  [
    'a calendar saved in Latin-1',
    (repo) =>
      calendar(
        repo,
        Buffer.concat([
          Buffer.from('- id: latin\n  date: 2026-11-24 12:00\n  networks: [facebook]\n  text: "Un caf'),
          Buffer.from([0xe9]),
          Buffer.from('."\n  status: approved\n'),
        ]),
      ),
    'calendar:check',
    () => [],
    [/2026-11\.yaml:4:16 {2}- {2}Caractère illisible : le fichier n’est pas enregistré en UTF-8/],
  ],
  [
    'an alias bomb',
    (repo) =>
      calendar(
        repo,
        [
          '- &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
          ...'bcdefghij'.split('').map((name, index) => {
            const previous = `*${'abcdefghij'[index]}`;
            return `- &${name} [${Array(9).fill(previous).join(', ')}]`;
          }),
          '',
        ].join('\n'),
      ),
    'calendar:check',
    () => [],
    [/2026-11\.yaml:2:7 {2}- {2}Renvoi YAML \(\*nom\) illisible/],
  ],
  [
    'an alias without its anchor',
    (repo) => calendar(repo, '- id: renvoi\n  date: 2026-11-24 12:00\n  text: *nulle-part\n'),
    'calendar:check',
    () => [],
    [/2026-11\.yaml:3:9 {2}- {2}Renvoi YAML \(\*nom\) illisible : son ancre \(&nom\) manque plus haut/],
  ],
  [
    'a date that does not exist, under a %YAML 1.1 directive',
    (repo) =>
      calendar(
        repo,
        '%YAML 1.1\n---\n- id: fevrier\n  date: 2026-02-30 12:00:00\n  networks: [facebook]\n  text: "Un texte."\n  status: approved\n',
      ),
    'calendar:check',
    () => [],
    [/2026-11\.yaml:4:9 {2}fevrier {2}« 2026-02-30 12:00:00 » n'existe pas dans le calendrier/],
  ],
  [
    'a date that does not exist, tagged !!timestamp',
    (repo) =>
      calendar(
        repo,
        '- id: fevrier\n  date: !!timestamp 2026-02-30 12:00\n  networks: [facebook]\n  text: "Un texte."\n  status: approved\n',
      ),
    'calendar:check',
    () => [],
    [
      /2026-11\.yaml:2:9 {2}- {2}Étiquette YAML \(!!timestamp, !!binary, !…\) : le calendrier n’en utilise pas/,
      /2026-11\.yaml:2:21 {2}fevrier {2}« 2026-02-30 12:00 » n'existe pas dans le calendrier/,
    ],
  ],
  [
    'a date that does not exist',
    (repo) =>
      calendar(
        repo,
        '- id: fevrier\n  date: 2026-02-30 12:00\n  networks: [facebook]\n  text: "Un texte."\n  status: approved\n',
      ),
    'calendar:check',
    () => [],
    [/2026-11\.yaml:2:9 {2}fevrier {2}« 2026-02-30 12:00 » n'existe pas dans le calendrier/],
  ],
  // The last good output survives.
  [
    'a folder of the team’s own at the week’s place',
    (repo) => {
      mkdirSync(join(repo, 'packs/2026-W48'), { recursive: true });
      writeFileSync(join(repo, 'packs/2026-W48/notes.txt'), 'Nos notes.');
    },
    'pack',
    packInto(),
    [
      /packs\/2026-W48 existe déjà et n’est pas un pack \(un dossier sans manifest\.json de pack\) : le pack ne le remplace pas/,
    ],
  ],
  [
    'a file at the week’s place',
    (repo) => {
      mkdirSync(join(repo, 'packs'));
      writeFileSync(join(repo, 'packs/2026-W48'), 'Un fichier.');
    },
    'pack',
    packInto(),
    [/packs\/2026-W48 existe déjà et n’est pas un pack \(un fichier\)/],
  ],
  [
    'a link at the week’s place to a folder elsewhere',
    (repo) => {
      mkdirSync(join(repo, 'ailleurs'));
      writeFileSync(join(repo, 'ailleurs/notes.txt'), 'Nos notes.');
      mkdirSync(join(repo, 'packs'));
      symlinkSync('../ailleurs', join(repo, 'packs/2026-W48'));
    },
    'pack',
    packInto(),
    [/packs\/2026-W48 existe déjà et n’est pas un pack \(un lien qui ne mène pas à un pack\)/],
  ],
  [
    'an earlier pack, and --out in dist/',
    (repo) => run('pack', repo, packInto()(repo)),
    'pack',
    packInto('dist/packs'),
    [
      /--out \S+\/dist\/packs est dans dist\/, le site public : un pack contient des posts qui ne sont pas encore publiés/,
    ],
  ],
  [
    '--out through a link into dist/',
    (repo) => {
      mkdirSync(join(repo, 'dist'));
      symlinkSync(join(repo, 'dist'), join(repo, 'sortie'));
    },
    'pack',
    packInto('sortie/packs'),
    [/--out \S+\/sortie\/packs est dans dist\/, le site public/],
  ],
  [
    '--out under /proc',
    () => undefined,
    'pack',
    () => ['--week', '2026-W48', '--out', '/proc/passerelle/packs'],
    [/Impossible de créer ou d’écrire le dossier \/proc\/passerelle\/packs : vérifiez le chemin donné à --out/],
  ],
  [
    '--out under a file',
    () => undefined,
    'pack',
    packInto('editorial/media/photo.jpg/packs'),
    [/Impossible de créer ou d’écrire le dossier \S+\/editorial\/media\/photo\.jpg\/packs/],
  ],
  [
    '--week before 2000',
    () => undefined,
    'pack',
    packInto('packs', '1999-W10'),
    [/« 1999-W10 » : les packs se font pour les années 2000 à 2999/],
  ],
  [
    '--week in year 1',
    () => undefined,
    'pack',
    packInto('packs', '0001-W01'),
    [/« 0001-W01 » : les packs se font pour les années 2000 à 2999/],
  ],
  [
    'calendar:view --out under /proc',
    () => undefined,
    'calendar:view',
    () => ['--out', '/proc/passerelle'],
    [/Impossible de créer ou d’écrire le dossier \/proc\/passerelle : vérifiez le chemin donné à --out/],
  ],
  [
    'calendar:view --out through a link into dist/',
    (repo) => {
      mkdirSync(join(repo, 'dist'));
      symlinkSync(join(repo, 'dist'), join(repo, 'sortie'));
    },
    'calendar:view',
    (repo) => ['--out', join(repo, 'sortie/calendrier')],
    [/--out \S+\/sortie\/calendrier est dans dist\/, le site public : le calendrier contient des posts non approuvés/],
  ],
];

describe.each(CASES)('%s', (_, prepare, command, argv, messages) => {
  it(`${command} refuses it in French, exits 1 and writes nothing`, async () => {
    const repo = scratchRepository();
    await prepare(repo);
    const before = snapshot(repo);
    const { code, output } = await run(command, repo, argv(repo));
    for (const message of messages) expect(output).toMatch(message);
    expect(output).not.toMatch(/Erreur inattendue|TypeError|RangeError|ReferenceError|\n {4}at /);
    expect(code).toBe(1);
    expect(snapshot(repo)).toEqual(before);
  }, 60_000);
});

describe('a calendar file starting with a UTF-8 byte-order mark', () => {
  it('is read as if it had none', async () => {
    const repo = scratchRepository();
    calendar(repo, `\uFEFF${postWith('avec-bom', 'editorial/media/photo.jpg')}`);
    const { code, output } = await run('calendar:check', repo);
    expect(output).toContain('Aucune erreur.');
    expect(output).toContain('1 entrée(s) valide(s)');
    expect(code).toBe(0);
  });
});

describe('calendar:view with nothing to show', () => {
  it.each([
    ['an empty calendar', '', 0],
    [
      'a calendar whose every entry has errors',
      '- id: x\n  date: 2026-11-40 12:00\n  networks: [x]\n  status: idea\n',
      1,
    ],
  ])('%s: an empty grid of the current month, and the count of entries in error', async (_, text, invalid) => {
    const repo = scratchRepository();
    calendar(repo, text);
    const { code, output } = await run('calendar:view', repo, ['--out', join(repo, 'vue')]);
    expect(code).toBe(0);
    expect(output).toContain('Calendrier de 2026-11 à 2026-11');
    const page = readFileSync(join(repo, 'vue/index.html'), 'utf8');
    expect(page).toContain('Calendrier éditorial · Novembre 2026');
    expect(page).not.toMatch(/data-kind="(?:post|article)"/);
    if (invalid > 0) {
      expect(output).toContain(`${invalid} entrée(s) en erreur n’y figurent pas`);
      expect(page).toContain(`${invalid} entrée(s) du calendrier ont des erreurs`);
    } else expect(page).not.toContain('ont des erreurs');
  });
});

describe('the pack folder', () => {
  const options = (repo: string) => ({
    weeks: ['2026-W48'],
    now: new Date(`${NOW}T08:00:00Z`),
    calendarDir: join(repo, 'editorial/calendar'),
    contentDir: join(repo, 'content/articles'),
    root: repo,
    mediaDir: join(repo, 'editorial/media'),
    outDir: join(repo, 'packs'),
  });

  it('is never absent while a new pack replaces it', async () => {
    const repo = scratchRepository();
    calendar(repo, postWith('photo', 'editorial/media/photo.jpg'));
    await buildPacks(options(repo));
    const manifest = join(repo, 'packs/2026-W48/manifest.json');
    let checks = 0;
    let absent = 0;
    let writing = true;
    const watch = () => {
      checks += 1;
      if (!existsSync(manifest)) absent += 1;
      if (writing) setImmediate(watch);
    };
    watch();
    for (let run = 0; run < 3; run += 1) await buildPacks(options(repo));
    writing = false;
    expect(checks).toBeGreaterThan(10);
    expect(absent).toBe(0);
    expect(entriesOf(join(repo, 'packs'))).toEqual(['2026-W48']);
  });

  it('replaces what interrupted runs left beside it', async () => {
    const repo = scratchRepository();
    calendar(repo, postWith('photo', 'editorial/media/photo.jpg'));
    // Folders of earlier versions of the pack (mkdtemp's six characters) and of a process no longer running.
    for (const leftover of ['.2026-W48.tmp-Ab12Cd', '.2026-W48.tmp-Ab12Cd.previous', '.2026-W48.99999999-0badf00d'])
      mkdirSync(join(repo, 'packs', leftover, 'media'), { recursive: true });
    // Not the pack's: kept.
    writeFileSync(join(repo, 'packs/.notes'), 'Nos notes.');
    await buildPacks(options(repo));
    expect(entriesOf(join(repo, 'packs'))).toEqual(['.notes', '2026-W48']);
    expect(readdirSync(join(repo, 'packs'))).toHaveLength(3);
  });

  it('gets the permissions of the user’s umask', async () => {
    const repo = scratchRepository();
    calendar(repo, postWith('photo', 'editorial/media/photo.jpg'));
    const command = `umask 027 && exec "${process.execPath}" scripts/pack.ts --week 2026-W48 --out "${repo}/packs" --calendar "${repo}/editorial/calendar" --content "${repo}/content/articles" --root "${repo}" --now ${NOW}`;
    await promisify(execFile)('/bin/sh', ['-c', command], { cwd: ROOT });
    const mode = (path: string) => (statSync(join(repo, 'packs/2026-W48', path)).mode & 0o777).toString(8);
    expect(mode('.')).toBe('750');
    expect(mode('media')).toBe('750');
    expect(mode('manifest.json')).toBe('640');
    expect(mode('media/photo-facebook-1.jpg')).toBe('640');
  }, 60_000);
});
