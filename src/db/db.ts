import Dexie, { type EntityTable } from 'dexie'
import { schemaV1, schemaV2, schemaV6 } from './schema'
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
} from './types'

export const DATABASE_NAME = 'steady'

export class SteadyDatabase extends Dexie {
  settings!: EntityTable<AppSettings, 'id'>
  entries!: EntityTable<JournalEntry, 'id'>
  drafts!: EntityTable<Draft, 'id'>
  noContactPlans!: EntityTable<NoContactPlan, 'id'>
  contacts!: EntityTable<ContactLog, 'id'>
  urges!: EntityTable<UrgeLog, 'id'>
  socialChecklist!: EntityTable<SocialChecklistItem, 'id'>
  habits!: EntityTable<Habit, 'id'>
  habitLogs!: EntityTable<HabitLog, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(schemaV1)
    this.version(2).stores(schemaV2)
    this.version(6).stores(schemaV6)
  }
}

/** The one database of the app: the single source of truth for everything the person writes. */
export const db = new SteadyDatabase()
