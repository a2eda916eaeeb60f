import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { readWithoutWords } from '@/db/without-words'
import {
  saveEditEndingDraft,
  saveEndingDraft,
  type EditOutcome,
  type EditsVersion,
} from '@/db/drafts'
import type { CalendarDay, CheckInReminderSettings, Mood, Outing, WeekdayCode } from '@/db/types'
import { readSettings, useSettingsRow } from '@/hooks/use-settings'
import { createId } from '@/lib/ids'
import { hasStarted } from '../logic/outing-time'
import { rememberPeople } from '../logic/planner'
import { OutingValidationError, validateOuting, type OutingInput } from '../logic/validate'

/** The draft of the planning form for a new outing. */
export const NEW_OUTING_DRAFT_ID = 'outing:new'

/** The draft of changes to an outing. */
export function outingDraftId(outingId: string): string {
  return `outing:${outingId}`
}

/** How many settled outings the planner lists below the upcoming ones. */
export const PAST_LIMIT = 50

/** Every outing still planned (upcoming, or waiting to be asked about): few, read by index. */
export function usePlannedOutings() {
  return useLiveQuery(() => db.outings.where('status').equals('planned').toArray())
}

/** The newest settled outings (done, didn't happen, cancelled), newest day first. */
export function useRecentPastOutings(limit = PAST_LIMIT) {
  return useLiveQuery(
    () =>
      db.outings
        .orderBy('day')
        .reverse()
        .filter((outing) => outing.status !== 'planned')
        .limit(limit)
        .toArray(),
    [limit],
  )
}

/** One outing; null when there is none, undefined while loading. */
export function useOuting(id: string) {
  return useLiveQuery(async () => (await db.outings.get(id)) ?? null, [id])
}

/**
 * Every outing that happened, by the status index, keeping only its day. Without the words: under
 * the lock, nothing is decrypted just to count outings or mark their days.
 */
async function readDoneOutings(): Promise<Pick<Outing, 'day' | 'status'>[]> {
  const done = await readWithoutWords([db.outings], () =>
    db.outings.where('status').equals('done').toArray(),
  )
  return done.map(({ day, status }) => ({ day, status }))
}

/**
 * Every outing that happened: Progress draws them per month and compares mood on their days
 * (undefined while loading).
 */
export function useDoneOutings(): Pick<Outing, 'day' | 'status'>[] | undefined {
  return useLiveQuery(readDoneOutings)
}

/** Days with an outing that happened, since `fromDay`: for the mood pattern. */
export function useDoneOutingDays(fromDay: CalendarDay) {
  return useLiveQuery(async () => {
    const done = await readDoneOutings()
    return new Set(done.map((outing) => outing.day).filter((day) => day >= fromDay))
  }, [fromDay])
}

/** People named in earlier outings, most often first, to suggest when planning. */
export function useRememberedPeople() {
  return useLiveQuery(async () => {
    const rows: Pick<Outing, 'withWhom' | 'day'>[] = []
    await db.outings.each((outing) => rows.push({ withWhom: outing.withWhom, day: outing.day }))
    return rememberPeople(rows)
  })
}

function assertValid(input: OutingInput): void {
  const problems = validateOuting(input)
  if (Object.keys(problems).length > 0) throw new OutingValidationError(problems)
}

function fields(input: OutingInput) {
  return {
    kind: input.kind,
    title: input.title.trim(),
    withWhom: input.withWhom,
    place: input.place,
    note: input.note,
    day: input.day,
    startTime: input.startTime,
    endTime: input.startTime === null ? null : input.endTime,
    endsNextDay: input.startTime !== null && input.endTime !== null && input.endsNextDay,
    timeZone: input.timeZone,
  }
}

/**
 * Plans an outing. One whose time has already begun is kept as logged after the fact, and Today
 * asks how it went as soon as its time is over. The draft it came from goes in the same transaction.
 */
