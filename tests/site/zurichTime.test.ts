import { describe, expect, it } from 'vitest';
import {
  dayHeading,
  formatLongZurichTime,
  formatZurichDay,
  formatZurichTime,
  isoWeek,
  isoWeeksInYear,
  LocalTimeError,
  monthGrid,
  monthHeading,
  monthSpan,
  monthsBetween,
  parseZurichTime,
  shiftDay,
  shortDay,
  weekContaining,
  zurichClock,
  zurichDay,
  zurichIso,
  zurichTimeFromYaml,
} from '../../src/lib/zurichTime.ts';

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

describe.each([
  // Zurich is UTC+1 in winter, UTC+2 in summer: the day turns at 23:00 or 22:00 UTC.
  ['2026-11-24T22:59:00Z', '2026-11-24', '2026-11-24T23:59:00+01:00', '23:59'],
  ['2026-11-24T23:00:00Z', '2026-11-25', '2026-11-25T00:00:00+01:00', '00:00'],
  ['2026-07-01T21:59:00Z', '2026-07-01', '2026-07-01T23:59:00+02:00', '23:59'],
  ['2026-07-01T22:00:00Z', '2026-07-02', '2026-07-02T00:00:00+02:00', '00:00'],
  ['2026-03-29T01:00:00Z', '2026-03-29', '2026-03-29T03:00:00+02:00', '03:00'],
])('the instant %s in Zurich', (instant, day, iso, clock) => {
  it(`falls on ${day}`, () => expect(zurichDay(new Date(instant))).toBe(day));
  it(`is written ${iso}`, () => expect(zurichIso(new Date(instant))).toBe(iso));
  it(`reads ${clock} on a clock`, () => expect(zurichClock(new Date(instant))).toBe(clock));
  it(`reads ${clock} from its offset form too`, () => expect(zurichClock(iso)).toBe(clock));
});

describe.each([
  ['2026-11-30', -1, '2026-11-29'],
  ['2026-03-28', 1, '2026-03-29'],
  ['2026-03-29', 1, '2026-03-30'],
  ['2026-10-25', -1, '2026-10-24'],
  ['2026-12-31', 1, '2027-01-01'],
  ['2028-02-28', 1, '2028-02-29'],
  ['2026-11-23', 6, '2026-11-29'],
])('shiftDay(%s, %i)', (day, days, expected) => {
  it(`is ${expected}`, () => expect(shiftDay(day, days)).toBe(expected));
});

describe.each([
  // Sunday 23:30 and Monday 00:30, Zurich time.
  ['2026-11-29T22:30:00Z', '2026-W48', '2026-11-23', '2026-11-22T23:00:00.000Z', '2026-11-29T23:00:00.000Z'],
  ['2026-11-29T23:30:00Z', '2026-W49', '2026-11-30', '2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z'],
  // 1 January 2027 is a Friday: it belongs to the last week of the ISO year 2026, which has 53.
  ['2027-01-01T12:00:00Z', '2026-W53', '2026-12-28', '2026-12-27T23:00:00.000Z', '2027-01-03T23:00:00.000Z'],
  // The week of the spring clock change is an hour short: Monday 00:00 CET to Monday 00:00 CEST.
  ['2026-03-29T12:00:00Z', '2026-W13', '2026-03-23', '2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
])('weekContaining(%s)', (instant, id, monday, start, end) => {
  const week = weekContaining(new Date(instant));
  it(`is ${id}, from Monday ${monday}`, () => {
    expect(week.id).toBe(id);
    expect(week.days[0]).toBe(monday);
    expect(week.days).toHaveLength(7);
  });
  it('runs from Monday 00:00 to the next Monday 00:00, Zurich time', () => {
    expect(week.start.toISOString()).toBe(start);
    expect(week.end.toISOString()).toBe(end);
  });
  it('is the week its year and number name', () => expect(isoWeek(week.year, week.number).id).toBe(id));
});

describe.each([
  [2015, 53, '2014-12-29'],
  [2020, 53, '2019-12-30'],
  [2025, 52, '2024-12-30'],
  [2026, 53, '2025-12-29'],
  [2027, 52, '2027-01-04'],
])('the ISO year %i', (year, weeks, firstMonday) => {
  it(`has ${weeks} weeks`, () => expect(isoWeeksInYear(year)).toBe(weeks));
  it(`starts on Monday ${firstMonday}`, () => expect(isoWeek(year, 1).days[0]).toBe(firstMonday));
});

describe.each([
  ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
  ['2026-11', '2026-11', ['2026-11']],
  ['2026-12', '2026-11', []],
])('monthsBetween(%s, %s)', (first, last, expected) => {
  it(`is ${expected.join(', ') || 'empty'}`, () => expect(monthsBetween(first, last)).toEqual(expected));
});

describe.each([
  // 1 November 2026 is a Sunday and the 30th a Monday: six rows.
  ['2026-11', 6, '2026-10-26', '2026-12-06'],
  ['2026-02', 5, '2026-01-26', '2026-03-01'],
  // February 2027 starts on a Monday and ends on a Sunday: four rows, no neighbouring day.
  ['2027-02', 4, '2027-02-01', '2027-02-28'],
])('monthGrid(%s)', (month, rows, first, last) => {
  const grid = monthGrid(month);
  it(`has ${rows} weeks of seven days, from ${first} to ${last}`, () => {
    expect(grid).toHaveLength(rows);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(grid[0]![0]).toBe(first);
    expect(grid.at(-1)![6]).toBe(last);
  });
  it('has each day once, in order', () => {
    const days = grid.flat();
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size).toBe(days.length);
  });
});

describe.each([
  ['2026-03', '2026-10', '2026-02-28T23:00:00.000Z', '2026-10-31T23:00:00.000Z'],
  ['2026-12', '2026-12', '2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z'],
])('monthSpan(%s, %s)', (first, last, from, to) => {
  it(`runs from ${from} to ${to}`, () => {
    const span = monthSpan(first, last);
    expect(span.from.toISOString()).toBe(from);
    expect(span.to.toISOString()).toBe(to);
  });
});

describe.each([
  ['2026-11-24T11:00:00Z', '24.11.2026 12:00', '24.11.2026', '24 novembre 2026 à 12:00'],
  ['2026-07-01T22:30:00Z', '02.07.2026 00:30', '02.07.2026', '2 juillet 2026 à 00:30'],
  ['2026-12-01T10:00:00Z', '01.12.2026 11:00', '01.12.2026', '1 décembre 2026 à 11:00'],
])('the instant %s for planners', (instant, time, day, long) => {
  it(`is ${time}`, () => expect(formatZurichTime(new Date(instant))).toBe(time));
  it(`falls on ${day}`, () => expect(formatZurichDay(new Date(instant))).toBe(day));
  it(`is ${long} in full`, () => expect(formatLongZurichTime(new Date(instant))).toBe(long));
});

describe.each([
  ['2026-11-24', 'mardi 24 novembre 2026', 'mar. 24 nov.'],
  ['2026-12-01', 'mardi 1er décembre 2026', 'mar. 1 déc.'],
  ['2026-03-29', 'dimanche 29 mars 2026', 'dim. 29 mars'],
])('the day %s', (day, heading, short) => {
  it(`heads a section as ${heading}`, () => expect(dayHeading(day)).toBe(heading));
  it(`is ${short} where room is short`, () => expect(shortDay(day)).toBe(short));
});

describe.each([
  ['2026-11', 'novembre 2026'],
  ['2027-01', 'janvier 2027'],
])('monthHeading(%s)', (month, expected) => {
  it(`is ${expected}`, () => expect(monthHeading(month)).toBe(expected));
});
