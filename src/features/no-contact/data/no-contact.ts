import { startOfDay } from 'date-fns'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'
import { MAX_ENTRY_LENGTH } from '@/db/limits'
import type {
  CalendarDay,
  ContactLog,
  NoContactMode,
  NoContactPlan,
  SocialChecklistItem,
  UrgeLog,
} from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { createId } from '@/lib/ids'
import {
  assertValid,
  validateIntensity,
  validateNote,
  validatePlatform,
  validateStartDay,
  validateWhen,
} from '../logic/validate'

/** The plan that is running, or null when there is none (undefined while loading). */
export function useCurrentPlan() {
  return useLiveQuery(async () => (await getCurrentPlan()) ?? null)
}

export async function getCurrentPlan(): Promise<NoContactPlan | undefined> {
  const running = await db.noContactPlans.filter((plan) => plan.endedAt === null).toArray()
  return running.sort((a, b) => (a.startAt < b.startAt ? 1 : -1))[0]
}

/** Every logged contact, newest first. */
export function useContacts() {
  return useLiveQuery(() => db.contacts.orderBy('at').reverse().toArray())
}

export function useContact(id: string) {
  return useLiveQuery(async () => (await db.contacts.get(id)) ?? null, [id])
}

/** Every logged urge, newest first. */
export function useUrges() {
  return useLiveQuery(() => db.urges.orderBy('at').reverse().toArray())
}

export function useUrge(id: string) {
  return useLiveQuery(async () => (await db.urges.get(id)) ?? null, [id])
}

export function useSocialChecklist() {
  return useLiveQuery(() => db.socialChecklist.orderBy('id').toArray().then(sortByCreated))
}

function sortByCreated(items: SocialChecklistItem[]) {
  // Ties (two added in the same millisecond) fall back to the id, so the order never jumps.
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

export interface StartPlanInput {
  mode: NoContactMode
  /** A past day to count from (its local midnight); null to start this moment. */
  startDay: CalendarDay | null
  agreedTopics: string
}

/**
 * Starts counting. Any plan still running ends at the same moment (its history stays), so there is
 * only ever one running plan.
 */
export async function startPlan(input: StartPlanInput, now = new Date()): Promise<NoContactPlan> {
  assertValid(
    input.startDay ? validateStartDay(input.startDay, now) : null,
    validateNote(input.agreedTopics, 'What was agreed'),
  )
  const startAt = input.startDay ? startOfDay(parseCalendarDay(input.startDay)!) : now
  const plan: NoContactPlan = {
    id: createId(),
    mode: input.mode,
    startAt: (input.startDay && toCalendarDay(now) === input.startDay
      ? now
      : startAt
    ).toISOString(),
    agreedTopics: input.mode === 'limited' ? input.agreedTopics : '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: now.toISOString(),
  }
  await db.transaction('rw', db.noContactPlans, async () => {
    const running = await db.noContactPlans
      .filter((existing) => existing.endedAt === null)
      .toArray()
    for (const existing of running)
      await db.noContactPlans.update(existing.id, { endedAt: plan.startAt })
    await db.noContactPlans.add(plan)
  })
  return plan
}

/** Changes the mode, the agreed topics or the start day of a running plan. */
export async function updatePlan(
  id: string,
  changes: { mode: NoContactMode; agreedTopics: string; startDay: CalendarDay },
  now = new Date(),
): Promise<void> {
  assertValid(
    validateStartDay(changes.startDay, now),
    validateNote(changes.agreedTopics, 'What was agreed'),
  )
  await db.transaction('rw', db.noContactPlans, async () => {
    const plan = await db.noContactPlans.get(id)
    if (!plan) throw new Error('This plan no longer exists.')
    const sameDay = toCalendarDay(new Date(plan.startAt)) === changes.startDay
    await db.noContactPlans.update(id, {
      mode: changes.mode,
      agreedTopics: changes.mode === 'limited' ? changes.agreedTopics : '',
      // Keep the exact start moment unless the day itself changed.
      startAt: sameDay
        ? plan.startAt
        : startOfDay(parseCalendarDay(changes.startDay)!).toISOString(),
    })
  })
}

/** Stops the running plan; it stays in the history. */
export async function endPlan(id: string, now = new Date()): Promise<void> {
  await db.noContactPlans.update(id, { endedAt: now.toISOString() })
}

/**
 * Marks the one last message as sent (Steady never sends it). With no plan running, this is where
 * the count starts.
 */
export async function markLastMessageSent(now = new Date()): Promise<NoContactPlan> {
  return db.transaction('rw', db.noContactPlans, async () => {
    const plan = await getCurrentPlan()
    if (plan) {
      await db.noContactPlans.update(plan.id, { lastMessageSentAt: now.toISOString() })
      return { ...plan, lastMessageSentAt: now.toISOString() }
    }
    const started: NoContactPlan = {
      id: createId(),
      mode: 'no-contact',
      startAt: now.toISOString(),
      agreedTopics: '',
      lastMessageSentAt: now.toISOString(),
      endedAt: null,
      createdAt: now.toISOString(),
    }
    await db.noContactPlans.add(started)
    return started
  })
}

export type ContactInput = Pick<
  ContactLog,
  'initiator' | 'channel' | 'replied' | 'withinAgreement' | 'note'
> & {
  at: Date
}

/** The stored fields of a contact, once valid. Only contact the ex started can be "replied". */
function toContactFields(input: ContactInput, now: Date) {
  assertValid(validateWhen(input.at, now), validateNote(input.note))
  return {
    at: input.at.toISOString(),
    initiator: input.initiator,
    channel: input.channel,
    replied: input.initiator === 'ex' ? input.replied : false,
    withinAgreement: input.withinAgreement,
    note: input.note,
    updatedAt: now.toISOString(),
  }
}

export async function logContact(input: ContactInput, now = new Date()): Promise<ContactLog> {
  const row: ContactLog = {
    id: createId(),
    ...toContactFields(input, now),
    createdAt: now.toISOString(),
  }
  await db.contacts.add(row)
  return row
}

export async function updateContact(
  id: string,
  input: ContactInput,
  now = new Date(),
): Promise<void> {
  const changed = await db.contacts.update(id, toContactFields(input, now))
  if (changed === 0) throw new Error('This contact is no longer in the log.')
}

/** Deletes a logged contact and returns it, so it can be put back. */
export async function deleteContact(id: string): Promise<ContactLog | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const row = await db.contacts.get(id)
    await db.contacts.delete(id)
    return row
  })
}

