import { bench, describe } from 'vitest'
import { outingsCalendar } from '@/features/outings/logic/calendar'
import { compareMoodOnOutingDays } from '@/features/outings/logic/mood-pattern'
import { planOutings, rememberPeople } from '@/features/outings/logic/planner'
import { toCalendarDay } from '@/lib/dates'
import { buildOuting } from '../setup/factories'

// Five years of outings, two a week, and a check-in mood every day.
const start = new Date(2021, 10, 26, 12, 0)
const outings = Array.from({ length: 520 }, (_, i) =>
  buildOuting({
    id: `o${i}`,
    day: toCalendarDay(new Date(start.getTime() + i * 3.5 * 86_400_000)),
    withWhom: ['Sam, Alex', 'Mum and Dad', '花子', 'Sam'][i % 4]!,
    status: i < 500 ? (['done', 'missed', 'cancelled'] as const)[i % 3]! : 'planned',
  }),
)
const moods = Array.from({ length: 1826 }, (_, i) => ({
  day: toCalendarDay(new Date(start.getTime() + i * 86_400_000)),
  mood: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
}))
const doneDays = new Set(outings.filter((o) => o.status === 'done').map((o) => o.day))
const upcoming = outings.filter((o) => o.status === 'planned')
const now = new Date(2026, 10, 26, 20, 0)

describe('outings over five years (520 outings, 1,826 days of moods)', () => {
  bench('planOutings (the planner screen)', () => {
    planOutings(outings, now)
  })
  bench('rememberPeople (the planning form)', () => {
    rememberPeople(outings)
  })
  bench('compareMoodOnOutingDays (the mood pattern)', () => {
    compareMoodOnOutingDays(doneDays, moods)
  })
  bench('outingsCalendar, 20 upcoming in one file', () => {
    outingsCalendar(upcoming, now)
  })
})
