// The editorial calendar engine: plain TypeScript, no Astro, shared by calendar:check, the pack exporter and the site.
export { loadArticleIndex, findArticle, type ArticleIndex, type IndexedArticle } from './articleIndex.ts';
export { checkCalendar, type CheckOptions, type CheckResult } from './calendarCheck.ts';
export { composeSnippet, type Snippet, type SnippetContext, type SnippetMedia } from './composeSnippet.ts';
export { entrySchema, mediaSchema, RIGHTS, STATUSES, type Entry, type Media, type Status } from './entrySchema.ts';
export { EditorialError, type CalendarError, type EditorialErrorCode } from './errors.ts';
export { loadCalendar, type Calendar, type CalendarEntry, type Hold, type LoadOptions } from './loadCalendar.ts';
export {
  countForNetwork,
  fitsNetwork,
  measureFor,
  NETWORK_IDS,
  NETWORKS,
  profileFor,
  UNIT_LABEL,
  type NetworkId,
  type NetworkProfile,
  type TextCount,
} from './networks.ts';
export { policyHolds, publishability, type PolicyHold, type Publishability } from './publishability.ts';
export { shortenToFit } from './shortenToFit.ts';
export { summarizeComingWeeks, type ComingWeeks } from './summarizeComingWeeks.ts';
export { trackedLink } from './trackedLink.ts';