export async function restoreContact(row: ContactLog): Promise<void> {
  await db.contacts.put(row)
}

export type UrgeInput = Pick<UrgeLog, 'trigger' | 'helped' | 'waitedMinutes'> & {
  intensity: number | null
  at: Date
}

/** The stored fields of an urge, once valid. */
function toUrgeFields(input: UrgeInput, now: Date) {
  assertValid(
    validateIntensity(input.intensity),
    validateWhen(input.at, now, 'urge'),
    validateNote(input.trigger, 'What set it off'),
    validateNote(input.helped, 'What helped'),
  )
  return {
    at: input.at.toISOString(),
    // Checked just above: validateIntensity refuses null.
    intensity: input.intensity!,
    trigger: input.trigger,
    helped: input.helped,
    waitedMinutes: input.waitedMinutes,
    updatedAt: now.toISOString(),
  }
}

export async function logUrge(input: UrgeInput, now = new Date()): Promise<UrgeLog> {
  const row: UrgeLog = { id: createId(), ...toUrgeFields(input, now), createdAt: now.toISOString() }
  await db.urges.add(row)
  return row
}

export async function updateUrge(id: string, input: UrgeInput, now = new Date()): Promise<void> {
  const changed = await db.urges.update(id, toUrgeFields(input, now))
  if (changed === 0) throw new Error('This urge is no longer in the log.')
}

export async function deleteUrge(id: string): Promise<UrgeLog | undefined> {
  return db.transaction('rw', db.urges, async () => {
    const row = await db.urges.get(id)
    await db.urges.delete(id)
    return row
  })
}

export async function restoreUrge(row: UrgeLog): Promise<void> {
  await db.urges.put(row)
}

/**
 * Keeps an unsent letter in the journal, where the person can reread it tomorrow. It never goes
 * anywhere else.
 */
export async function saveUnsentLetter(text: string, now = new Date()): Promise<string> {
  assertValid(
    text.trim() === '' ? 'Write something first, or skip this step.' : null,
    text.length > MAX_ENTRY_LENGTH
      ? `This letter is longer than a journal entry can be (${MAX_ENTRY_LENGTH.toLocaleString('en')} characters). Nothing is lost: shorten it, then save.`
      : null,
  )
  const id = createId()
  await db.entries.add({
    id,
    kind: 'letter',
    day: toCalendarDay(now),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    mood: null,
    text,
    prompt: 'A letter I did not send',
  })
  return id
}

export async function addPlatform(name: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.socialChecklist, async () => {
    const existing = (await db.socialChecklist.toArray()).map((item) => item.platform)
    assertValid(validatePlatform(name, existing))
    await db.socialChecklist.add({
      id: createId(),
      platform: name.trim(),
      unfollowedAt: null,
      mutedAt: null,
      archivedAt: null,
      note: '',
      createdAt: now.toISOString(),
    })
  })
}

export type ChecklistStep = 'unfollowedAt' | 'mutedAt' | 'archivedAt'

/** Ticks a step (recording when) or unticks it. */
export async function setChecklistStep(
  id: string,
  step: ChecklistStep,
  done: boolean,
  now = new Date(),
): Promise<void> {
  await db.socialChecklist.update(id, { [step]: done ? now.toISOString() : null })
}

export async function updatePlatformNote(id: string, note: string): Promise<void> {
  assertValid(validateNote(note))
  await db.socialChecklist.update(id, { note })
}

export async function removePlatform(id: string): Promise<void> {
  await db.socialChecklist.delete(id)
}
