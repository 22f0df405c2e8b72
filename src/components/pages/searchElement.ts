/** The parts of Pagefind's JS API the search page uses (its UI bundle needs inline styles, which the CSP forbids). */
interface Pagefind {
  search(query: string): Promise<{
    results: { data(): Promise<{ url: string; excerpt: string; content: string; meta: { title?: string } }> }[];
  }>;
}

/** Shown at most; readers refine the query rather than scroll further. */
const MAX_RESULTS = 20;

/** Pagefind's excerpt is a window on the page's text: an ellipsis says where it was cut. */
function withEllipses(excerpt: string, content: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, '').trim();
  const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();
  const start = squeezed(content).startsWith(squeezed(plain).slice(0, 40)) ? '' : '… ';
  const end = squeezed(content).endsWith(squeezed(plain).slice(-40)) ? '' : ' …';
  return `${start}${excerpt.trim()}${end}`;
}

/** `<passerelle-search>`: runs the `q` of the page's address through the language's Pagefind index and lists the articles found. */
class PasserelleSearch extends HTMLElement {
  async connectedCallback() {
    const query = new URLSearchParams(location.search).get('q')?.trim();
    if (!query) return;
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query;
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list) return;
    try {
      // A path, not a module specifier: the index is written after the bundle, beside the pages.
      const indexUrl = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
      const { results } = await pagefind.search(query);
      const found = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(
        ...found.map((page) =>
          this.item(page.url, page.meta.title ?? page.url, withEllipses(page.excerpt, page.content)),
        ),
      );
      const template = this.message(found.length === 0 ? 'none' : found.length === 1 ? 'one' : 'many');
      status.textContent = template.replace('{query}', query).replace('{count}', String(results.length));
    } catch {
      status.textContent = this.message('unavailable');
    }
  }

  /** A sentence of the page, written in its HTML so that it is typeset like the rest. */
  message(key: 'none' | 'one' | 'many' | 'unavailable'): string {
    return this.querySelector(`[data-message="${key}"]`)?.textContent ?? '';
  }

  item(url: string, title: string, excerpt: string): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = title;
    const text = document.createElement('p');
    // Pagefind escapes the page text and only adds <mark> around the words found.
    text.innerHTML = excerpt;
    li.append(link, text);
    return li;
  }
}

customElements.define('passerelle-search', PasserelleSearch);
