import Callout from './mdx/Callout.astro';
import Figure from './mdx/Figure.astro';
import Video from './mdx/Video.astro';

/** What editors may use in an article without importing it. */
export const mdxComponents = { Callout, Figure, Video };
