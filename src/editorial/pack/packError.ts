import { UserError } from '../../lib/userError.ts';

/** Why a pack could not be made; each code has one French message that says what to do. */
export type PackErrorCode =
  | 'week-format'
  | 'week-out-of-range'
  | 'calendar-invalid'
  | 'media-unreadable'
  | 'out-not-writable'
  | 'out-occupied';

/** A failure of the pack command (not of one calendar entry); `message` is French. */
export class PackError extends UserError<PackErrorCode> {
  constructor(code: PackErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'PackError';
  }
}
