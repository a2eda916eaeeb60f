import { expect, test } from 'vitest'
import type { HabitPause, HabitTarget } from '@/db/types'
import { addDaysToDay } from '@/lib/day-numbers'
import { buildTimeline, type DayStatus, type LogShape } from './timeline'

/**
 * Histories written one character per day from the start: `x` done, `s` skipped, `.` nothing.
 * Statuses come back one letter per day: D done, S skipped, P paused, R rest, M missed, O open.
 */
function logsFrom(startDay: string, pattern: string): LogShape[] {
  return [...pattern].flatMap((char, i) =>
    char === 'x' || char === 's'
      ? [
          {
            day: addDaysToDay(startDay, i),
            status: char === 'x' ? ('done' as const) : ('skipped' as const),
          },
        ]
      : [],
  )
}

const LETTERS: Record<DayStatus, string> = {
  done: 'D',
  skipped: 'S',
  paused: 'P',
  rest: 'R',
  missed: 'M',
  open: 'O',
  before: 'B',
}

function statuses(
  target: HabitTarget,
  startDay: string,
  pattern: string,
  { pauses = [], weekStartsOn = 1 }: { pauses?: HabitPause[]; weekStartsOn?: number } = {},
): string {
  const today = addDaysToDay(startDay, pattern.length - 1)
  const timeline = buildTimeline(
    { target, startDay, pauses },
    logsFrom(startDay, pattern),
    today,
    weekStartsOn,
  )
  return timeline.status.map((status) => LETTERS[status]).join('')
}

const daily: HabitTarget = { kind: 'daily' }
const threeAWeek: HabitTarget = { kind: 'weekly', times: 3 }

// 2026-11-16 and 2026-11-23 are Mondays; 2026-11-26 (today in these stories) is a Thursday.
test.each<
  [string, HabitTarget, string, string, string, { pauses?: HabitPause[]; weekStartsOn?: number }?]
>([
  [
    'daily: a day without a log is missed; today is open, not a miss',
    daily,
    '2026-11-20',
    'xx.xs..',
    'DDMDSMO',
  ],
  ['daily: today done', daily, '2026-11-24', '..x', 'MMD'],
  [
    'chosen weekdays (Mon, Wed, Fri): other days rest, today included',
    { kind: 'weekdays', days: [1, 3, 5] },
    '2026-11-23',
    'x...',
    'DRMR',
  ],
  [
    'chosen weekdays: done on a day off still counts as done',
    { kind: 'weekdays', days: [1] },
    '2026-11-23',
    '.x.',
    'MDR',
  ],
  ['3 a week, met: the rest days are covered', threeAWeek, '2026-11-16', 'x.x.x..', 'DRDRDRR'],
  [
    '3 a week, short by one: the days not done are missed',
    threeAWeek,
    '2026-11-16',
    'x...x..' + '.',
    'DMMMDMM' + 'O',
  ],
  [
    '3 a week, the week still under way and still possible: days so far are rest, today open',
    threeAWeek,
    '2026-11-16',
    'x.x.x..' + '....',
    'DRDRDRR' + 'RRRO',
  ],
  [
    '3 a week, no longer possible by Saturday: the week’s empty days are missed',
    threeAWeek,
    '2026-11-16',
    'x.x.x..' + '......',
    'DRDRDRR' + 'MMMMMO',
  ],
  [
    '3 a week, met early: the rest of the week, today included, is rest',
    threeAWeek,
    '2026-11-23',
    'xxx.',
    'DDDR',
  ],
  [
    'a habit created on a Thursday asks for its share of the first week (2 of 4 days)',
    threeAWeek,
    '2026-11-19',
    'x.x.' + 'x.x.x..',
    'DRDR' + 'DRDRDRR',
  ],
  [
    'a habit created on a Thursday with one done: the first week falls short',
    threeAWeek,
    '2026-11-19',
    'x...' + 'x',
    'DMMM' + 'D',
  ],
  [
    'weeks starting on Sunday: Sunday 15 opens a week that Fri and Sat complete',
    { kind: 'weekly', times: 2 },
    '2026-11-15',
    '.....xx' + '.',
    'RRRRRDD' + 'O',
    { weekStartsOn: 0 },
  ],
  [
    'the same days with weeks starting on Monday: Sunday 15 is the last day of a week of its own',
    { kind: 'weekly', times: 2 },
    '2026-11-15',
    '.....xx' + '.',
    'MRRRRDD' + 'R',
    { weekStartsOn: 1 },
  ],
  [
    'daily with a pause from Wednesday to Friday',
    daily,
    '2026-11-16',
    'xx...x.',
    'DDPPPDO',
    { pauses: [{ from: '2026-11-18', to: '2026-11-20' }] },
  ],
  [
    'a pause that is still running reaches today',
    daily,
    '2026-11-20',
    'x.....',
    'DMPPPP',
    { pauses: [{ from: '2026-11-22', to: null }] },
  ],
  [
    'a done day inside a pause still shows as done',
    daily,
    '2026-11-20',
    'x.x',
    'DPD',
    { pauses: [{ from: '2026-11-21', to: '2026-11-22' }] },
  ],
  [
    '3 a week with Monday to Thursday paused: two of the three days left meet it',
    threeAWeek,
    '2026-11-16',
    '....xx.',
    'PPPPDDR',
    { pauses: [{ from: '2026-11-16', to: '2026-11-19' }] },
  ],
  [
    '3 a week with a pause planned for the rest of this week: fewer days are asked for',
    threeAWeek,
    '2026-11-23',
    'x..',
    'DRO',
    { pauses: [{ from: '2026-11-26', to: '2026-11-29' }] },
  ],
  ['a skipped day is never a miss', threeAWeek, '2026-11-16', 'sss.x..' + 'x', 'SSSMDMM' + 'D'],
])('%s', (_, target, startDay, pattern, expected, options) => {
  expect(statuses(target, startDay, pattern, options)).toBe(expected)
})

