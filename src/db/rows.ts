import * as v from 'valibot'
import { parseCalendarDay } from '@/lib/dates'
import { MAX_ENTRY_LENGTH, MAX_TAG_LENGTH, MAX_TAGS_PER_ENTRY } from './limits'

/**
 * What a row of each table looks like: one valibot schema per table. The row types are inferred
 * from these (src/db/types.ts re-exports them), a backup validates every row against them, and a
 * test fails if a table has none. A new table is one schema here, one entry in ROW_SCHEMAS and
 * ROW_NOUNS, one schema constant and one `version(N)` line.
 *
 * Only TYPES may be imported from this module by code on Today's first load (db.ts, hooks, Today's
 * cards): its values pull valibot in, which only the backup screen needs.
 */

/** The app's own ids: `createId()` gives a UUID or 32 hex digits; drafts use `new-entry`, `entry:<id>`. */
const id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(200),
  v.regex(/^[A-Za-z0-9:_-]+$/, 'is not an id Steady makes'),
)
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
/** 1 = very low … 5 = very good. */
const mood = v.picklist([1, 2, 3, 4, 5] as const, 'is not a mood from 1 to 5')
const text = v.pipe(v.string(), v.maxLength(MAX_ENTRY_LENGTH, 'is longer than Steady allows'))
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max))
const noteText = shortText(20_000)

// ── journal ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A `check-in` is the day's first entry from Today; a `note` is any other entry; a `letter` is an
 * unsent letter to the ex, written instead of texting them (step 2).
 */
const entryKind = v.picklist(['check-in', 'note', 'letter'] as const)
// Counted in UTF-16 units here, so a tag of 40 emoji (80 units) still restores.
const tags = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH * 2))),
  v.maxLength(MAX_TAGS_PER_ENTRY),
)

export const entryRow = v.object({
  id,
  kind: entryKind,
  /** The local day the entry belongs to (the day it was written). */
  day: calendarDay,
  createdAt: instant,
  updatedAt: instant,
  mood: v.nullable(mood),
  /** Exactly as typed: never trimmed or normalised. */
  text,
  /** The prompt the person answered, if they chose one. */
  prompt: v.optional(shortText(1000)),
  /** Tags, normalised (NFC, trimmed, no case-insensitive duplicates); absent on untagged rows. */
  tags: v.optional(tags),
})

/** Which idea an outing started from (step 4): used by its row and by its draft. */
const outingKind = v.picklist([
  'friends',
  'movie',
  'dinner',
  'family',
  'walk',
  'class',
  'new',
] as const)

/** Step 5: who a post is for, as the person answered in the pause before posting. */
const postAudience = v.picklist(['me', 'friends', 'ex', 'not-sure'] as const)
const yesNoUnsure = v.picklist(['yes', 'no', 'not-sure'] as const)
/** How often the person usually posted, before the breakup (step 5's pace compares with it). */
const postingRhythm = v.picklist(['rarely', 'monthly', 'weekly', 'few-weekly', 'daily'] as const)

// ── settings ────────────────────────────────────────────────────────────────────────────────────

const theme = v.picklist(['system', 'light', 'dark'] as const)
const pronounChoice = v.picklist(['she', 'he', 'they', 'custom'] as const)
const pronounSet = v.object({
  /** she / he / they / xe */
  subject: shortText(40),
  /** her / him / them / xem */
  object: shortText(40),
  /** her / his / their / xyr */
  possessive: shortText(40),
})
const persistenceState = v.picklist(['unknown', 'granted', 'denied', 'unsupported'] as const)

