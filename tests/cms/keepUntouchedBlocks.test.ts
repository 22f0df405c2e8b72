import { describe, expect, it } from 'vitest';
import { keepUntouchedBlocks } from '../../src/cms/keepUntouchedBlocks.ts';

const original = ['Intro *ici*.', '- un\n- deux', '## Titre', ':::conseil\nBougez.\n:::', 'Fin.'].join('\n\n');
/** What the rich text editor makes of it before any edit: its own bullets and emphasis. */
const baseline = ['Intro _ici_.', '* un\n* deux', '## Titre', ':::conseil\nBougez.\n:::', 'Fin.'].join('\n\n');

describe.each([
  ['nothing edited', baseline, original],
  [
    'one paragraph edited',
    baseline.replace('Fin.', 'Fin, modifiée.'),
    ['Intro *ici*.', '- un\n- deux', '## Titre', ':::conseil\nBougez.\n:::', 'Fin, modifiée.'].join('\n\n'),
  ],
  [
    'a block inserted',
    baseline.replace('## Titre', '## Titre\n\nNouveau paragraphe.'),
    ['Intro *ici*.', '- un\n- deux', '## Titre', 'Nouveau paragraphe.', ':::conseil\nBougez.\n:::', 'Fin.'].join(
      '\n\n',
    ),
  ],
  ['a block removed', baseline.replace('## Titre\n\n', ''), original.replace('## Titre\n\n', '')],
  [
    'a list edited',
    baseline.replace('* deux', '* deux\n* trois'),
    ['Intro *ici*.', '* un\n* deux\n* trois', '## Titre', ':::conseil\nBougez.\n:::', 'Fin.'].join('\n\n'),
  ],
])('with %s', (_, edited, expected) => {
  it('keeps the file’s text for every block the editor did not touch', () =>
    expect(keepUntouchedBlocks(original, baseline, edited)).toBe(expected));
});

describe('when the editor’s rewriting merged or split blocks', () => {
  it('takes the edited text whole', () => {
    const merged = 'Intro _ici_. * un * deux';
    expect(keepUntouchedBlocks(original, merged, `${merged}!`)).toBe(`${merged}!`);
  });
});
