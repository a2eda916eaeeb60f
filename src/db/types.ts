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
  /** The daily check-in reminder last added to the person's calendar, so a new file updates it. */
  checkInReminder?: CheckInReminderSettings | null
}

export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'

/** A repeating calendar event Steady wrote; the calendar, not Steady, does the reminding. */
export interface CheckInReminderSettings {
  /** The calendar UID, kept so that a changed reminder replaces the old one. */
  uid: string
  sequence: number
  /** "HH:mm" in `timeZone`. */
  time: string
  weekdays: WeekdayCode[]
  timeZone: string
  exportedAt: Instant
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

/** What kind of outing: the ideas offered when planning (step 4, live your life). */
export type OutingKind = 'friends' | 'movie' | 'dinner' | 'family' | 'walk' | 'class' | 'new'

/**
 * `planned` until the person says how it went: `done` (with how it felt) or `missed` (it didn't
 * happen, no judgement); `cancelled` when called off beforehand.
 */
export type OutingStatus = 'planned' | 'done' | 'missed' | 'cancelled'

/** A social outing (step 4). Times are wall-clock times in `timeZone`, the zone it was planned in. */
export interface Outing {
  id: string
  /** The calendar UID: the same on every export, so a calendar updates the event instead of adding one. */
  uid: string
  /** Goes up with every change, so a calendar takes the newest export (RFC 5545 SEQUENCE). */
  sequence: number
  kind: OutingKind | null
  title: string
  /** Free text, as typed: "Sam and Alex". */
  withWhom: string
  place: string
  note: string
  /** The local day it happens, in `timeZone`. Indexed: upcoming and past are key ranges. */
  day: CalendarDay
  /** "HH:mm" start on `day`, or null for the whole day. */
  startTime: string | null
  /** "HH:mm" end, or null when open-ended; with `endsNextDay` it is on the following day. */
  endTime: string | null
  endsNextDay: boolean
  /** The IANA zone the times are in: the browser's when it was planned ("Europe/London"). */
  timeZone: string
  status: OutingStatus
  /** Planned after its time had passed: logged rather than planned. */
  loggedAfter: boolean
  /** How it felt, on the check-in's scale, once done. */
  mood: Mood | null
  /** A note on how it went. */
  reflection: string
  createdAt: Instant
  updatedAt: Instant
  /** When it was marked done, didn't happen, or cancelled. */
  settledAt: Instant | null
}