const appLock = v.object({
  /**
   * Locks made before encryption: base64 PBKDF2-SHA-256 output of the passcode with `salt`. Such a
   * lock gets a data key (and loses its hash) at its next unlock.
   */
  hash: v.optional(v.string()),
  /** The salt and count that stretch the passcode into the key that wraps the data key (or the hash). */
  salt: v.string(),
  iterations: v.number(),
  /**
   * The data key (AES-GCM 256, base64) wrapped by the passcode's key, and the wrap's IV. The passcode
   * is checked by unwrapping it; neither it nor the key is ever stored in clear.
   */
  wrappedKey: v.optional(v.string()),
  wrapIv: v.optional(v.string()),
  /**
   * `encrypting` while the rows are being sealed (new writes already are), `on` once all are,
   * `decrypting` while turning the lock off. Absent on a lock from before encryption.
   */
  encryption: v.optional(v.picklist(['encrypting', 'on', 'decrypting'] as const)),
  /** Where an interrupted encrypting or decrypting run carries on: the table, and the last id done. */
  resumeAt: v.optional(
    v.nullable(v.object({ table: v.string(), afterId: v.nullable(v.string()) })),
  ),
  /** Lock again after this many minutes in the background; 0 locks as soon as the app is hidden. */
  autoLockMinutes: v.number(),
  /** Wrong tries in a row, and when the last one was: each one waits longer before the next. */
  failedAttempts: v.number(),
  lastFailedAt: v.nullable(instant),
})

/** "HH:mm", 00:00 to 23:59. */
const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time of day'))
/** A calendar UID Steady made: `<id>@steady`. */
const calendarUid = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(200),
  v.regex(/^[A-Za-z0-9@._:-]+$/, 'is not a calendar id Steady makes'),
)
const weekdayCode = v.picklist(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const)

/** A repeating calendar event Steady wrote; the calendar, not Steady, does the reminding. */
const checkInReminder = v.object({
  /** The calendar UID, kept so that a changed reminder replaces the old one. */
  uid: calendarUid,
  sequence: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** In `timeZone`. */
  time: clockTime,
  weekdays: v.pipe(v.array(weekdayCode), v.minLength(1), v.maxLength(7)),
  timeZone: shortText(100),
  exportedAt: instant,
})

