import { describe, expect, it } from 'vitest';
import { articleHtml } from '../../src/lib/markdown/articleHtml.ts';

const site = 'https://blog.example.ch';

describe('articleHtml, the allowlist shared by pages and feeds', () => {
  it.each([
    ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['a style sheet', '<style>body{display:none}</style><p>a</p>', '<p>a</p>'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe><p>a</p>', '<p>a</p>'],
    ['an object', '<object data="x.swf"></object><p>a</p>', '<p>a</p>'],
    ['an embed', '<embed src="x.swf"><p>a</p>', '<p>a</p>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>a</p>', '<p>a</p>'],
    ['a base', '<base href="https://evil.example/"><p>a</p>', '<p>a</p>'],
    ['a form', '<form action="https://evil.example/"><input name="x"></form><p>a</p>', '<p>a</p>'],
    ['an event handler', '<img src="/x.png" onerror="alert(1)" alt="">', '<img src="/x.png" alt="">'],
    ['a style attribute', '<p style="position:fixed">a</p>', '<p>a</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    ['a JavaScript: link in capitals', '<a href="JavaScript:alert(1)">a</a>', '<a>a</a>'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">a</a>', '<a>a</a>'],
    ['an svg', '<svg><script>alert(1)</script></svg><p>a</p>', '<p>a</p>'],
    [
      'a video player pointing elsewhere',
      '<passerelle-video class="video" data-embed="javascript:alert(1)" data-title="t"></passerelle-video>',
      '<passerelle-video class="video" data-title="t"></passerelle-video>',
    ],
  ])('drops %s', (_, html, expected) => expect(articleHtml(html)).toBe(expected));

  it.each([
    ['a data: image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="point">'],
    [
      'a callout',
      '<aside class="callout urgence" aria-label="Urgence"><p class="callout-title">Urgence</p><p>144</p></aside>',
    ],
    ['a heading anchor', '<h2 id="quand-consulter">Quand consulter ?</h2>'],
    ['a table', '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>'],
    [
      'the video player',
      '<passerelle-video class="video" data-embed="https://www.youtube-nocookie.com/embed/kP9vTb2xQeM?autoplay=1" data-title="t"><div><button type="button">▶</button><p>x <a href="https://www.youtube.com/watch?v=kP9vTb2xQeM">lien</a></p></div></passerelle-video>',
    ],
    ['links to mail and phone', '<a href="mailto:info@example.ch">m</a> <a href="tel:+41210000000">t</a>'],
  ])('keeps %s', (_, html) => expect(articleHtml(html)).toBe(html));

  it('turns all but the last image of a picture into its sources', () => {
    const html =
      '<picture><img src="/_astro/a.avif" srcset="/_astro/a-360.avif 360w" alt="" sizes="100vw" loading="lazy"><img src="/_astro/a.jpg" srcset="/_astro/a-360.jpg 360w" alt="Schéma" sizes="100vw" loading="lazy"></picture>';
    expect(articleHtml(html)).toBe(
      '<picture><source srcset="/_astro/a-360.avif 360w" type="image/avif" sizes="100vw"><img src="/_astro/a.jpg" srcset="/_astro/a-360.jpg 360w" alt="Schéma" sizes="100vw" loading="lazy"></picture>',
    );
  });
});

describe('articleHtml for feeds', () => {
  it('makes links, images and srcset absolute', () => {
    const html =
      '<a href="/articles/x/">x</a><img src="/_astro/a.webp" srcset="/_astro/a-360.webp 360w, /_astro/a-720.webp 720w">';
    expect(articleHtml(html, { feedBase: site })).toBe(
      '<a href="https://blog.example.ch/articles/x/">x</a><img src="https://blog.example.ch/_astro/a.webp" srcset="https://blog.example.ch/_astro/a-360.webp 360w, https://blog.example.ch/_astro/a-720.webp 720w">',
    );
  });

  it('leaves external links and fragments alone', () => {
    const html = '<a href="https://www.bag.admin.ch/">OFSP</a><a href="#note">n</a>';
    expect(articleHtml(html, { feedBase: site })).toBe(html);
  });

  it('drops the video button, which cannot work in a feed reader, and keeps the link to the video', () => {
    expect(
      articleHtml(
        '<div><button type="button">▶</button><p>Vidéo : <a href="https://vimeo.com/1">vimeo.com/1</a></p></div>',
        {
          feedBase: site,
        },
      ),
    ).toBe('<div><p>Vidéo : <a href="https://vimeo.com/1">vimeo.com/1</a></p></div>');
  });
});
