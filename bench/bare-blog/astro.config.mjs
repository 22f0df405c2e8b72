// @ts-check
// The bare Astro blog the bench compares Passerelle with: Astro's defaults, one collection, nothing else.
// BARE_BLOG_FORMAT=md builds content/**/*.md; BARE_BLOG_FORMAT=mdx builds content/**/*.mdx with @astrojs/mdx.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bare.example',
  integrations: process.env['BARE_BLOG_FORMAT'] === 'mdx' ? [mdx()] : [],
});
