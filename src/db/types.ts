/** Row types for every table. Calendar days are local `yyyy-MM-dd`; instants are ISO strings. */

/** A calendar day as the person lives it, in local time: `yyyy-MM-dd`. */
export type CalendarDay = string
/** A moment in time: an ISO 8601 string from `Date.prototype.toISOString()`. */
export type Instant = string

/** 1 = very low … 5 = very good. */
export type Mood = 1 | 2 | 3 | 4 | 5

/**
 * A `check-in` is the day's first entry from Today; a `note` is any other entry; a `letter` is an
 * unsent letter to the ex, written instead of texting them (step 2).
 */
export type EntryKind = 'check-in' | 'note' | 'letter'

export interface JournalEntry {
  id: string
  kind: EntryKind
  /** The local day the entry belongs to (the day it was written). */
  day: CalendarDay
  createdAt: Instant
  updatedAt: Instant
  mood: Mood | null
  /** Exactly as typed: never trimmed or normalised. */
  text: string
  /** The prompt the person answered, if they chose one. */
  prompt?: string
}

export type Theme = 'system' | 'light' | 'dark'
export type PronounChoice = 'she' | 'he' | 'they' | 'custom'

export interface PronounSet {
  /** she / he / they / xe */
  subject: string
  /** her / him / them / xem */
  object: string
  /** her / his / their / xyr */
  possessive: string
}

export type PersistenceState = 'unknown' | 'granted' | 'denied' | 'unsupported'

/** The one settings row (id `app`). Later features add optional fields rather than new tables. */
export interface AppSettings {
  id: 'app'
  /** When the welcome was finished or skipped; null until then. */
  onboardedAt: Instant | null
  userName: string
  exName: string
  pronouns: PronounChoice
  customPronouns: PronounSet
  theme: Theme
  persistence: PersistenceState
  persistenceAskedAt: Instant | null
  /** When the last backup file was made; null if never. */
  lastBackupAt: Instant | null
  /** When the person last dismissed the reminder to make a backup. */
  backupReminderDismissedAt: Instant | null
  /** The app lock, when the person turned it on. The passcode itself is never stored. */
  lock: AppLock | null
  /** Whether Today offers the optional "How have you been?" check every 14 days. */
  wellbeingReminder: boolean
  /** When the person last said "not now" to that offer. */
  wellbeingReminderDismissedAt: Instant | null
}

export interface AppLock {
  /** base64 PBKDF2-SHA-256 output of the passcode with `salt`. */
  hash: string
  salt: string
  iterations: number
  /** Lock again after this many minutes in the background; 0 locks as soon as the app is hidden. */
  autoLockMinutes: number
  /** Wrong tries in a row, and when the last one was: each one waits longer before the next. */
  failedAttempts: number
  lastFailedAt: Instant | null
}

/** Unsaved editor content, written as the person types so a reload or an update loses nothing. */
export interface Draft {
  /** `new-entry` for Today's composer, `entry:<id>` while editing an entry. */
  id: string
  mood: Mood | null
  text: string
  prompt?: string
  updatedAt: Instant
  /** Which tab wrote it last, so another tab can follow along without clobbering its own typing. */
  writer: string
}

export type NoContactMode = 'no-contact' | 'limited'

/** One no-contact commitment. A new plan is only made when the person starts over on purpose. */
export interface NoContactPlan {
  id: string
  mode: NoContactMode
  /** When the count began: the moment of starting, or local midnight of a back-dated day. */
  startAt: Instant
  /** Limited contact: what contact is agreed (children, work, a shared home). */
  agreedTopics: string
  /** When the one last message was marked as sent, if it was. */
  lastMessageSentAt: Instant | null
  /** When the person ended this plan; null while it runs. */
  endedAt: Instant | null
  createdAt: Instant
}

export type ContactInitiator = 'me' | 'ex' | 'mutual'
export type ContactChannel = 'text' | 'call' | 'social' | 'in-person' | 'other'

/** A contact with the ex. Whether it restarts the count is worked out, never stored. */
export interface ContactLog {
  id: string
  at: Instant
  initiator: ContactInitiator
  channel: ContactChannel
  /** For contact the ex started: whether the person answered. */
  replied: boolean
  /** Limited contact: it stayed within what was agreed, so it does not count. */
  withinAgreement: boolean
  note: string
  createdAt: Instant
  updatedAt: Instant
}