/** The one settings row (id `app`). Later features add optional fields rather than new tables. */
export const settingsRow = v.object({
  id: v.literal('app'),
  /** When the welcome was finished or skipped; null until then. */
  onboardedAt: v.nullable(instant),
  userName: shortText(200),
  exName: shortText(200),
  pronouns: pronounChoice,
  customPronouns: pronounSet,
  theme,
  /** When the person last dismissed the reminder to make a backup. */
  backupReminderDismissedAt: v.optional(v.nullable(instant), null),
  /** Whether Today offers the optional "How have you been?" check every 14 days. */
  wellbeingReminder: v.optional(v.boolean(), true),
  /** When the person last said "not now" to that offer. */
  wellbeingReminderDismissedAt: v.optional(v.nullable(instant), null),
  // Device fields (see DEVICE_SETTINGS): never in a backup, kept as they are by any restore.
  persistence: persistenceState,
  persistenceAskedAt: v.nullable(instant),
  /** When the last backup file was made; null if never. */
  lastBackupAt: v.nullable(instant),
  /** The app lock, when the person turned it on. The passcode itself is never stored. */
  lock: v.nullable(appLock),
  /** Where the person is, for talk lines (a code Steady ships lines for); absent: guessed. */
  country: v.optional(v.nullable(shortText(8))),
  /** The day the gentle word after a very low check-in was last shown: once a day at most. */
  lowDayNoteShownOn: v.optional(v.nullable(calendarDay)),
  /** The daily check-in reminder last added to the calendar, so a new file replaces it. */
  checkInReminder: v.optional(v.nullable(checkInReminder)),
  /** How often the person usually posted before the breakup, if they said (step 5's pace). */
  usualPostingRhythm: v.optional(v.nullable(postingRhythm)),
  /** Where Today's question rotation stands after "Another question"; absent until first used. */
  promptRotation: v.optional(
    v.nullable(
      v.object({ day: calendarDay, position: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    ),
  ),
})

/** Fields of the settings row that describe this device: they never travel in a backup. */
export const DEVICE_SETTINGS = [
  'persistence',
  'persistenceAskedAt',
  'lastBackupAt',
  'lock',
  'lowDayNoteShownOn',
] as const satisfies readonly (keyof v.InferOutput<typeof settingsRow>)[]

/** The settings a backup carries: the row without this device's fields (they are dropped). */
export const backupSettingsRow = v.omit(settingsRow, DEVICE_SETTINGS)

// ── no contact ──────────────────────────────────────────────────────────────────────────────────

/** One no-contact commitment. A new plan is only made when the person starts over on purpose. */
export const noContactPlanRow = v.object({
  id,
  mode: v.picklist(['no-contact', 'limited'] as const),
  /** When the count began: the moment of starting, or local midnight of a back-dated day. */
  startAt: instant,
  /** Limited contact: what contact is agreed (children, work, a shared home). */
  agreedTopics: noteText,
  /** When the one last message was marked as sent, if it was. */
  lastMessageSentAt: v.nullable(instant),
  /** When the person ended this plan; null while it runs. */
  endedAt: v.nullable(instant),
  createdAt: instant,
})

/** A contact with the ex. Whether it restarts the count is worked out, never stored. */
export const contactRow = v.object({
  id,
  at: instant,
  /** `encounter`: the two ran into each other; like contact the ex started, it counts only if engaged. */
  initiator: v.picklist(['me', 'ex', 'mutual', 'encounter'] as const),
  channel: v.picklist(['text', 'call', 'social', 'in-person', 'other'] as const),
  /** For contact the ex started or a chance meeting: whether the person answered or engaged. */
  replied: v.boolean(),
  /** Limited contact: it stayed within what was agreed, so it does not count. */
  withinAgreement: v.boolean(),
  note: noteText,
  createdAt: instant,
  updatedAt: instant,
})

/** An urge to contact the ex, and what was done instead. Urges never touch the count. */
export const urgeRow = v.object({
  id,
  at: instant,
  /** 1 (a flicker) to 10 (overwhelming). */
  intensity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  trigger: noteText,
  helped: noteText,
  /** Minutes waited out with the timer, when the exercise was used. */
  waitedMinutes: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60))),
  createdAt: instant,
  updatedAt: instant,
})

/** One platform on the social-media checklist, with when each step was done. */
export const socialChecklistRow = v.object({
  id,
  platform: shortText(100),
  unfollowedAt: v.nullable(instant),
  mutedAt: v.nullable(instant),
  archivedAt: v.nullable(instant),
  note: noteText,
  createdAt: instant,
})

// ── steps 0 and 1: assess, introspect, the plan; how have you been ────────────────────────────

/** Step 0's outcome: "give it one more honest try" or "let go and heal". Never locks anything. */
const direction = v.picklist(['try-again', 'let-go'] as const)
/** The assessment's questions on a 1–5 scale (the safety question has its own answers). */
const assessmentItem = v.picklist([
  'fixable',
  'happy',
  'forgives',
  'effort',
  'satisfied',
  'alternatives',
  'invested',
  'committed',
] as const)
/** 1 = not at all … 5 = completely. */
const scaleAnswer = v.picklist([1, 2, 3, 4, 5] as const, 'is not an answer from 1 to 5')
const safetyAnswer = v.picklist(['no', 'sometimes', 'yes', 'rather-not-say'] as const)
/** The screen the person was on, so an interrupted run resumes there. */
const step = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))

/**
 * One assessment (step 0). While `completedAt` is null it is the one being answered: every answer
 * is written to this row as it is given, so the row is its own draft.
 */
