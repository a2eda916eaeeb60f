/**
 * Writes a realistic dataset — up to five years of daily use — through the app's own write
 * functions, so every row is one the app itself would store (validation, ids, transactions).
 * `npm run bench` runs it in Chromium (real IndexedDB, bundled by tests/bench/seed-entry.ts); the
 * unit test (tests/unit/bench-generator.test.ts) runs it on fake-indexeddb.
 *
 * ADDING A TABLE: add one entry to `WRITERS` below, keyed by its table name. The key type is every
 * table of ROW_SCHEMAS, so a new table without a writer fails the typecheck, and the unit test
 * fails if a writer leaves its table empty. Write through the feature's own functions (pass `now`
 * so the rows carry their own times); scale counts with `size` so the tiny smoke dataset stays tiny.
 */
import { db } from '@/db/db'
import type { TableName } from '@/db/rows'
import type { AssessmentItemId, BreakupReason, HabitColour } from '@/db/types'
import {
  chooseDirection,
  finishAssessment,
  setAssessmentStep,
  setSafetyAnswer,
  setScaleAnswer,
  startAssessment,
} from '@/features/assessment/data/assessments'
import { recordBackupMade } from '@/features/backup/data/export-backup'
import { setHabitDay } from '@/features/habits/data/habit-logs'
import { createHabit } from '@/features/habits/data/habits'
import {
  finishIntrospection,
  setIntrospectionText,
  startIntrospection,
  toggleReason,
} from '@/features/introspection/data/introspections'
import { addCommitment, toggleDone } from '@/features/introspection/data/plan'
import { addEntry } from '@/features/journal/data/entries'
import { logContact } from '@/features/no-contact/data/contacts'
import { startPlan } from '@/features/no-contact/data/plans'
import { addPlatform, setChecklistStep } from '@/features/no-contact/data/social-checklist'
import { logUrge } from '@/features/no-contact/data/urges'
import { planOuting, settleOuting } from '@/features/outings/data/outings'
import { logPost } from '@/features/posting/data/posts'
import { saveSafetyPlanPart } from '@/features/support/data/safety-plans'
import { addTrustedPerson } from '@/features/support/data/trusted-people'
import { saveWellbeingCheck } from '@/features/wellbeing/data/checks'
import { updateSettings } from '@/hooks/use-settings'
import { toCalendarDay } from '@/lib/dates'

/** How much to write. `days` of daily check-ins end yesterday evening; the rest spreads over them. */
export interface DatasetSize {
  days: number
  urges: number
  contacts: number
  /** No-contact counts started over the years (a slip starts a new one; the history stays). */
  plans: number
  habits: number
  outings: number
  assessments: number
  introspections: number
  commitments: number
  wellbeingChecks: number
  /** Up to 3: the app keeps three. */
  trustedPeople: number
  platforms: number
  /** Posts logged in step 5 (a few bursts among them). */
  posts: number
  /** Longest check-in text, in characters; most are far shorter. */
  maxNote: number
}

/** Five years of daily use, as issue 14 measures it. */
export const FIVE_YEARS: DatasetSize = {
  days: 1825,
  urges: 600,
  contacts: 150,
  plans: 12,
  habits: 6,
  outings: 240,
  assessments: 6,
  introspections: 4,
  commitments: 12,
  wellbeingChecks: 120,
  trustedPeople: 3,
  platforms: 6,
  posts: 300,
  maxNote: 5000,
}

/** Two weeks: enough for every table and screen to have something, small enough for `npm test`. */
export const TINY: DatasetSize = {
  days: 14,
  urges: 4,
  contacts: 3,
  plans: 2,
  habits: 2,
  outings: 3,
  assessments: 1,
  introspections: 1,
  commitments: 2,
  wellbeingChecks: 1,
  trustedPeople: 1,
  platforms: 1,
  posts: 3,
  maxNote: 600,
}

/** Only the welcome done: the baseline every variant is compared with. */
export const EMPTY: DatasetSize = Object.fromEntries(
  Object.keys(FIVE_YEARS).map((key) => [key, 0]),
) as unknown as DatasetSize

export interface GenerateOptions {
  size: DatasetSize
  /** The moment "now" is for the dataset; the last day written is the day before. */
  now?: Date
  /** Same seed, same dataset. */
  seed?: number
}

