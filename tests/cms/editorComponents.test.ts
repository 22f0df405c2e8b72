import { describe, expect, it } from 'vitest';
import type { EditorComponent } from '../../src/cms/decapTypes.ts';
import { calloutComponent, figureComponent, videoComponent } from '../../src/cms/editorComponents.ts';

function read(component: EditorComponent, text: string) {
  const match = text.match(component.pattern);
  if (!match) throw new Error(`${component.id} does not read ${text}`);
  return { match: match[0], values: component.fromBlock(match) };
}

describe.each([
  [calloutComponent, ':::urgence\nEn cas d’urgence, appelez le **144**.\n:::'],
  [calloutComponent, ':::conseil[Le mollet, votre deuxième cœur]\nMarchez.\n\nEncore.\n:::'],
  [calloutComponent, ':::attention[Entre \\[crochets\\]]\n- un\n- deux\n:::'],
  [videoComponent, '::video{youtube="kP9vTb2xQeM" title="Exercices du périnée"}'],
  [videoComponent, '::video{vimeo="123456789" title="Visite de l’IRM"}'],
  [
    figureComponent,
    '::figure{src="./schema.jpg" alt="Deux veines" caption="À gauche, une veine saine." credit="Service"}',
  ],
  [figureComponent, '::figure{src="./schema.jpg" alt="Un « schéma » &quot;cité&quot; &amp; annoté"}'],
])('the %s block', (component, text) => {
  it(`reads and writes ${text.split('\n')[0]} back unchanged`, () => {
    const { match, values } = read(component, `${text}\n\nLa suite.`);
    expect(match).toBe(text);
    expect(component.toBlock(values)).toBe(text);
  });
});

describe('blocks written from the form', () => {
  it('give an image picked in the media library its ./ path', () =>
    expect(figureComponent.toBlock({ src: 'schema.jpg', alt: 'Un schéma', caption: '', credit: '' })).toBe(
      '::figure{src="./schema.jpg" alt="Un schéma"}',
    ));

  it('quote what would end an attribute', () =>
    expect(read(figureComponent, figureComponent.toBlock({ src: './a.jpg', alt: 'Un "b" & c' })).values).toMatchObject({
      alt: 'Un "b" & c',
    }));

  it('write a callout without a title when none is given, and escape brackets in a title', () => {
    expect(calloutComponent.toBlock({ type: 'conseil', title: ' ', text: 'Buvez.\n' })).toBe(':::conseil\nBuvez.\n:::');
    expect(
      read(calloutComponent, calloutComponent.toBlock({ type: 'attention', title: 'A [b]', text: 'c' })).values,
    ).toMatchObject({
      title: 'A [b]',
    });
  });

  it('show a callout in the preview with the site’s classes and the type’s name as default title', () =>
    expect(calloutComponent.toPreview({ type: 'urgence', title: '', text: 'Appelez le 144.' }, String)).toBe(
      '<aside class="callout urgence" aria-label="Urgence"><p class="callout-title">Urgence</p><p>Appelez le 144.</p></aside>',
    ));
});

describe('patterns', () => {
  it.each([
    [calloutComponent, 'Texte puis\n:::conseil\nx\n:::'],
    [calloutComponent, ':::inconnu\nx\n:::'],
    [videoComponent, '::video{youtube="x"} et du texte'],
    [figureComponent, 'Voir ::figure{src="./a.jpg" alt="b"}'],
  ])('%s does not read %j', (component, text) => expect(text.match(component.pattern)).toBeNull());
});
