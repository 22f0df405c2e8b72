import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/i18n.ts';
import { typesetHtml } from '../../src/lib/typesetHtml.ts';
import { typesetText } from '../../src/lib/typesetText.ts';

/** Expected texts are written with `⍽` for a no-break space (U+00A0) and `‧` for a narrow no-break space (U+202F). */
const spaces = (text: string) => text.replaceAll('⍽', '\u00A0').replaceAll('‧', '\u202F');

describe.each<[Lang, string, string]>([
  ['fr', 'Varices : quand faut-il consulter ?', 'Varices⍽: quand faut-il consulter‧?'],
  ['fr', 'Attention ; oui ! Vraiment ?!', 'Attention‧; oui‧! Vraiment‧?!'],
  ['fr', 'Varices: quand consulter?', 'Varices⍽: quand consulter‧?'],
  ['fr', 'Le signe 𝒜? Sa liste:', 'Le signe 𝒜‧? Sa liste⍽:'],
  ['fr', 'C’est « simple » et «clair»', 'C’est «⍽simple⍽» et «⍽clair⍽»'],
  ['fr', 'On l’appelle « la valvule ». Puis « {query} ».', 'On l’appelle «⍽la valvule⍽». Puis «⍽{query}⍽».'],
  ['fr', "Il a dit \"non\" à l'hôpital d'aujourd'hui", 'Il a dit «⍽non⍽» à l’hôpital d’aujourd’hui'],
  ['fr', '1 200 visiteurs, 12 lits, à 19 h, de 10 h 30', '1‧200⍽visiteurs, 12⍽lits, à 19⍽h, de 10⍽h⍽30'],
  ['fr', 'Protège à 50 % ou 50%', 'Protège à 50‧% ou 50‧%'],
  ['fr', 'Rendez-vous à 10:30, le 1/2/2026, au point (c)', 'Rendez-vous à 10:30, le 1/2/2026, au point (c)'],
  ['fr', 'Gestes & conseils pour < 5 ans', 'Gestes & conseils pour < 5⍽ans'],
  ['fr', 'Appelez le 026 123 45 67.', 'Appelez le 026 123 45 67.'],
  ['fr', 'Voir https://www.bag.admin.ch/?q=1 ; puis', 'Voir https://www.bag.admin.ch/?q=1‧; puis'],
  ['fr', 'Sur www.youtube.com/watch?v=kP9 : la vidéo', 'Sur www.youtube.com/watch?v=kP9⍽: la vidéo'],
  ['fr', 'L’Hôpital du Val-Clair à Val-Clair', 'L’Hôpital du Val\u2011Clair à Val\u2011Clair'],
  ['de', 'Krampfadern: wann zum Arzt? "Ja" sagt das Spital', 'Krampfadern: wann zum Arzt? «Ja» sagt das Spital'],
  ['de', 'Er sagt « ja ». Dann «nein».', 'Er sagt «ja». Dann «nein».'],
  ['de', 'Die Strasse, die Straße, um 19 Uhr, 1 200 Besucher', 'Die Strasse, die Strasse, um 19⍽Uhr, 1‧200⍽Besucher'],
  ['de', 'Es geht um 50 % der Fälle, 5% der Kinder', 'Es geht um 50‧% der Fälle, 5‧% der Kinder'],
])('in %s, %j', (lang, text, expected) => {
  it('is typeset as its readers expect', () => expect(typesetText(text, lang)).toBe(spaces(expected)));
  it('stays the same when typeset again', () => {
    const once = typesetText(text, lang);
    expect(typesetText(once, lang)).toBe(once);
  });
});

