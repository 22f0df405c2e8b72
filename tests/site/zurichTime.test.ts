import { describe, expect, it } from 'vitest';
import { LocalTimeError, parseZurichTime, zurichTimeFromYaml } from '../../src/lib/zurichTime.ts';

describe.each([
  // Winter: UTC+1; summer: UTC+2.
  ['2026-11-24 12:00', '2026-11-24T11:00:00.000Z'],
  ['2026-07-01 09:30', '2026-07-01T07:30:00.000Z'],
  ['2026-11-24', '2026-11-23T23:00:00.000Z'],
  ['2026-10-25 01:59', '2026-10-24T23:59:00.000Z'],
  ['2026-03-29 03:00', '2026-03-29T01:00:00.000Z'],
  ['2028-02-29 08:00', '2028-02-29T07:00:00.000Z'],
])('parseZurichTime(%s)', (input, expected) => {
  it(`is ${expected}`, () => expect(parseZurichTime(input).toISOString()).toBe(expected));
});

describe.each([
  ['24.11.2026', 'format'],
  ['2026-11-24 12h00', 'format'],
  ['2026-02-30', 'not-a-date'],
  ['2026-13-01', 'not-a-date'],
  ['2026-06-31 10:00', 'not-a-date'],
  ['2026-11-24 24:00', 'not-a-date'],
  ['2026-03-29 02:30', 'dst-gap'],
  ['2026-03-29 02:00', 'dst-gap'],
])('parseZurichTime(%s) refuses', (input, problem) => {
  it(`with problem ${problem}`, () => {
    expect(() => parseZurichTime(input)).toThrow(LocalTimeError);
    try {
      parseZurichTime(input);
    } catch (error) {
      expect((error as LocalTimeError).problem).toBe(problem);
    }
  });
});

describe('zurichTimeFromYaml', () => {
  it('reads a YAML timestamp (parsed as UTC) as the Zurich wall-clock time the editor typed', () => {
    expect(zurichTimeFromYaml(new Date(Date.UTC(2026, 10, 24, 9, 0))).toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });
  it('reads a string the same way', () => {
    expect(zurichTimeFromYaml('2026-11-24 09:00').toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });
});
