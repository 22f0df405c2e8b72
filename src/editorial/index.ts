// The editorial calendar engine: plain TypeScript, no Astro, shared by calendar:check, the pack exporter and the site.
export { type ArticleIndex, findArticle, type IndexedArticle, loadArticleIndex } from './articleIndex.ts';
export { type CheckOptions, type CheckResult, checkCalendar } from './calendarCheck.ts';
export { composeSnippet, type Snippet, type SnippetContext, type SnippetMedia } from './composeSnippet.ts';
export { type Entry, entrySchema, type Media, mediaSchema, RIGHTS, STATUSES, type Status } from './entrySchema.ts';
export { type CalendarError, EditorialError, type EditorialErrorCode } from './errors.ts';
export { type Calendar, type CalendarEntry, type Hold, type LoadOptions, loadCalendar } from './loadCalendar.ts';
export {
  countForNetwork,
  fitsNetwork,
  measureFor,
  NETWORK_IDS,
  NETWORKS,
  type NetworkId,
  type NetworkProfile,
  profileFor,
  type TextCount,
  UNIT_LABEL,
} from './networks.ts';
export { type PolicyHold, type Publishability, policyHolds, publishability } from './publishability.ts';
export { shortenToFit } from './shortenToFit.ts';
export { type ComingWeeks, summarizeComingWeeks } from './summarizeComingWeeks.ts';
export { trackedLink } from './trackedLink.ts';
