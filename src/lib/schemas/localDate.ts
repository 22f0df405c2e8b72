import { z } from 'zod';
import './frenchErrors.ts';
import { LocalTimeError, zurichTimeFromYaml } from '../zurichTime.ts';

/** A date or date-time written as Zurich wall-clock time (`2026-11-24` or `2026-11-24 09:00`). */
export const localDate = z
  .union([z.date(), z.string()], { error: 'Écrivez une date AAAA-MM-JJ ou AAAA-MM-JJ HH:MM.' })
  .transform((value, ctx) => {
    try {
      return zurichTimeFromYaml(value);
    } catch (error) {
      if (!(error instanceof LocalTimeError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });
