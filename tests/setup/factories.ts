import { db } from '@/db/db'
import type { Rows, TableName } from '@/db/rows'
import type {
  AppSettings,
  Assessment,
  Introspection,
  PlanCommitment,
  WellbeingCheck,
  ContactLog,
  Draft,
  Habit,
  HabitLog,
  DraftFieldsByKind,
  DraftKind,
  DraftOf,
  JournalEntry,
  NoContactPlan,
  Outing,
  Post,
  SafetyPlan,
  SocialChecklistItem,
  TrustedPerson,
  UrgeLog,
} from '@/db/types'
import { DEFAULT_SETTINGS } from '@/hooks/use-settings'
import { toCalendarDay } from '@/lib/dates'

let counter = 0
const next = () => ++counter
const AT = '2026-11-20T20:30:00.000Z'

/** A journal entry row; `at` sets both its day and its creation time. */
export function buildEntry(overrides: Partial<JournalEntry> & { at?: Date } = {}): JournalEntry {
  const { at = new Date(2026, 10, 20, 21, 30), ...rest } = overrides
  const n = next()
  return {
    id: `entry-${n}`,
    kind: 'check-in',
    day: toCalendarDay(at),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    mood: 3,
    text: `Entry number ${n}`,
    ...rest,
  }
}

export async function seedEntries(entries: JournalEntry[]) {
  await db.entries.bulkAdd(entries)
}

/** A typed draft row, as a form would write it. */
export function buildDraftOf<K extends DraftKind>(
  id: string,
  kind: K,
  fields: DraftFieldsByKind[K],
  overrides: Partial<Omit<DraftOf<K>, 'kind' | 'fields'>> = {},
): Draft {
  return {
    id,
    kind,
    fields,
    baseUpdatedAt: null,
    updatedAt: '2026-11-26T21:00:00.000Z',
    writer: 'another-tab',
    ...overrides,
  } as Draft
}

/** A stored draft's fields, whatever its kind; undefined when there is no draft. */
export async function readDraftFields(id: string): Promise<Record<string, unknown> | undefined> {
  return (await db.drafts.get(id))?.fields
}

/** The settings row of someone who finished the welcome, with every field set. */
export function buildSettings(overrides: Partial<AppSettings> = {}): AppSettings {
  return {
    ...DEFAULT_SETTINGS,
    onboardedAt: '2026-11-01T09:00:00.000Z',
    userName: 'Noa',
    exName: 'עמית',
    pronouns: 'custom',
    customPronouns: { subject: 'xe', object: 'xem', possessive: 'xyr' },
    theme: 'dark',
    backupReminderDismissedAt: '2026-11-10T09:00:00.000Z',
    wellbeingReminder: false,
    wellbeingReminderDismissedAt: '2026-11-12T09:00:00.000Z',
    country: 'IE',
    lowDayNoteShownOn: '2026-11-19',
    checkInReminder: {
      uid: 'reminder-1@steady',
      sequence: 1,
      time: '21:30',
      weekdays: ['MO', 'WE', 'FR'],
      timeZone: 'Europe/Berlin',
      exportedAt: '2026-11-12T09:00:00.000Z',
    },
    usualPostingRhythm: 'weekly',
    ...overrides,
  }
}

export function buildDraft(overrides: Partial<DraftOf<'entry'>> = {}): Draft {
  return {
    id: `entry:draft-${next()}`,
    kind: 'entry',
    fields: { mood: 2, text: 'half a thought 🌙', prompt: 'What helped today?' },
    baseUpdatedAt: AT,
    updatedAt: AT,
    writer: 'tab-1',
    ...overrides,
  }
}

export function buildNoContactPlan(overrides: Partial<NoContactPlan> = {}): NoContactPlan {
  return {
    id: `plan-${next()}`,
    mode: 'limited',
    startAt: '2026-11-01T00:00:00.000Z',
    agreedTopics: 'the kids’ pick-ups',
    lastMessageSentAt: '2026-11-01T08:00:00.000Z',
    endedAt: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  }
}

