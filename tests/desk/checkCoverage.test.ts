import { describe, expect, it } from 'vitest';
import { checkWithCoverage } from '../../scripts/calendar-check.ts';
import { parseZurichTime } from '../../src/lib/zurichTime.ts';
import { load } from './helpers.ts';

const result = await checkWithCoverage({ ...load(), now: parseZurichTime('2026-11-16'), weeks: 2 });

describe('calendar:check’s coverage section', () => {
  it('lists the coming weeks’ gaps and unannounced articles as advice, after the summary', () => {
    expect(result.report).toContain(
      '\nCouverture (conseils, sans effet sur le résultat) :\n  Semaine 2026-W47 (dès le 16.11.2026) : 0 post(s) X sur 5 prévus par le rythme',
    );
    expect(result.report).toContain(
      '  L’article « Journée portes ouvertes du bloc opératoire » (fr/journee-portes, parution le 25.11.2026) n’est annoncé par aucun post',
    );
    // Outside the two coming weeks: the German article of 12 November.
    expect(result.report).not.toContain('grippe-impfung');
  });

  it('never changes the exit code', () => {
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.report).toMatch(/\n\nAucune erreur\.\n$/);
  });
});
