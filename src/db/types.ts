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

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** How often a habit is meant to happen: every day, some times a week, or on chosen weekdays. */
export type HabitTarget =
  { kind: 'daily' } | { kind: 'weekly'; times: number } | { kind: 'weekdays'; days: Weekday[] }

/** Days off a habit (holiday, illness): they neither count against it nor break a streak. */
export interface HabitPause {
  from: CalendarDay
  /** The last paused day; null while it runs until the person resumes. */
  to: CalendarDay | null
}

export type HabitColour = 'sage' | 'sky' | 'sun' | 'rose' | 'plum' | 'sand'

/** A self-care habit (step 3). Its history is its logs; strength and streaks are worked out. */
export interface Habit {
  id: string
  /** As typed, trimmed; unique among the person's habits (ignoring case). */
  name: string
  /** One emoji, shown beside the name; purely decorative. */
  icon: string
  colour: HabitColour
  target: HabitTarget
  /** The first day it can be logged: the day it was added, or an earlier day to back-fill. */
  startDay: CalendarDay
  pauses: HabitPause[]
  /** Where it came from: `preset:<key>`, `plan:<id>` (a commitment of the action plan), or absent. */
  from?: string
  /** When it was put away; it keeps its history and can come back. */
  archivedAt: Instant | null
  createdAt: Instant
  updatedAt: Instant
}

export type HabitLogStatus = 'done' | 'skipped'

/**
 * One day of one habit. Its id is `<habitId>:<day>`, so writing a day twice (a double tap, two
 * tabs) leaves one log. No log for a day means it was not done.
 */
export interface HabitLog {
  id: string
  habitId: string
  day: CalendarDay
  status: HabitLogStatus
  note: string
  createdAt: Instant
  updatedAt: Instant
}
