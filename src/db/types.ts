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
  DraftFieldsByKind,
  DraftKind,
  DraftOf,
  EntryKind,
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
} from './rows'
import type { Mood } from './rows'

/** The v1/v2 draft row: an editor's mood and text (other forms packed their fields into `text`). */
export interface LegacyDraft {
  id: string
  mood: Mood | null
  text: string
  prompt?: string
  updatedAt: Instant
  writer: string
}
