/**
 * Row types for every table, inferred from the row schemas in ./rows.ts (the one place a row's shape
 * is written down). Calendar days are local `yyyy-MM-dd`; instants are ISO strings.
 */

import type { CalendarDay, Instant } from '@/lib/dates'
import type { PronounChoice, PronounSet } from '@/lib/pronouns'
import type { Theme } from '@/lib/theme'
import type { AppSettings } from './rows'

// Plain value types live in src/lib (which never imports the database); rows re-use them.
export type { CalendarDay, Instant, PronounChoice, PronounSet, Theme }

export type {
  AppLock,
  AppSettings,
  Assessment,
  AssessmentItemId,
  BreakupReason,
  Direction,
  FrequencyAnswer,
  Introspection,
  PlanCadence,
  PlanCommitment,
  SafetyAnswer,
  ScaleAnswer,
  ThoughtRecord,
  WellbeingCheck,
  CheckInReminderSettings,
  ContactChannel,
  ContactInitiator,
  ContactLog,
  Draft,
  DraftFieldsByKind,
  DraftKind,
  DraftOf,
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
  Outing,
  OutingKind,
  OutingStatus,
  PersistenceState,
  Post,
  PostAudience,
  PostingRhythm,
  SafetyPlan,
  SocialChecklistItem,
  TrustedPerson,
  UrgeLog,
  Weekday,
  WeekdayCode,
  YesNoUnsure,
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

// lib's value types and the row schemas must say the same thing: a drift fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type LibTypesMatchRows = [
  Assert<Same<Theme, AppSettings['theme']>>,
  Assert<Same<PronounChoice, AppSettings['pronouns']>>,
  Assert<Same<PronounSet, AppSettings['customPronouns']>>,
]
