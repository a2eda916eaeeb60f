import { expect, test } from 'vitest'
import { addDaysToDay } from '@/lib/day-numbers'
import { buildHeatMap, describeRecent, doneThisWeek } from './heat-map'
import { buildTimeline } from './timeline'

const now = new Date(2026, 10, 26, 20, 0)

function timelineOf(startDay: string, pattern: string, weekStartsOn = 1) {
  const logs = [...pattern].flatMap((char, i) =>
    char === 'x' ? [{ day: addDaysToDay(startDay, i), status: 'done' as const }] : [],
  )
  return buildTimeline(
    { target: { kind: 'daily' }, startDay, pauses: [] },
    logs,
    addDaysToDay(startDay, pattern.length - 1),
    weekStartsOn,
  )
}

test('weeks are columns ending with this week, weekdays rows in the locale’s order', () => {
  const map = buildHeatMap(timelineOf('2026-11-20', 'xx.xx.x'), 3, now)
  expect(map.weekdays).toEqual([1, 2, 3, 4, 5, 6, 0])
  expect(map.weeks.map((week) => week.start)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23'])
  const thisWeek = map.weeks[2]!.cells
  expect(thisWeek.map((cell) => cell.status)).toEqual([
    'done',
    'done',
    'missed',
    'done',
    'future',
    'future',
    'future',
  ])
  expect(thisWeek[3]!.label).toBe('Thursday 26 November: done')
  expect(thisWeek[2]!.label).toBe('Wednesday 25 November: not done')
  expect(map.weeks[0]!.cells[0]!.label).toBe('Monday 9 November: before you started')
})

test('with weeks starting on Sunday, the rows start on Sunday', () => {
  const map = buildHeatMap(timelineOf('2026-11-20', 'x', 0), 2, now)
  expect(map.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6])
  expect(map.weeks.map((week) => week.start)).toEqual(['2026-11-08', '2026-11-15'])
})

test('a month’s name heads the week that holds its first day', () => {
  const map = buildHeatMap(timelineOf('2026-11-20', 'x'), 8, now)
  expect(map.weeks.map((week) => week.monthLabel)).toEqual(['Oct', '', '', '', 'Nov', '', '', ''])
  expect(map.weeks[4]!.monthName).toBe('November 2026')
})

test.each([
  [
    'a month of history',
    '2026-10-01',
    'x'.repeat(40) + '.'.repeat(10) + 'xx',
    'Walk: done 20 of the last 30 days',
  ],
  ['a young habit', '2026-11-20', 'xx.x', 'Walk: done 3 of the 4 days since you started'],
  ['its first day', '2026-11-26', '.', 'Walk: done 0 of the 1 day since you started'],
])('the caption says it in one line: %s', (_, startDay, pattern, caption) => {
  expect(describeRecent('Walk', timelineOf(startDay, pattern))).toBe(caption)
})

test('done this week counts from the locale’s first weekday', () => {
  // Thursday 26: done Sun 22, Mon 23, Thu 26.
  const timeline = timelineOf('2026-11-22', 'xx..x')
  expect(doneThisWeek(timeline)).toBe(2)
  expect(doneThisWeek({ ...timeline, weekStartsOn: 0 })).toBe(3)
})