export const assessmentRow = v.object({
  id,
  /** Answers given so far; a skipped question has none. */
  answers: v.record(assessmentItem, scaleAnswer),
  /** Optional notes beside each answer, exactly as typed. */
  notes: v.record(v.picklist([...assessmentItem.options, 'safety']), text),
  safety: v.nullable(safetyAnswer),
  step,
  /** What the answers pointed to, worked out when they were finished. */
  suggested: v.nullable(direction),
  /** What the person chose: the suggestion or the other way. Null until they choose. */
  chosen: v.nullable(direction),
  createdAt: instant,
  updatedAt: instant,
  completedAt: v.nullable(instant),
})

/** The common reasons a relationship ends, to pick from (plus the person's own words). */
const breakupReason = v.picklist([
  'distance',
  'little-time',
  'communication',
  'trust',
  'different-futures',
  'unresolved-arguments',
] as const)
/** 0–100; null when not rated. */
const rating = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)))

/** A thought record for one painful thought. Every part is optional. */
const thoughtRecord = v.object({
  situation: text,
  thought: text,
  /** How strongly it is believed. */
  belief: rating,
  feeling: text,
  supports: text,
  against: text,
  balanced: text,
  /** How strongly the original thought is believed afterwards. */
  rerating: rating,
})

/**
 * One run of the introspection (step 1). While `completedAt` is null it is the one in progress and
 * every change is written straight to it: the row is its own typed draft.
 */
export const introspectionRow = v.object({
  id,
  reasons: v.pipe(v.array(breakupReason), v.maxLength(20)),
  /** Reasons in the person's own words. */
  ownReason: text,
  myPart: text,
  theirPart: text,
  trigger: text,
  change: text,
  /** Up to five values, as the words shown or typed. */
  values: v.pipe(v.array(shortText(200)), v.maxLength(5)),
  thought: thoughtRecord,
  step,
  createdAt: instant,
  updatedAt: instant,
  completedAt: v.nullable(instant),
})

const planCadence = v.picklist([
  'none',
  'daily',
  'few-times-a-week',
  'weekly',
  'every-two-weeks',
  'monthly',
] as const)

/** One commitment of the action plan: "If [situation], then I will [action]". */
export const planCommitmentRow = v.object({
  id,
  situation: noteText,
  action: noteText,
  cadence: planCadence,
  /** Which of the person's values it serves, if they chose one. */
  value: v.nullable(shortText(200)),
  /** Days it was ticked off, oldest first. */
  doneDays: v.pipe(v.array(calendarDay), v.maxLength(100_000)),
  createdAt: instant,
  updatedAt: instant,
  archivedAt: v.nullable(instant),
})

/** 0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day. */
const frequency = v.picklist([0, 1, 2, 3] as const)

/** One "How have you been?" check (PHQ-2 and GAD-2 items). A skipped item is null. */
export const wellbeingCheckRow = v.object({
  id,
  at: instant,
  day: calendarDay,
  interest: v.nullable(frequency),
  down: v.nullable(frequency),
  nervous: v.nullable(frequency),
  worry: v.nullable(frequency),
})

// ── support ─────────────────────────────────────────────────────────────────────────────────────

const planText = shortText(5_000)

/** The person's own plan for hard moments: one row (id `mine`), each part in their own words. */
export const safetyPlanRow = v.object({
  id: v.literal('mine'),
  warningSigns: planText,
  ownCoping: planText,
  distractions: planText,
  helpers: planText,
  professionals: planText,
  saferSurroundings: planText,
  updatedAt: instant,
})

/** Someone the person trusts to call or text in a hard moment. Kept on this device only. */
export const trustedPersonRow = v.object({
  id,
  name: shortText(80),
  /** As the person typed it, for showing. */
  phone: shortText(40),
  /** Digits with at most one leading +: the only thing a tel:/sms: link is built from. */
  dial: v.pipe(v.string(), v.regex(/^\+?\d{3,15}$/, 'is not a phone number')),
  createdAt: instant,
  updatedAt: instant,
})

// ── habits ──────────────────────────────────────────────────────────────────────────────────────

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
const weekday = v.picklist([0, 1, 2, 3, 4, 5, 6] as const)

