import Dexie, { type EntityTable } from 'dexie'
import { schemaV1, schemaV2, schemaV3 } from './schema'
import type {
  AppSettings,
  ContactLog,
  Draft,
  JournalEntry,
  NoContactPlan,
  SocialChecklistItem,
  UrgeLog,
} from './types'
import { upgradeDraftsToV3 } from './upgrades'

export const DATABASE_NAME = 'steady'

export class SteadyDatabase extends Dexie {
  settings!: EntityTable<AppSettings, 'id'>
  entries!: EntityTable<JournalEntry, 'id'>
  drafts!: EntityTable<Draft, 'id'>
  noContactPlans!: EntityTable<NoContactPlan, 'id'>
  contacts!: EntityTable<ContactLog, 'id'>
  urges!: EntityTable<UrgeLog, 'id'>
  socialChecklist!: EntityTable<SocialChecklistItem, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(schemaV1)
    this.version(2).stores(schemaV2)
    this.version(3).stores(schemaV3).upgrade(upgradeDraftsToV3)
  }
}

/** The one database of the app: the single source of truth for everything the person writes. */
export const db = new SteadyDatabase()
