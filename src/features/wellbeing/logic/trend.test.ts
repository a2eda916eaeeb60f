import { expect, test } from 'vitest'
import { buildWellbeingCheck } from '../../../../tests/setup/factories'
import { describeWellbeingTrend, wellbeingPoints } from './trend'

test('no checks, one check, and two in words that never grade', () => {
  expect(describeWellbeingTrend([])).toBe('No checks yet')
  const first = buildWellbeingCheck({
    at: '2026-10-01T10:00:00.000Z',
    day: '2026-10-01',
    interest: 3,
    down: 3,
    nervous: null,
    worry: null,
  })
  const later = buildWellbeingCheck({
    at: '2026-11-01T10:00:00.000Z',
    day: '2026-11-01',
    interest: 0,
    down: 1,
    nervous: 0,
    worry: 0,
  })
  expect(describeWellbeingTrend(wellbeingPoints([first]))).toBe(
    'One check so far: low mood or little interest, most days; nerves or worry, skipped',
  )
  // Newest first from the table; oldest first on the chart.
  const points = wellbeingPoints([later, first])
  expect(points.map((point) => point.day)).toEqual(['2026-10-01', '2026-11-01'])
  expect(describeWellbeingTrend(points)).toBe(
    'Over 2 checks, low mood or little interest went from most days to a little; nerves or worry from skipped to not at all',
  )
})

test('checks weeks apart, on 29 February and a DST night, in the order they were taken', () => {
  const check = (at: string, day: string, level: 0 | 1 | 2 | 3) =>
    buildWellbeingCheck({ at, day, interest: level, down: level, nervous: level, worry: level })
  const points = wellbeingPoints([
    check('2026-10-25T01:30:00.000Z', '2026-10-25', 0),
    check('2028-02-29T21:00:00.000Z', '2028-02-29', 1),
    check('2026-03-29T00:30:00.000Z', '2026-03-29', 3),
  ])
  expect(points).toEqual([
    { day: '2026-03-29', mood: 6, worry: 6 },
    { day: '2026-10-25', mood: 0, worry: 0 },
    { day: '2028-02-29', mood: 2, worry: 2 },
  ])
  expect(describeWellbeingTrend(points)).toMatch(/^Over 3 checks/)
})