/** How often a habit is meant to happen: every day, some times a week, or on chosen weekdays. */
const habitTarget = v.variant('kind', [
  v.object({ kind: v.literal('daily') }),
  v.object({
    kind: v.literal('weekly'),
    times: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  }),
  v.object({
    kind: v.literal('weekdays'),
    days: v.pipe(v.array(weekday), v.minLength(1), v.maxLength(7)),
  }),
])

/** Days off a habit (holiday, illness): they neither count against it nor break a streak. */
const habitPause = v.object({
  from: calendarDay,
  /** The last paused day; null while it runs until the person resumes. */
  to: v.nullable(calendarDay),
})

const habitColour = v.picklist(['sage', 'sky', 'sun', 'rose', 'plum', 'sand'] as const)

/** A self-care habit (step 3). Its history is its logs; strength and streaks are worked out. */
export const habitRow = v.object({
  id,
  /** As typed, trimmed; unique among the person's habits (ignoring case). */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** One emoji, shown beside the name; purely decorative. */
  icon: shortText(40),
  colour: habitColour,
  target: habitTarget,
  /** The first day it can be logged: the day it was added, or an earlier day to back-fill. */
  startDay: calendarDay,
  pauses: v.pipe(v.array(habitPause), v.maxLength(1000)),
  /** Where it came from: `preset:<key>`, `plan:<id>` (an action-plan commitment), or absent. */
  from: v.optional(shortText(300)),
  /** When it was put away; it keeps its history and can come back. */
  archivedAt: v.nullable(instant),
  createdAt: instant,
  updatedAt: instant,
})

/**
 * One day of one habit. Its id is `<habitId>:<day>`, so writing a day twice (a double tap, two
 * tabs) leaves one log. No log for a day means it was not done.
 */
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
  // The id is what keeps a day to one log; a file that breaks that could count a day twice.
  v.check((row) => row.id === `${row.habitId}:${row.day}`, 'has an id that does not match its day'),
)

// ── outings ─────────────────────────────────────────────────────────────────────────────────────

/** A social outing (step 4). Times are wall-clock times in `timeZone`, the zone it was planned in. */
export const outingRow = v.object({
  id,
  /** The calendar UID: the same on every export, so a calendar updates the event instead of adding one. */
  uid: calendarUid,
  /** Goes up with every change, so a calendar takes the newest export (RFC 5545 SEQUENCE). */
  sequence: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Which idea it started from, if any. */
  kind: v.nullable(outingKind),
  title: v.pipe(v.string(), v.minLength(1, 'has no name'), v.maxLength(200)),
  /** Free text, as typed: "Sam and Alex". People are remembered from it. */
  withWhom: shortText(500),
  place: shortText(500),
  note: noteText,
  /** The local day it happens, in `timeZone`. Indexed: upcoming and past are key ranges. */
  day: calendarDay,
  /** Start on `day`, or null for the whole day. */
  startTime: v.nullable(clockTime),
  /** End, or null when open-ended; with `endsNextDay` it is on the following day. */
  endTime: v.nullable(clockTime),
  endsNextDay: v.boolean(),
  /** The IANA zone the times are in: the browser's when it was planned ("Europe/London"). */
  timeZone: shortText(100),
  /**
   * `planned` until the person says how it went: `done` (with how it felt) or `missed` (it didn't
   * happen, no judgement); `cancelled` when called off.
   */
  status: v.picklist(['planned', 'done', 'missed', 'cancelled'] as const),
  /** Planned after its time had begun: logged rather than planned. */
  loggedAfter: v.boolean(),
  /** How it felt, on the check-in's scale, once done. */
  mood: v.nullable(mood),
  /** A note on how it went. */
  reflection: noteText,
  createdAt: instant,
  updatedAt: instant,
  /** When it was marked done, didn't happen, or cancelled. */
  settledAt: v.nullable(instant),
})

