import { expect, test } from 'vitest'
import type { HabitPause, HabitTarget } from '@/db/types'
import {
  validateLogDay,
  validateName,
  validateNote,
  validatePause,
  validateStartDay,
  validateTarget,
} from './validate'

const others = [
  { name: 'A walk outside', archivedAt: null },
  { name: 'Piano', archivedAt: '2026-11-01T10:00:00.000Z' },
]

test.each([
  ['', /Give the habit a name/],
  ['   \n ', /Give the habit a name/],
  ['a walk OUTSIDE ', /already have a habit called “A walk outside”/],
  ['piano', /among your archived habits/],
  ['x'.repeat(61), /keep the name to 60 characters/],
])('the name %j is refused', (name, message) => {
  expect(validateName(name, others)).toMatch(message)
})

test.each(['Yoga', '🧘'.repeat(60), 'ללכת לים', '<script>alert(1)</script>'])(
  'the name %j is fine',
  (name) => {
    expect(validateName(name, others)).toBeNull()
  },
)

test.each<[HabitTarget, RegExp | null]>([
  [{ kind: 'daily' }, null],
  [{ kind: 'weekly', times: 1 }, null],
  [{ kind: 'weekly', times: 7 }, null],
  [{ kind: 'weekly', times: 0 }, /from 1 to 7 times a week/],
  [{ kind: 'weekly', times: 8 }, /from 1 to 7 times a week/],
  [{ kind: 'weekly', times: 2.5 }, /from 1 to 7 times a week/],
  [{ kind: 'weekly', times: Number.NaN }, /from 1 to 7 times a week/],
  [{ kind: 'weekdays', days: [] }, /at least one day/],
  [{ kind: 'weekdays', days: [1, 3] }, null],
])('target %j', (target, message) => {
  const problem = validateTarget(target)
  if (message) expect(problem).toMatch(message)
  else expect(problem).toBeNull()
})

const habit = { name: 'Walk', startDay: '2026-11-10' }

test.each([
  ['2026-11-26', null],
  ['2026-11-10', null],
  [
    '2026-11-09',
    /“Walk” starts on Tuesday 10 November. To log earlier days, move its start earlier/,
  ],
  ['2026-11-27', /hasn’t come yet/],
  ['2026-02-30', /real date/],
  ['', /real date/],
])('a log for %j', (day, message) => {
  const problem = validateLogDay(day, habit, '2026-11-26')
  if (message) expect(problem).toMatch(message)
  else expect(problem).toBeNull()
})

test.each([
  ['2026-11-26', null],
  ['2025-01-01', null],
  ['2026-11-27', /not a day to come/],
  ['2026-13-01', /real date/],
])('a start day of %j', (day, message) => {
  const problem = validateStartDay(day, '2026-11-26')
  if (message) expect(problem).toMatch(message)
  else expect(problem).toBeNull()
})

const existing: HabitPause[] = [{ from: '2026-12-01', to: '2026-12-07' }]

test.each<[HabitPause, RegExp | null]>([
  [{ from: '2026-12-10', to: '2026-12-12' }, null],
  [{ from: '2026-11-20', to: '2026-11-20' }, null],
  [{ from: '2026-12-10', to: null }, null],
  [{ from: '2026-12-12', to: '2026-12-10' }, /ends before it starts/],
  [
    { from: '2026-12-05', to: '2026-12-09' },
    /overlaps a pause you already have \(Tuesday 1 December – Monday 7 December\)/,
  ],
  [{ from: '2026-11-20', to: null }, /overlaps/],
  [{ from: '2026-11-01', to: '2026-11-02' }, /start on the habit’s start day or later/],
  [{ from: 'soon', to: null }, /real date for the first day/],
  [{ from: '2026-12-10', to: '2026-02-31' }, /real date for the last day/],
])('a pause %j', (pause, message) => {
  const problem = validatePause(pause, existing, habit)
  if (message) expect(problem).toMatch(message)
  else expect(problem).toBeNull()
})

test('a note up to 2,000 characters is fine; a longer one says by how much', () => {
  expect(validateNote('a'.repeat(2000))).toBeNull()
  expect(validateNote('a'.repeat(2003))).toMatch(/3 characters too long \(up to 2,000\)/)
})