/** What each writer gets: the size, a seeded random source and the dataset's calendar. */
export interface GenerateContext {
  size: DatasetSize
  random: () => number
  /** An integer in [min, max]. */
  between: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** Local time `minutes` after midnight of day `index` (0 = the first day of the dataset). */
  at: (index: number, minutes: number) => Date
  day: (index: number) => string
  /** Gentle words of the given length, as a person might type them (paragraphs, emoji, RTL). */
  text: (length: number) => string
  now: Date
  /** Ids made by earlier writers that later ones build on (habit ids, outing ids…). */
  made: Record<string, string[]>
}

type Writer = (context: GenerateContext) => Promise<void>

/** Drafts are written by the editors' hook as the person types; a hook cannot run here. */
async function writeDraft(context: GenerateContext) {
  await db.drafts.put({
    id: 'new-entry',
    kind: 'entry',
    fields: { mood: 3, text: context.text(240), prompt: '' },
    baseUpdatedAt: null,
    updatedAt: context.now.toISOString(),
    writer: 'bench',
  })
}

const HABITS: { name: string; icon: string; colour: HabitColour; daily: boolean }[] = [
  { name: 'A walk outside', icon: '🚶', colour: 'sage', daily: true },
  { name: 'Journaling', icon: '📓', colour: 'sand', daily: true },
  { name: 'A workout', icon: '🏋️', colour: 'sky', daily: false },
  { name: 'Sleep by eleven', icon: '🌙', colour: 'plum', daily: true },
  { name: 'Back to the piano', icon: '🎹', colour: 'sun', daily: false },
  { name: 'Time with myself', icon: '🌿', colour: 'rose', daily: false },
]
const ITEMS: AssessmentItemId[] = [
  'fixable',
  'happy',
  'forgives',
  'effort',
  'satisfied',
  'alternatives',
  'invested',
  'committed',
]
const TAGS = ['work', 'sleep', 'family', 'gym', 'friends', 'missing them', 'proud']
const REASONS: BreakupReason[] = ['distance', 'little-time', 'communication', 'trust']

/**
 * One writer per table, run in this order (a later writer may use what an earlier one `made`).
 * Writes within a table are awaited one by one, as a person makes them, oldest first.
 */