// ── posting ─────────────────────────────────────────────────────────────────────────────────────

/** A post the person made (step 5), with the pause they took before it. Steady never posts. */
export const postRow = v.object({
  id,
  /** When it was posted. Indexed: the pace reads the last weeks as a key range. */
  at: instant,
  /** Where: "Instagram", "my story", as typed. */
  where: shortText(200),
  /** What was posted, in the person's words. */
  what: noteText,
  /** The pause before posting: each answer optional. */
  reflection: v.object({
    forWhom: v.nullable(postAudience),
    /** How they expected to feel if no one reacted, as typed. */
    noReaction: text,
    /** Whether they would post it anyway, even if the ex never saw it. */
    anyway: v.nullable(yesNoUnsure),
  }),
  createdAt: instant,
  updatedAt: instant,
})
// ── drafts (the fields they share with a row are that row's schema) ──────────────────────────────

/** A form's day and time as the inputs give them: '' while cleared, or while "now" is meant. */
const dayInput = shortText(20)
const timeInput = shortText(10)

/**
 * What each kind of form keeps in its draft while the person types: one typed record per form.
 * A new form adds one line here (or in formDraftFields) and one `draftOf(…)` to `draftRow`.
 *
 * A field a draft shares with its row is taken from the row's schema (v.pick), so the two cannot
 * drift apart. What a form holds differently is spelled out: days and times as the inputs give
 * them ('' while cleared), choices still unmade (null), and text as typed, whose limits are looser
 * than the row's (a title may still be empty, a long paste is kept until the save says so).
 */
const draftFields = {
  /** Today's composer and the entry editor. `prompt` is '' when no prompt was chosen. */
  entry: v.object({
    // `tags` is absent in drafts written before tags existed, as on the row.
    ...v.pick(entryRow, ['mood', 'text', 'tags']).entries,
    prompt: shortText(1000),
  }),
  /** The unsent letter of the "I want to text them" exercise. */
  letter: v.pick(entryRow, ['text']),
  /** The one last message, in its three optional parts. */
  'last-message': v.object({ apology: text, space: text, doingWell: text }),
  /** The outing planner's form, as typed: day and times are '' while cleared. */
  outing: v.object({
    ...v.pick(outingRow, ['kind', 'note', 'endsNextDay', 'timeZone']).entries,
    title: shortText(1000),
    withWhom: shortText(2000),
    place: shortText(2000),
    day: dayInput,
    startTime: timeInput,
    endTime: timeInput,
  }),
  /** The pause before posting and the post's log, as typed: day and time are '' while cleared. */
  post: v.object({
    ...v.pick(postRow, ['what', 'where']).entries,
    ...postRow.entries.reflection.entries,
    day: dayInput,
    time: timeInput,
  }),
}

const formDraftFields = {
  /** Log contact and its edit. `initiator` is null until the person says who reached out. */
  contact: v.object({
    ...v.pick(contactRow, ['replied', 'channel', 'withinAgreement', 'note']).entries,
    day: dayInput,
    time: timeInput,
    initiator: v.nullable(contactRow.entries.initiator),
  }),
  /** An urge, logged in the exercise (day and time '': it is saved as "now") or edited. */
  urge: v.object({
    ...v.pick(urgeRow, ['trigger', 'helped']).entries,
    day: dayInput,
    time: timeInput,
    intensity: v.nullable(urgeRow.entries.intensity),
  }),
  /** Starting a count (from now, or from `startDay`), or the running count's settings. */
  'no-contact-plan': v.object({
    ...v.pick(noContactPlanRow, ['mode', 'agreedTopics']).entries,
    fromNow: v.boolean(),
    startDay: dayInput,
  }),
  /** One platform's note on the social-media checklist. */
  'platform-note': v.pick(socialChecklistRow, ['note']),
  /** The names and pronouns (the welcome and Settings › Profile). */
  profile: v.object({
    ...v.pick(settingsRow, ['pronouns', 'customPronouns']).entries,
    userName: shortText(400),
    exName: shortText(400),
  }),
  /** A new habit or its edit; how often as the inputs give it (`times` as typed). */
  habit: v.object({
    ...v.pick(habitRow, ['icon', 'colour']).entries,
    name: shortText(1000),
    targetKind: v.picklist(['daily', 'weekly', 'weekdays'] as const),
    times: shortText(10),
    days: v.pipe(v.array(weekday), v.maxLength(7)),
    startDay: dayInput,
  }),
  /** A trusted person being added or changed: both as typed, longer than the row allows. */
  'trusted-person': v.object({ name: shortText(1000), phone: shortText(200) }),
}

