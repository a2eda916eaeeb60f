import { expect, test } from 'vitest'
import { getDurationMinutes, hasStarted } from './outing-time'
import { validateOuting, type OutingInput } from './validate'

const input = (overrides: Partial<OutingInput> = {}): OutingInput => ({
  kind: 'dinner',
  title: 'Dinner',
  withWhom: '',
  place: '',
  note: '',
  day: '2026-12-05',
  startTime: '19:00',
  endTime: null,
  endsNextDay: false,
  timeZone: 'Europe/Berlin',
  ...overrides,
})

test.each([
  ['fine as it is', {}, {}],
  ['a whole day', { startTime: null }, {}],
  [
    'an empty name is explained',
    { title: '   ' },
    { title: expect.stringContaining('short name') },
  ],
  [
    'a name too long',
    { title: 'x'.repeat(201) },
    { title: expect.stringContaining('1 characters too long') },
  ],
  ['an impossible date', { day: '2026-02-30' }, { day: 'Choose a real date.' }],
  ['a garbled time', { startTime: '25:00' }, { startTime: expect.stringContaining('real time') }],
  [
    'an end before its start',
    { endTime: '18:00' },
    { endTime: expect.stringContaining('ends before it starts') },
  ],
  [
    'an end equal to its start',
    { endTime: '19:00' },
    { endTime: expect.stringContaining('ends before it starts') },
  ],
  ['an end after midnight', { endTime: '01:00', endsNextDay: true }, {}],
  [
    'an end without a start',
    { startTime: null, endTime: '20:00' },
    { endTime: expect.stringContaining('start time first') },
  ],
  [
    'an unknown time zone',
    { timeZone: 'Mars/Base' },
    { day: expect.stringContaining('time zone') },
  ],
  ['emoji, CJK and ;,\\ are just text', { title: '映画 🎬; a, b \\ c', place: '東京\nOK' }, {}],
])('%s', (_, overrides, problems) => {
  expect(validateOuting(input(overrides))).toEqual(problems)
})

test('22:00 to 04:00 lasts seven hours the night clocks go back, five the night they go forward', () => {
  expect(
    getDurationMinutes(
      input({ day: '2026-10-24', startTime: '22:00', endTime: '04:00', endsNextDay: true }),
    ),
  ).toBe(420)
  expect(
    getDurationMinutes(
      input({ day: '2026-03-28', startTime: '22:00', endTime: '04:00', endsNextDay: true }),
    ),
  ).toBe(300)
})

test('an outing planned for a time already begun counts as logging', () => {
  const now = new Date('2026-12-05T18:30:00Z')
  expect(hasStarted(input({ startTime: '19:00' }), now)).toBe(true)
  expect(hasStarted(input({ startTime: '20:00' }), now)).toBe(false)
  expect(hasStarted(input({ startTime: null }), now)).toBe(true)
})
