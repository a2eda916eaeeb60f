import * as v from 'valibot'
import { MAX_ENTRY_LENGTH } from '@/db/limits'
import type {
  AppSettings,
  ContactLog,
  Draft,
  Habit,
  HabitLog,
  JournalEntry,
  NoContactPlan,
  SocialChecklistItem,
  UrgeLog,
} from '@/db/types'
import { parseCalendarDay } from '@/lib/dates'

/**
 * What a row of each table must look like to be restored. Every table the database has needs one
 * (a test checks), so a table added later is backed up and validated from its first day.
 */

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200))
const instant = v.pipe(
  v.string(),
  v.check(
    (text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)),
    'is not a valid time',
  ),
)
const calendarDay = v.pipe(
  v.string(),
  v.check((text) => parseCalendarDay(text) !== null, 'is not a real date'),
)
const mood = v.nullable(v.picklist([1, 2, 3, 4, 5] as const, 'is not a mood from 1 to 5'))
const text = v.pipe(v.string(), v.maxLength(MAX_ENTRY_LENGTH, 'is longer than Steady allows'))
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max))

export const entryRow = v.object({
  id,
  kind: v.picklist(['check-in', 'note', 'letter'] as const),
  day: calendarDay,
  createdAt: instant,
  updatedAt: instant,
  mood,
  text,
  prompt: v.optional(shortText(1000)),
})

export const draftRow = v.object({
  id,
  mood,
  text,
  prompt: v.optional(shortText(1000)),
  updatedAt: instant,
  writer: shortText(200),
})

const pronounSet = v.object({
  subject: shortText(40),
  object: shortText(40),
  possessive: shortText(40),
})

/** Settings carried by a backup. The lock and storage state belong to a device, never to a file. */
export const settingsRow = v.object({
  id: v.literal('app'),
  onboardedAt: v.nullable(instant),
  userName: shortText(200),
  exName: shortText(200),
  pronouns: v.picklist(['she', 'he', 'they', 'custom'] as const),
  customPronouns: pronounSet,
  theme: v.picklist(['system', 'light', 'dark'] as const),
  backupReminderDismissedAt: v.optional(v.nullable(instant), null),
})

export type BackupSettings = v.InferOutput<typeof settingsRow>

const noteText = shortText(20_000)

export const noContactPlanRow = v.object({
  id,
  mode: v.picklist(['no-contact', 'limited'] as const),
  startAt: instant,
  agreedTopics: noteText,
  lastMessageSentAt: v.nullable(instant),
  endedAt: v.nullable(instant),
  createdAt: instant,
})

export const contactRow = v.object({
  id,
  at: instant,
  initiator: v.picklist(['me', 'ex', 'mutual'] as const),
  channel: v.picklist(['text', 'call', 'social', 'in-person', 'other'] as const),
  replied: v.boolean(),
  withinAgreement: v.boolean(),
  note: noteText,
  createdAt: instant,
  updatedAt: instant,
})

export const urgeRow = v.object({
  id,
  at: instant,
  intensity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  trigger: noteText,
  helped: noteText,
  waitedMinutes: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60))),
  createdAt: instant,
  updatedAt: instant,
})

export const socialChecklistRow = v.object({
  id,
  platform: shortText(100),
  unfollowedAt: v.nullable(instant),
  mutedAt: v.nullable(instant),
  archivedAt: v.nullable(instant),
  note: noteText,
  createdAt: instant,
})

const weekday = v.picklist([0, 1, 2, 3, 4, 5, 6] as const)

export const habitRow = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  icon: shortText(40),
  colour: v.picklist(['sage', 'sky', 'sun', 'rose', 'plum', 'sand'] as const),
  target: v.variant('kind', [
    v.object({ kind: v.literal('daily') }),
    v.object({
      kind: v.literal('weekly'),
      times: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
    }),
    v.object({
      kind: v.literal('weekdays'),
      days: v.pipe(v.array(weekday), v.minLength(1), v.maxLength(7)),
    }),
  ]),
  startDay: calendarDay,
  pauses: v.pipe(
    v.array(v.object({ from: calendarDay, to: v.nullable(calendarDay) })),
    v.maxLength(1000),
  ),
  from: v.optional(shortText(300)),
  archivedAt: v.nullable(instant),
  createdAt: instant,
  updatedAt: instant,
})

export const habitLogRow = v.pipe(
  v.object({
    id,
    habitId: id,
    day: calendarDay,
    status: v.picklist(['done', 'skipped'] as const),
    note: noteText,
    createdAt: instant,
    updatedAt: instant,
  }),
  // The id is what makes a day's log unique; a file that breaks that would let a day count twice.
  v.check((row) => row.id === `${row.habitId}:${row.day}`, 'has an id that does not match its day'),
)

export const ROW_SCHEMAS = {
  settings: settingsRow,
  entries: entryRow,
  drafts: draftRow,
  noContactPlans: noContactPlanRow,
  contacts: contactRow,
  urges: urgeRow,
  socialChecklist: socialChecklistRow,
  habits: habitRow,
  habitLogs: habitLogRow,
} as const

export type TableName = keyof typeof ROW_SCHEMAS

export interface BackupTables {
  settings: BackupSettings[]
  entries: JournalEntry[]
  drafts: Draft[]
  noContactPlans: NoContactPlan[]
  contacts: ContactLog[]
  urges: UrgeLog[]
  socialChecklist: SocialChecklistItem[]
  habits: Habit[]
  habitLogs: HabitLog[]
}

/** Fields of the settings row that describe this device, kept as they are by any restore. */
export const DEVICE_SETTINGS = [
  'persistence',
  'persistenceAskedAt',
  'lastBackupAt',
  'lock',
] as const satisfies readonly (keyof AppSettings)[]

/** Names used in messages: "entry 12", "the settings". */
export const ROW_NOUNS: Record<TableName, { one: string; many: string }> = {
  settings: { one: 'settings', many: 'settings' },
  entries: { one: 'journal entry', many: 'journal entries' },
  drafts: { one: 'unsaved draft', many: 'unsaved drafts' },
  noContactPlans: { one: 'no-contact plan', many: 'no-contact plans' },
  contacts: { one: 'logged contact', many: 'logged contacts' },
  urges: { one: 'logged urge', many: 'logged urges' },
  socialChecklist: { one: 'social-media checklist item', many: 'social-media checklist items' },
  habits: { one: 'habit', many: 'habits' },
  habitLogs: { one: 'habit log', many: 'habit logs' },
}