function draftOf<K extends keyof typeof draftFields | keyof typeof formDraftFields>(kind: K) {
  const fields = { ...draftFields, ...formDraftFields }[kind]
  return v.object({
    /** Which form and which record: `new-entry`, `entry:<id>`, `contact:new`, `urge:<id>`… */
    id,
    kind: v.literal(kind),
    fields: fields as (typeof draftFields & typeof formDraftFields)[K],
    /**
     * The `updatedAt` of the saved record this draft edits, as it was when editing began; null for
     * a draft of something new. A save checks that the record is still that version.
     */
    baseUpdatedAt: v.nullable(instant),
    updatedAt: instant,
    /** Which tab wrote it last, so another tab can follow along without clobbering its own typing. */
    writer: shortText(200),
  })
}

/** Unsaved form content, written as the person types so a reload, a lock or an update loses nothing. */
export const draftRow = v.variant('kind', [
  draftOf('entry'),
  draftOf('letter'),
  draftOf('last-message'),
  draftOf('outing'),
  draftOf('contact'),
  draftOf('urge'),
  draftOf('no-contact-plan'),
  draftOf('platform-note'),
  draftOf('profile'),
  draftOf('habit'),
  draftOf('trusted-person'),
  draftOf('post'),
])

// ── every table ─────────────────────────────────────────────────────────────────────────────────

/** The schema of every table, by table name. db.ts types its tables from this. */
export const ROW_SCHEMAS = {
  settings: settingsRow,
  entries: entryRow,
  drafts: draftRow,
  noContactPlans: noContactPlanRow,
  contacts: contactRow,
  urges: urgeRow,
  socialChecklist: socialChecklistRow,
  assessments: assessmentRow,
  introspections: introspectionRow,
  planCommitments: planCommitmentRow,
  wellbeingChecks: wellbeingCheckRow,
  habits: habitRow,
  habitLogs: habitLogRow,
  safetyPlans: safetyPlanRow,
  trustedPeople: trustedPersonRow,
  outings: outingRow,
  posts: postRow,
} as const

export type TableName = keyof typeof ROW_SCHEMAS
/** The row type of every table, by table name. */
export type Rows = { [Name in TableName]: v.InferOutput<(typeof ROW_SCHEMAS)[Name]> }

/**
 * Names used in messages and lists ("journal entry 12", "2 logged urges"); `all` names the whole
 * table where a count reads oddly ("the no-contact count and its history").
 */
