export interface BlogPostingInput {
  /** Absolute URL of the article. */
  url: string;
  title: string;
  description: string;
  /** BCP 47 tag, e.g. `fr-CH`. */
  locale: string;
  section: string;
  keywords: string[];
  /** Absolute URL of the social card, the image search engines show. */
  image: string;
  published: Date;
  updated?: Date | undefined;
  authors: { name: string; jobTitle: string; url: string }[];
  publisher: { name: string; url: string; logo: string };
  /** Health content: the page is a `MedicalWebPage`, with who reviewed it and when, if it was. */
  medical?: { reviewedBy?: { name: string; jobTitle: string; url: string }; lastReviewed?: Date } | undefined;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * schema.org `BlogPosting` for an article page, as search engines read it from JSON-LD; on health content, the page
 * around it is a `MedicalWebPage` with `reviewedBy` and `lastReviewed`, as health sites that readers trust declare.
 */
export function blogPostingJsonLd(input: BlogPostingInput) {
  const { medical } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    mainEntityOfPage: medical
      ? {
          '@type': 'MedicalWebPage',
          '@id': input.url,
          inLanguage: input.locale,
          ...(medical.lastReviewed && { lastReviewed: isoDate(medical.lastReviewed) }),
          ...(medical.reviewedBy && { reviewedBy: { '@type': 'Person', ...medical.reviewedBy } }),
        }
      : { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.title,
    description: input.description,
    inLanguage: input.locale,
    articleSection: input.section,
    ...(input.keywords.length > 0 && { keywords: input.keywords.join(', ') }),
    image: { '@type': 'ImageObject', url: input.image, width: 1200, height: 630 },
    datePublished: input.published.toISOString(),
    dateModified: (input.updated ?? input.published).toISOString(),
    author: input.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      jobTitle: author.jobTitle,
      url: author.url,
    })),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logo },
    },
  };
}