describe('typesetHtml', () => {
  it.each([
    [
      'text across inline tags',
      '<p>Don d\'<em>organes</em>: « <a href="/a/">lien</a> »</p>',
      '<p>Don d’<em>organes</em>⍽: «⍽<a href="/a/">lien</a>⍽»</p>',
    ],
    [
      'code, scripts and styles untouched',
      '<p>Tapez <code>a : b</code></p><script type="application/ld+json">{"a":"b : c"}</script><style>a:hover{}</style><pre>x ; y</pre>',
      '<p>Tapez <code>a : b</code></p><script type="application/ld+json">{"a":"b : c"}</script><style>a:hover{}</style><pre>x ; y</pre>',
    ],
    [
      'identifiers and addresses untouched, attributes people read typeset',
      '<h2 id="qui-est-concerne-">Qui est concerné ?</h2><a href="/x/?a=1&amp;b=2" class="l\'a" data-x="a : b" title="L\'IRM : oui">IRM</a><img src="/i.png" alt="Schéma d\'une veine : saine">',
      '<h2 id="qui-est-concerne-">Qui est concerné‧?</h2><a href="/x/?a=1&amp;b=2" class="l\'a" data-x="a : b" title="L’IRM⍽: oui">IRM</a><img src="/i.png" alt="Schéma d’une veine⍽: saine">',
    ],
    [
      'a > inside an attribute, entities in text',
      '<img alt="Fièvre > 38 °C : appelez" src="/f.png"><p>AT&amp;T &lt;b&gt; l&#39;équipe &quot;ok&quot;</p>',
      '<img alt="Fièvre > 38 °C⍽: appelez" src="/f.png"><p>AT&amp;T &lt;b&gt; l’équipe «⍽ok⍽»</p>',
    ],
    [
      'the meta tags search engines show, not the others',
      '<meta name="description" content="Jambes lourdes : que faire ?"><meta http-equiv="content-security-policy" content="default-src \'self\'"><meta property="og:url" content="https://a.ch/?x=1">',
      '<meta name="description" content="Jambes lourdes⍽: que faire‧?"><meta http-equiv="content-security-policy" content="default-src \'self\'"><meta property="og:url" content="https://a.ch/?x=1">',
    ],
    [
      'text marked as written elsewhere untouched, attributes included',
      '<p>Texte du post : <span data-as-written>L\'IRM : oui <img alt="Vue d\'ensemble : salle"></span> (X)</p>',
      '<p>Texte du post⍽: <span data-as-written>L\'IRM : oui <img alt="Vue d\'ensemble : salle"></span> (X)</p>',
    ],
  ])('%s', (_, html, expected) => expect(typesetHtml(html, 'fr')).toBe(spaces(expected)));

  it('typesets each element in the language of its lang attribute, and nothing outside one', () => {
    const page =
      '<!doctype html><html lang="fr-CH"><head><title>Page introuvable : erreur</title></head><body><p>Erreur : page</p>' +
      '<div lang="de-CH"><p>Fehler: Seite "weg"</p></div><p lang="en">Error : page</p></body></html>';
    expect(typesetHtml(page)).toBe(
      spaces(
        '<!doctype html><html lang="fr-CH"><head><title>Page introuvable⍽: erreur</title></head><body><p>Erreur⍽: page</p>' +
          '<div lang="de-CH"><p>Fehler: Seite «weg»</p></div><p lang="en">Error : page</p></body></html>',
      ),
    );
    expect(typesetHtml('<p>Erreur : page</p>')).toBe('<p>Erreur : page</p>');
  });

  it('keeps every tag of a real page, and typesets a page only once', () => {
    const page = `<!doctype html><html lang="fr-CH"><body>${'<ul><li><a href="/a/"><img src="/a.png" alt=""></a><span>Titre : sous-titre</span></li></ul>'.repeat(3000)}<br><svg><path d="M0 0"/><text>a : b</text></svg></body></html>`;
    const once = typesetHtml(page);
    expect(once.match(/<[^>]+>/g)).toEqual(page.match(/<[^>]+>/g));
    expect(once).toContain(spaces('Titre⍽: sous-titre'));
    expect(once).toContain('<text>a : b</text>');
    expect(typesetHtml(once)).toBe(once);
  });
});
