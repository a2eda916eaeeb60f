import type { Outing } from '@/db/types'

/** An outing row as the database holds it; Berlin, like the test process, unless told otherwise. */
export function makeOuting(overrides: Partial<Outing> = {}): Outing {
  return {
    id: overrides.id ?? crypto.randomUUID(),
    uid: `${overrides.id ?? crypto.randomUUID()}@steady`,
    sequence: 0,
    kind: 'dinner',
    title: 'Dinner with Sam',
    withWhom: 'Sam',
    place: '',
    note: '',
    day: '2026-12-05',
    startTime: '19:00',
    endTime: null,
    endsNextDay: false,
    timeZone: 'Europe/Berlin',
    status: 'planned',
    loggedAfter: false,
    mood: null,
    reflection: '',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    settledAt: null,
    ...overrides,
  }
}