export const ROW_NOUNS: Record<TableName, { one: string; many: string; all?: string }> = {
  settings: { one: 'settings', many: 'settings', all: 'your names, pronouns and theme' },
  entries: { one: 'journal entry', many: 'journal entries' },
  drafts: { one: 'unsaved draft', many: 'unsaved drafts' },
  noContactPlans: {
    one: 'no-contact count',
    many: 'no-contact counts',
    all: 'the no-contact count and its history',
  },
  contacts: { one: 'logged contact', many: 'logged contacts' },
  urges: { one: 'logged urge', many: 'logged urges' },
  socialChecklist: {
    one: 'social-media checklist item',
    many: 'social-media checklist items',
    all: 'the social-media checklist',
  },
  assessments: { one: 'assessment', many: 'assessments' },
  introspections: { one: 'introspection', many: 'introspections' },
  planCommitments: { one: 'plan commitment', many: 'action plan' },
  wellbeingChecks: { one: '“How have you been?” check', many: '“How have you been?” checks' },
  habits: { one: 'habit', many: 'habits' },
  habitLogs: { one: 'habit log', many: 'habit logs' },
  safetyPlans: { one: 'safety plan', many: 'safety plans', all: 'your safety plan' },
  trustedPeople: { one: 'trusted person', many: 'trusted people' },
  outings: { one: 'outing', many: 'outings' },
  posts: { one: 'logged post', many: 'logged posts' },
}

// Inferred row types (re-exported by types.ts, which the rest of the app imports).
export type JournalEntry = Rows['entries']
export type Draft = Rows['drafts']
export type DraftKind = Draft['kind']
/** A draft of one kind of form. */
export type DraftOf<K extends DraftKind> = Extract<Draft, { kind: K }>
/** The fields each kind of form keeps in its draft. */
export type DraftFieldsByKind = { [K in DraftKind]: DraftOf<K>['fields'] }
export type AppSettings = Rows['settings']
export type BackupSettings = v.InferOutput<typeof backupSettingsRow>
export type AppLock = v.InferOutput<typeof appLock>
export type NoContactPlan = Rows['noContactPlans']
export type ContactLog = Rows['contacts']
export type UrgeLog = Rows['urges']
export type SocialChecklistItem = Rows['socialChecklist']
export type Habit = Rows['habits']
export type HabitLog = Rows['habitLogs']
export type HabitTarget = v.InferOutput<typeof habitTarget>
export type HabitPause = v.InferOutput<typeof habitPause>
export type HabitColour = v.InferOutput<typeof habitColour>
export type HabitLogStatus = HabitLog['status']
export type Weekday = v.InferOutput<typeof weekday>
export type SafetyPlan = Rows['safetyPlans']
export type TrustedPerson = Rows['trustedPeople']
export type Outing = Rows['outings']
export type OutingKind = v.InferOutput<typeof outingKind>
export type OutingStatus = Outing['status']
export type CheckInReminderSettings = v.InferOutput<typeof checkInReminder>
export type WeekdayCode = v.InferOutput<typeof weekdayCode>
export type Mood = v.InferOutput<typeof mood>
export type EntryKind = v.InferOutput<typeof entryKind>
export type Theme = v.InferOutput<typeof theme>
export type PronounChoice = v.InferOutput<typeof pronounChoice>
export type PronounSet = v.InferOutput<typeof pronounSet>
export type PersistenceState = v.InferOutput<typeof persistenceState>
export type NoContactMode = NoContactPlan['mode']
export type ContactInitiator = ContactLog['initiator']
export type ContactChannel = ContactLog['channel']
export type Assessment = Rows['assessments']
export type Introspection = Rows['introspections']
export type PlanCommitment = Rows['planCommitments']
export type WellbeingCheck = Rows['wellbeingChecks']
export type Direction = v.InferOutput<typeof direction>
export type AssessmentItemId = v.InferOutput<typeof assessmentItem>
export type ScaleAnswer = v.InferOutput<typeof scaleAnswer>
export type SafetyAnswer = v.InferOutput<typeof safetyAnswer>
export type BreakupReason = v.InferOutput<typeof breakupReason>
export type ThoughtRecord = v.InferOutput<typeof thoughtRecord>
export type PlanCadence = v.InferOutput<typeof planCadence>
export type FrequencyAnswer = v.InferOutput<typeof frequency>
export type Post = Rows['posts']
export type PostAudience = v.InferOutput<typeof postAudience>
export type YesNoUnsure = v.InferOutput<typeof yesNoUnsure>
export type PostingRhythm = v.InferOutput<typeof postingRhythm>
