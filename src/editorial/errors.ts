import { UserError } from '../lib/userError.ts';

/** One thing a planner must fix, at the place to fix it. Lines and columns start at 1. */
export interface CalendarError {
  file: string;
  line: number;
  col: number;
  /** Id of the entry, when it could be read. */
  id?: string;
  /** Path of the field inside the entry, e.g. `media[0].alt`. */
  field?: string;
  /** Stable name of the rule (`unknown-article`, `date-dst-gap`…), for tools and tests. */
  code: string;
  /** French: what is wrong and what to do. */
  message: string;
}

export function byPosition(a: CalendarError, b: CalendarError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

export type EditorialErrorCode =
  | 'calendar-dir-missing'
  | 'content-dir-missing'
  | 'unknown-article'
  | 'title-required'
  | 'no-room';

/** A failure that stops the engine itself (not a mistake in one entry); `message` is French. */
export class EditorialError extends UserError<EditorialErrorCode> {
  constructor(code: EditorialErrorCode, message: string) {
    super(code, message);
    this.name = 'EditorialError';
  }
}