export const WRITERS: Record<TableName, Writer> = {
  settings: async ({ now }) => {
    await updateSettings({ onboardedAt: now.toISOString(), userName: 'Sam', exName: 'Alex' })
    // A backup made yesterday: the reminder card stays away, as for someone who keeps them.
    await recordBackupMade(new Date(now.getTime() - 86_400_000))
  },
  entries: async ({ size, at, between, random, text, pick }) => {
    for (let index = 0; index < size.days; index++) {
      // Most check-ins are a line or two; one in twenty is a long evening's writing.
      const long = random() < 0.05
      const length = long ? between(size.maxNote / 2, size.maxNote) : between(20, 400)
      const mood = ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5
      // A tag or two on about a third of them.
      const tags = random() < 0.3 ? [pick(TAGS), ...(random() < 0.3 ? [pick(TAGS)] : [])] : []
      await addEntry(
        { mood, text: text(length), tags },
        { now: at(index, 20 * 60 + between(0, 180)) },
      )
      // Now and then a second note later that night.
      if (random() < 0.1) {
        await addEntry(
          { mood: null, text: text(between(20, 800)) },
          { now: at(index, 23 * 60 + 30) },
        )
      }
    }
  },
  drafts: writeDraft,
  noContactPlans: async ({ size, day, at }) => {
    for (let plan = 0; plan < size.plans; plan++) {
      const index = Math.floor((plan * size.days) / Math.max(1, size.plans))
      await startPlan(
        {
          mode: plan % 3 === 2 ? 'limited' : 'no-contact',
          startDay: day(index),
          agreedTopics: '',
        },
        { now: at(index, 21 * 60) },
      )
    }
  },
  contacts: async ({ size, at, between, pick, text }) => {
    for (let index = 0; index < size.contacts; index++) {
      const dayIndex = Math.floor((index * size.days) / Math.max(1, size.contacts))
      const when = at(dayIndex, between(8 * 60, 22 * 60))
      const initiator = pick(['me', 'ex', 'ex', 'mutual', 'encounter'] as const)
      await logContact(
        {
          at: when,
          initiator,
          channel: pick(['text', 'call', 'social', 'in-person', 'other'] as const),
          replied: index % 4 === 0,
          withinAgreement: index % 5 === 0,
          note: text(between(0, 300)),
        },
        { now: new Date(when.getTime() + 3_600_000) },
      )
    }
  },
  urges: async ({ size, at, between, text }) => {
    for (let index = 0; index < size.urges; index++) {
      const dayIndex = Math.floor((index * size.days) / Math.max(1, size.urges))
      const when = at(dayIndex, between(9 * 60, 23 * 60))
      await logUrge(
        {
          at: when,
          intensity: between(1, 10),
          trigger: text(between(0, 200)),
          helped: text(between(0, 200)),
          waitedMinutes: index % 3 === 0 ? between(5, 30) : null,
        },
        { now: new Date(when.getTime() + 1_800_000) },
      )
    }
  },
  socialChecklist: async ({ size, at, made }) => {
    const names = ['Instagram', 'WhatsApp', 'Facebook', 'TikTok', 'Snapchat', 'LinkedIn']
    for (let index = 0; index < size.platforms; index++) {
      await addPlatform(names[index % names.length]!, at(1, 10 * 60))
    }
    const rows = await db.socialChecklist.toArray()
    made.platforms = rows.map((row) => row.id)
    for (const id of made.platforms) await setChecklistStep(id, 'mutedAt', true, at(2, 10 * 60))
  },
  assessments: async ({ size, at, between }) => {
    for (let index = 0; index < size.assessments; index++) {
      const when = at(Math.floor((index * size.days) / Math.max(1, size.assessments)), 19 * 60)
      const row = await startAssessment(when)
      for (const item of ITEMS) await setScaleAnswer(row.id, item, between(1, 5) as 1)
      await setSafetyAnswer(row.id, 'no')
      await setAssessmentStep(row.id, ITEMS.length)
      const direction = await finishAssessment(row.id, when)
      await chooseDirection(row.id, direction)
    }
  },
  introspections: async ({ size, at, text }) => {
    for (let index = 0; index < size.introspections; index++) {
      const when = at(Math.floor((index * size.days) / Math.max(1, size.introspections)) + 1, 60)
      const row = await startIntrospection(when)
      await toggleReason(row.id, REASONS[index % REASONS.length]!, true)
      for (const field of ['ownReason', 'myPart', 'theirPart', 'trigger', 'change'] as const) {
        await setIntrospectionText(row.id, field, text(600))
      }
      await finishIntrospection(row.id, when)
    }
  },
  planCommitments: async ({ size, at, day, text, pick }) => {
    for (let index = 0; index < size.commitments; index++) {
      const row = await addCommitment(
        {
          situation: text(80),
          action: text(120),
          cadence: pick(['daily', 'weekly', 'every-two-weeks', 'monthly'] as const),
          value: null,
        },
        at(index, 12 * 60),
      )
      // Ticked off on a few days of the first weeks.
      for (let done = index; done < Math.min(size.days, index + 10); done += 3) {
        await toggleDone(row.id, day(done))
      }
    }
  },
  wellbeingChecks: async ({ size, at, between }) => {
    for (let index = 0; index < size.wellbeingChecks; index++) {
      const when = at(Math.floor((index * size.days) / Math.max(1, size.wellbeingChecks)), 18 * 60)
      const answer = () => between(0, 3) as 0 | 1 | 2 | 3
      await saveWellbeingCheck(
        { interest: answer(), down: answer(), nervous: answer(), worry: answer() },
        when,
      )
    }
  },
  habits: async ({ size, at, day, made }) => {
    made.habits = []
    for (let index = 0; index < size.habits; index++) {
      const preset = HABITS[index % HABITS.length]!
      const habit = await createHabit(
        {
          name: index < HABITS.length ? preset.name : `${preset.name} ${index}`,
          icon: preset.icon,
          colour: preset.colour,
          target: preset.daily ? { kind: 'daily' } : { kind: 'weekly', times: 3 },
          startDay: day(0),
        },
        at(0, 9 * 60),
      )
      made.habits.push(habit.id)
    }
  },
  habitLogs: async ({ size, at, day, random, made, text }) => {
    // Most days something is done; about two habits in three on a given day.
    for (let index = 0; index < size.days; index++) {
      for (const habitId of made.habits ?? []) {
        const roll = random()
        if (roll > 0.66) continue
        await setHabitDay(
          habitId,
          day(index),
          { status: roll < 0.03 ? 'skipped' : 'done', note: roll < 0.05 ? text(60) : undefined },
          at(index, 21 * 60),
        )
      }
    }
  },
  safetyPlans: async ({ size, now, text }) => {
    if (size.days === 0) return
    for (const part of ['warningSigns', 'ownCoping', 'distractions', 'helpers'] as const) {
      await saveSafetyPlanPart(part, text(300), now)
    }
  },
  trustedPeople: async ({ size, now }) => {
    const names = ['Mum', 'Jo', 'Priya', 'Tomás', 'Lee']
    for (let index = 0; index < size.trustedPeople; index++) {
      await addTrustedPerson(
        { name: names[index % names.length]!, phone: `+44 7700 900${100 + index}` },
        now,
      )
    }
  },
  outings: async ({ size, at, day, pick, between, text, now }) => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    for (let index = 0; index < size.outings; index++) {
      // Spread over the years; the last two are still to come.
      const upcoming = index >= size.outings - 2
      const dayIndex = upcoming
        ? size.days + 1 + (index % 5)
        : Math.floor((index * size.days) / Math.max(1, size.outings))
      const planned = upcoming ? now : at(Math.max(0, dayIndex - 3), 12 * 60)
      const outing = await planOuting(
        {
          kind: pick(['friends', 'movie', 'dinner', 'family', 'walk'] as const),
          title: pick(['Dinner with Jo', 'Film night', 'Family lunch', 'Walk by the river']),
          withWhom: pick(['Jo', 'Mum and Dad', 'Priya, Lee', '']),
          place: pick(['The corner café', 'Home', 'The park', '']),
          note: text(between(0, 200)),
          day: day(dayIndex),
          startTime: '19:00',
          endTime: '21:30',
          endsNextDay: false,
          timeZone,
        },
        { now: planned },
      )
      if (upcoming) continue
      await settleOuting(
        outing.id,
        index % 7 === 0
          ? { status: 'missed', mood: null, reflection: '' }
          : { status: 'done', mood: pick([3, 4, 5] as const), reflection: text(between(0, 400)) },
        at(dayIndex + 1, 10 * 60),
      )
    }
  },
  posts: async ({ size, at, pick, between, text }) => {
    for (let index = 0; index < size.posts; index++) {
      // Spread over the years, with every tenth post a burst: three in one evening.
      const burst = index % 10 < 3
      const first = burst ? index - (index % 10) : index
      const dayIndex = Math.floor((first * size.days) / Math.max(1, size.posts))
      const when = at(dayIndex, 18 * 60 + (burst ? index % 10 : 0) * 40)
      await logPost(
        {
          at: when,
          what: text(between(10, 300)),
          where: pick(['Instagram', 'My story', 'The group chat', '']),
          reflection: {
            forWhom: pick(['me', 'friends', 'ex', 'not-sure', null] as const),
            noReaction: text(between(0, 200)),
            anyway: pick(['yes', 'no', 'not-sure', null] as const),
          },
        },
        { now: when },
      )
    }
  },
}

