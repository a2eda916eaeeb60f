import { bench, describe } from 'vitest'
import type { ContactLog } from '@/db/types'
import { summariseStreaks, type CountSpan } from '@/features/no-contact/logic/streaks'
import { summariseUrges } from '@/features/no-contact/logic/urge-summary'

// Years of history: a thousand contacts over three years, a third of them the ex reaching out.
const start = new Date(2023, 10, 26, 0, 0)
const contacts: ContactLog[] = Array.from({ length: 1000 }, (_, i) => {
  const at = new Date(start.getTime() + i * 26 * 3_600_000 + (i % 7) * 60_000).toISOString()
  return {
    id: `c${i}`,
    at,
    initiator: i % 3 === 0 ? 'ex' : i % 3 === 1 ? 'me' : 'mutual',
    channel: 'text',
    replied: i % 6 === 0,
    withinAgreement: i % 5 === 0,
    note: '',
    createdAt: at,
    updatedAt: at,
  }
})
// Logged out of order, as a person back-filling would.
const shuffled = [...contacts].sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? 1 : -1))
const urges = Array.from({ length: 1000 }, (_, i) => {
  const at = new Date(start.getTime() + i * 25 * 3_600_000).toISOString()
  return {
    id: `u${i}`,
    at,
    intensity: (i % 10) + 1,
    trigger: '',
    helped: '',
    waitedMinutes: null,
    createdAt: at,
    updatedAt: at,
  }
})
const now = new Date(2026, 10, 26, 20, 0)
// Sixty counts stopped and started again over those years, before the running one.
const stopped: CountSpan[] = Array.from({ length: 60 }, (_, i) => ({
  startAt: new Date(start.getTime() + i * 18 * 86_400_000).toISOString(),
  endedAt: new Date(start.getTime() + (i * 18 + 15) * 86_400_000).toISOString(),
  mode: i % 2 === 0 ? 'no-contact' : 'limited',
}))
const latest = new Date(start.getTime() + 60 * 18 * 86_400_000)

describe('no contact with 1,000 contacts and 1,000 urges over three years', () => {
  bench('summariseStreaks, no contact', () => {
    summariseStreaks({ startAt: start.toISOString(), mode: 'no-contact' }, shuffled, now)
  })
  bench('summariseStreaks, limited contact', () => {
    summariseStreaks({ startAt: start.toISOString(), mode: 'limited' }, shuffled, now)
  })
  bench('summariseStreaks, with 60 stopped counts before the running one', () => {
    summariseStreaks({ startAt: latest.toISOString(), mode: 'no-contact' }, shuffled, now, stopped)
  })
  bench('summariseUrges', () => {
    summariseUrges(urges, now)
  })
})