test.each([
  [
    'the night the clocks go back, across October’s end',
    '2026-10-24',
    10,
    ['2026-10-25', '2026-10-31', '2026-11-01'],
  ],
  ['the night the clocks go forward', '2026-03-27', 5, ['2026-03-29', '2026-03-30']],
  ['a leap day and the end of February', '2028-02-27', 5, ['2028-02-29', '2028-03-01']],
  ['the turn of a year', '2026-12-30', 4, ['2026-12-31', '2027-01-01']],
])('each log lands on its own day: %s', (_, startDay, length, doneDays) => {
  const today = addDaysToDay(startDay, length - 1)
  const timeline = buildTimeline(
    { target: daily, startDay, pauses: [] },
    doneDays.map((day) => ({ day, status: 'done' as const })),
    today,
    1,
  )
  expect(timeline.status).toHaveLength(length)
  const doneAt = timeline.status.flatMap((status, i) =>
    status === 'done' ? [addDaysToDay(startDay, i)] : [],
  )
  expect(doneAt).toEqual(doneDays)
})

test('back-filled logs in any order give the same history; a deleted log becomes a miss', () => {
  const habit = { target: daily, startDay: '2026-11-20', pauses: [] }
  const logs = logsFrom('2026-11-20', 'xxxxxx')
  const inOrder = buildTimeline(habit, logs, '2026-11-26', 1).status
  const shuffled = buildTimeline(habit, [...logs].reverse(), '2026-11-26', 1).status
  expect(shuffled).toEqual(inOrder)
  const withoutWednesday = logs.filter((log) => log.day !== '2026-11-25')
  expect(buildTimeline(habit, withoutWednesday, '2026-11-26', 1).status.join(' ')).toBe(
    'done done done done done missed open',
  )
})

test('logs before the start or after today are left out', () => {
  const timeline = buildTimeline(
    { target: daily, startDay: '2026-11-24', pauses: [] },
    [
      { day: '2026-11-23', status: 'done' },
      { day: '2026-11-27', status: 'done' },
      { day: 'not a day', status: 'done' },
    ],
    '2026-11-26',
    1,
  )
  expect(timeline.status).toEqual(['missed', 'missed', 'open'])
})

test('a start after today (a clock moved back) gives an empty history, not an error', () => {
  const timeline = buildTimeline(
    { target: daily, startDay: '2026-11-28', pauses: [] },
    [],
    '2026-11-26',
    1,
  )
  expect(timeline.status).toEqual([])
})