export async function planOuting(
  input: OutingInput,
  options: { draftId?: string; now?: Date } = {},
): Promise<Outing> {
  assertValid(input)
  const now = options.now ?? new Date()
  const id = createId()
  const outing: Outing = {
    id,
    uid: `${id}@steady`,
    sequence: 0,
    ...fields(input),
    status: 'planned',
    loggedAfter: hasStarted(input, now),
    mood: null,
    reflection: '',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    settledAt: null,
  }
  await saveEndingDraft([db.outings], options.draftId, () => db.outings.add(outing))
  return outing
}

/**
 * Changes an outing or moves it to another time. Its calendar UID stays and its sequence goes up,
 * so adding it to the calendar again updates the event. Rescheduling what was cancelled or didn't
 * happen plans it again. Not saved if the outing was deleted, or changed since `baseUpdatedAt` (in
 * another tab): the outcome says which.
 */
export async function updateOuting(
  id: string,
  input: OutingInput,
  options: EditsVersion & { now?: Date } = {},
): Promise<EditOutcome<Outing>> {
  assertValid(input)
  const now = options.now ?? new Date()
  return saveEditEndingDraft([db.outings], db.outings, id, options, async (outing) => {
    const next = fields(input)
    const moved =
      next.day !== outing.day ||
      next.startTime !== outing.startTime ||
      next.endTime !== outing.endTime ||
      next.endsNextDay !== outing.endsNextDay
    const replan = moved && outing.status !== 'done'
    await db.outings.put({
      ...outing,
      ...next,
      sequence: outing.sequence + 1,
      updatedAt: now.toISOString(),
      ...(replan
        ? { status: 'planned' as const, settledAt: null, loggedAfter: hasStarted(input, now) }
        : {}),
    })
  })
}

export interface HowItWent {
  status: 'done' | 'missed'
  mood: Mood | null
  reflection: string
}

/** Records how it went: it happened (with how it felt and a note), or it didn't. */
export async function settleOuting(id: string, how: HowItWent, now = new Date()): Promise<void> {
  if (how.reflection.length > 20_000) {
    throw new OutingValidationError({ note: 'The note is too long (up to 20,000 characters).' })
  }
  const changed = await db.outings.update(id, {
    status: how.status,
    mood: how.status === 'done' ? how.mood : null,
    reflection: how.reflection,
    settledAt: now.toISOString(),
    updatedAt: now.toISOString(),
  })
  if (changed === 0) throw new Error('This outing no longer exists.')
}

/**
 * Calls an outing off. It stays in the list as cancelled; the row as it was is returned for Undo.
 * A calendar that imports it again shows it as cancelled.
 */
export async function cancelOuting(id: string, now = new Date()): Promise<Outing> {
  return db.transaction('rw', db.outings, async () => {
    const outing = await db.outings.get(id)
    if (!outing) throw new Error('This outing no longer exists.')
    await db.outings.put({
      ...outing,
      status: 'cancelled',
      sequence: outing.sequence + 1,
      settledAt: now.toISOString(),
      updatedAt: now.toISOString(),
    })
    return outing
  })
}

/** Puts an outing back exactly as it was (Undo). */
export async function restoreOuting(outing: Outing): Promise<void> {
  await db.outings.put(outing)
}

/** The daily check-in reminder as last added to the calendar, or null. */
export function useCheckInReminder() {
  const row = useSettingsRow()
  return row === undefined ? undefined : (row?.checkInReminder ?? null)
}

/**
 * Keeps the reminder's choices with the UID it was given the first time, and a higher sequence
 * each time, so that a new file replaces the reminder in the calendar instead of adding a second.
 */
export async function saveCheckInReminder(
  choice: { time: string; weekdays: WeekdayCode[]; timeZone: string },
  now = new Date(),
): Promise<CheckInReminderSettings> {
  return db.transaction('rw', db.settings, async () => {
    const settings = await readSettings()
    const previous = settings.checkInReminder ?? null
    const reminder: CheckInReminderSettings = {
      uid: previous?.uid ?? `${createId()}@steady`,
      sequence: previous ? previous.sequence + 1 : 0,
      ...choice,
      exportedAt: now.toISOString(),
    }
    await db.settings.put({ ...settings, checkInReminder: reminder })
    return reminder
  })
}
