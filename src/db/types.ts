/**
 * Row types for every table, inferred from the row schemas in ./rows.ts (the one place a row's shape
 * is written down). Calendar days are local `yyyy-MM-dd`; instants are ISO strings.
 */

/** A calendar day as the person lives it, in local time: `yyyy-MM-dd`. */
export type CalendarDay = string
/** A moment in time: an ISO 8601 string from `Date.prototype.toISOString()`. */
export type Instant = string

export type {
  AppLock,
  AppSettings,
  ContactChannel,
  ContactInitiator,
  ContactLog,
  Draft,
  EntryKind,
  Habit,
  HabitColour,
  HabitLog,
  HabitLogStatus,
  HabitPause,
  HabitTarget,
  JournalEntry,
  Mood,
  NoContactMode,
  NoContactPlan,
  PersistenceState,
  PronounChoice,
  PronounSet,
  SocialChecklistItem,
  Theme,
  UrgeLog,
  Weekday,
} from './rows'