/** An urge to contact the ex, and what was done instead. Urges never touch the count. */
export interface UrgeLog {
  id: string
  at: Instant
  /** 1 (a flicker) to 10 (overwhelming). */
  intensity: number
  trigger: string
  helped: string
  /** Minutes waited out with the timer, when the exercise was used. */
  waitedMinutes: number | null
  createdAt: Instant
  updatedAt: Instant
}

/** One platform on the social-media checklist, with when each step was done. */
export interface SocialChecklistItem {
  id: string
  platform: string
  unfollowedAt: Instant | null
  mutedAt: Instant | null
  archivedAt: Instant | null
  note: string
  createdAt: Instant
}

/** Step 0's outcome: "give it one more honest try" or "let go and heal". Never locks anything. */
export type Direction = 'try-again' | 'let-go'

/** The assessment's questions on a 1–5 scale (the safety question has its own answers). */
export type AssessmentItemId =
  | 'fixable'
  | 'happy'
  | 'forgives'
  | 'effort'
  | 'satisfied'
  | 'alternatives'
  | 'invested'
  | 'committed'

/** 1 = not at all … 5 = completely. */
export type ScaleAnswer = 1 | 2 | 3 | 4 | 5

export type SafetyAnswer = 'no' | 'sometimes' | 'yes' | 'rather-not-say'

/**
 * One assessment (step 0). While `completedAt` is null it is the one being answered: every answer
 * is written to this row as it is given, so the row is its own draft.
 */
export interface Assessment {
  id: string
  /** Answers given so far; a skipped question has none. */
  answers: Partial<Record<AssessmentItemId, ScaleAnswer>>
  /** Optional notes beside each answer, exactly as typed. */
  notes: Partial<Record<AssessmentItemId | 'safety', string>>
  safety: SafetyAnswer | null
  /** The screen the person was on, so an interrupted assessment resumes there. */
  step: number
  /** What the answers pointed to, worked out when they were finished. */
  suggested: Direction | null
  /** What the person chose: the suggestion or the other way. Null until finished. */
  chosen: Direction | null
  createdAt: Instant
  updatedAt: Instant
  completedAt: Instant | null
}

/** The common reasons a relationship ends, to pick from (plus the person's own words). */
export type BreakupReason =
  | 'distance'
  | 'little-time'
  | 'communication'
  | 'trust'
  | 'different-futures'
  | 'unresolved-arguments'

/** A thought record for one painful thought. Every part is optional. */
export interface ThoughtRecord {
  situation: string
  thought: string
  /** How strongly it is believed, 0–100; null when not rated. */
  belief: number | null
  feeling: string
  supports: string
  against: string
  balanced: string
  /** How strongly the original thought is believed afterwards, 0–100. */
  rerating: number | null
}

/**
 * One run of the introspection (step 1). While `completedAt` is null it is the one in progress and
 * every change is written straight to it: the row is its own typed draft.
 */
export interface Introspection {
  id: string
  reasons: BreakupReason[]
  /** Reasons in the person's own words. */
  ownReason: string
  myPart: string
  theirPart: string
  trigger: string
  change: string
  /** Up to five values, as the words shown or typed. */
  values: string[]
  thought: ThoughtRecord
  /** The screen the person was on, so an interrupted run resumes there. */
  step: number
  createdAt: Instant
  updatedAt: Instant
  completedAt: Instant | null
}

export type PlanCadence =
  'none' | 'daily' | 'few-times-a-week' | 'weekly' | 'every-two-weeks' | 'monthly'

/** One commitment of the action plan: "If [situation], then I will [action]". */
export interface PlanCommitment {
  id: string
  situation: string
  action: string
  cadence: PlanCadence
  /** Which of the person's values it serves, if they chose one. */
  value: string | null
  /** Days it was ticked off, oldest first. */
  doneDays: CalendarDay[]
  createdAt: Instant
  updatedAt: Instant
  archivedAt: Instant | null
}

/** 0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day. */
export type FrequencyAnswer = 0 | 1 | 2 | 3

/** One "How have you been?" check (PHQ-2 and GAD-2 items). A skipped item is null. */
export interface WellbeingCheck {
  id: string
  at: Instant
  day: CalendarDay
  interest: FrequencyAnswer | null
  down: FrequencyAnswer | null
  nervous: FrequencyAnswer | null
  worry: FrequencyAnswer | null
}