export function buildContact(overrides: Partial<ContactLog> = {}): ContactLog {
  return {
    id: `contact-${next()}`,
    at: '2026-11-12T19:00:00.000Z',
    initiator: 'ex',
    channel: 'text',
    replied: false,
    withinAgreement: true,
    note: 'asked about the <b>keys</b>',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

export function buildUrge(overrides: Partial<UrgeLog> = {}): UrgeLog {
  return {
    id: `urge-${next()}`,
    at: '2026-11-15T23:40:00.000Z',
    intensity: 7,
    trigger: 'our song',
    helped: 'a walk',
    waitedMinutes: 20,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

export function buildSocialChecklistItem(
  overrides: Partial<SocialChecklistItem> = {},
): SocialChecklistItem {
  return {
    id: `platform-${next()}`,
    platform: 'Instagram',
    unfollowedAt: '2026-11-02T10:00:00.000Z',
    mutedAt: null,
    archivedAt: '2026-11-03T10:00:00.000Z',
    note: 'story archive too',
    createdAt: AT,
    ...overrides,
  }
}

export function buildAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: `assessment-${next()}`,
    answers: { fixable: 2, happy: 3, invested: 5, satisfied: 1 },
    notes: { happy: 'ערב קשה 🌧️', safety: 'n/a' },
    safety: 'no',
    step: 8,
    suggested: 'let-go',
    chosen: 'let-go',
    createdAt: AT,
    updatedAt: AT,
    completedAt: AT,
    ...overrides,
  }
}

export function buildIntrospection(overrides: Partial<Introspection> = {}): Introspection {
  return {
    id: `introspection-${next()}`,
    reasons: ['distance', 'communication'],
    ownReason: 'We stopped <i>trying</i>',
    myPart: 'I went quiet 🙊',
    theirPart: 'שתיקה',
    trigger: 'The move',
    change: 'Say what I need',
    values: ['Kindness', 'Being near the sea'],
    thought: {
      situation: 'Sunday night',
      thought: 'No one will love me like that again',
      belief: 80,
      feeling: 'Empty',
      supports: 'It was long',
      against: 'Friends love me',
      balanced: 'It will be different, not less',
      rerating: 45,
    },
    step: 13,
    createdAt: AT,
    updatedAt: AT,
    completedAt: AT,
    ...overrides,
  }
}

export function buildPlanCommitment(overrides: Partial<PlanCommitment> = {}): PlanCommitment {
  return {
    id: `commitment-${next()}`,
    situation: 'I want to text them',
    action: 'go for a walk',
    cadence: 'daily',
    value: 'Health',
    doneDays: ['2026-11-19', '2026-11-20'],
    createdAt: AT,
    updatedAt: AT,
    archivedAt: null,
    ...overrides,
  }
}

export function buildWellbeingCheck(overrides: Partial<WellbeingCheck> = {}): WellbeingCheck {
  return {
    id: `wellbeing-${next()}`,
    at: AT,
    day: '2026-11-20',
    interest: 1,
    down: 2,
    nervous: null,
    worry: 0,
    ...overrides,
  }
}

/** The safety plan: there is only ever one row, so every call gives the same id. */
export function buildSafetyPlan(overrides: Partial<SafetyPlan> = {}): SafetyPlan {
  return {
    id: 'mine',
    warningSigns: 'I replay old messages\nשלום 🌧️',
    ownCoping: 'A hot shower',
    distractions: 'The café on the corner',
    helpers: 'My sister',
    professionals: 'Samaritans 116 123',
    saferSurroundings: 'Photos <b>away</b>',
    updatedAt: AT,
    ...overrides,
  }
}

export function buildTrustedPerson(overrides: Partial<TrustedPerson> = {}): TrustedPerson {
  return {
    id: `person-${next()}`,
    name: 'Maya',
    phone: '+353 85 555 0101',
    dial: '+353855550101',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

export function buildHabit(overrides: Partial<Habit> = {}): Habit {
  return {
    id: `habit-${next()}`,
    name: `A walk outside ${next()}`,
    icon: '🚶',
    colour: 'sage',
    target: { kind: 'weekdays', days: [1, 3, 5] },
    startDay: '2026-11-01',
    pauses: [{ from: '2026-11-10', to: '2026-11-12' }],
    from: 'plan:plan-1',
    archivedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

export function buildHabitLog(overrides: Partial<HabitLog> = {}): HabitLog {
  const habitId = overrides.habitId ?? 'habit-1'
  const day = overrides.day ?? `2026-11-${String((next() % 20) + 1).padStart(2, '0')}`
  return {
    id: `${habitId}:${day}`,
    habitId,
    day,
    status: 'done',
    note: 'by the river 🌊',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

/** An outing row, every field set; Berlin, like the test process, unless told otherwise. */
export function buildOuting(overrides: Partial<Outing> = {}): Outing {
  const id = overrides.id ?? `outing-${next()}`
  return {
    id,
    uid: `${id}@steady`,
    sequence: 0,
    kind: 'dinner',
    title: 'Dinner with Sam',
    withWhom: 'Sam',
    place: 'Café Nord; 2nd floor',
    note: 'Book a table, 映画 after 🎬',
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

/** A logged post (step 5), with the pause before it answered; `at` sets when it was posted. */
export function buildPost(overrides: Partial<Post> & { at?: string } = {}): Post {
  const at = overrides.at ?? '2026-11-20T18:00:00.000Z'
  return {
    id: `post-${next()}`,
    at,
    where: 'Instagram',
    what: 'A walk by the sea, ساحل 🌊 <b>not bold</b>',
    reflection: { forWhom: 'friends', noReaction: 'Fine, I think.', anyway: 'yes' },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }
}

/**
 * One factory per table (the type fails to compile when a table has none): a row with every field
 * set, so tests that must cover every table (the backup round trip) can fill a whole database.
 */
export const FACTORIES: { [Name in TableName]: () => Rows[Name] } = {
  settings: () => buildSettings(),
  entries: () =>
    buildEntry({ prompt: 'What do you miss least?', tags: ['Work', 'שינה', '🌱 growth'] }),
  drafts: () =>
    buildDraft({
      fields: { mood: 2, text: 'half a thought 🌙', prompt: 'What helped today?', tags: ['Work'] },
    }),
  // Ended counts: more than one running count is a state the app never keeps.
  noContactPlans: () => buildNoContactPlan({ endedAt: '2026-11-05T00:00:00.000Z' }),
  contacts: () => buildContact(),
  urges: () => buildUrge(),
  socialChecklist: () => buildSocialChecklistItem(),
  assessments: () => buildAssessment(),
  introspections: () => buildIntrospection(),
  planCommitments: () => buildPlanCommitment(),
  wellbeingChecks: () => buildWellbeingCheck(),
  habits: () => buildHabit(),
  habitLogs: () => buildHabitLog(),
  safetyPlans: () => buildSafetyPlan(),
  trustedPeople: () => buildTrustedPerson(),
  outings: () =>
    buildOuting({ endTime: '22:00', status: 'done', mood: 4, reflection: 'Lovely 🙂' }),
  posts: () => buildPost(),
}

/** Tables of one row by design (one id): a second row would be a duplicate, so they get one. */
export const SINGLE_ROW_TABLES: readonly TableName[] = ['settings', 'safetyPlans']

/** Puts `perTable` rows from its factory into every table of the database (one settings row). */
export async function seedEveryTable(perTable = 2): Promise<void> {
  for (const table of db.tables) {
    const build = FACTORIES[table.name as TableName] as (() => unknown) | undefined
    if (!build)
      throw new Error(`No factory for the table “${table.name}” in tests/setup/factories.ts`)
    const count = SINGLE_ROW_TABLES.includes(table.name as TableName) ? 1 : perTable
    await table.bulkAdd(Array.from({ length: count }, () => build()))
  }
}