/** Tables a dataset of this size leaves empty on purpose (an empty dataset writes settings only). */
export function expectedTables(size: DatasetSize): TableName[] {
  return size.days === 0 ? ['settings'] : (Object.keys(WRITERS) as TableName[])
}

// A seeded generator (mulberry32), so two runs write the same dataset.
function seeded(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const WORDS = (
  'today I felt a little lighter walked by the river and thought about what I want ' +
  'slept badly again but made tea and called Jo it is okay to miss someone and still ' +
  'choose myself the evening was quiet I wrote instead of texting proud of that small ' +
  'step tomorrow the gym then dinner with Mum breathing helps 🌊 שלום still here ✨'
).split(' ')

/** Writes the dataset. Returns how many rows each table holds afterwards. */
export async function generateDataset(options: GenerateOptions): Promise<Record<string, number>> {
  const { size } = options
  const now = options.now ?? new Date()
  const random = seeded(options.seed ?? 14)
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - size.days)
  const at = (index: number, minutes: number) =>
    new Date(
      first.getFullYear(),
      first.getMonth(),
      first.getDate() + index,
      Math.floor(minutes / 60),
      minutes % 60,
    )
  const text = (length: number) => {
    let out = ''
    while (out.length < length) {
      out += (out ? (random() < 0.04 ? '\n\n' : ' ') : '') + WORDS[between(0, WORDS.length - 1)]
    }
    return out.slice(0, length)
  }
  const context: GenerateContext = {
    size,
    random,
    between,
    pick: (items) => items[between(0, items.length - 1)]!,
    at,
    day: (index) => toCalendarDay(at(index, 12 * 60)),
    text,
    now,
    made: {},
  }
  for (const [table, write] of Object.entries(WRITERS) as [TableName, Writer][]) {
    if (!expectedTables(size).includes(table)) continue
    await write(context)
  }
  const counts: Record<string, number> = {}
  for (const table of db.tables) counts[table.name] = await table.count()
  return counts
}
