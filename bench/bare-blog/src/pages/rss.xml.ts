import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';

export async function GET() {
  const articles = await getCollection('articles');
  return rss({
    title: 'Blog',
    description: 'Blog',
    site: 'https://bare.example',
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.pubDate,
      link: `/${article.id}/`,
    })),
  });
}
