/** Life of a post: only `approved` ones go into the pack; `published` ones are kept as a record. */
export const STATUSES = ['idea', 'draft', 'review', 'approved', 'published'] as const;
export type Status = (typeof STATUSES)[number];

/** How each status reads in French, wherever planners see it (desk view, calendar feed). */
export const STATUS_LABEL: Record<Status, string> = {
  idea: 'idée',
  draft: 'brouillon',
  review: 'relecture',
  approved: 'approuvé',
  published: 'publié',
};

/** `idea, draft, review, approved ou published`: the statuses as a planner may write them. */
export const STATUS_CHOICES = `${STATUSES.slice(0, -1).join(', ')} ou ${STATUSES.at(-1)}`;
