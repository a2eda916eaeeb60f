import Dexie, { type EntityTable } from 'dexie'
import { schemaV1 } from './schema'
import type { AppSettings, Draft, JournalEntry } from './types'

export const DATABASE_NAME = 'steady'

export class SteadyDatabase extends Dexie {
  settings!: EntityTable<AppSettings, 'id'>
  entries!: EntityTable<JournalEntry, 'id'>
  drafts!: EntityTable<Draft, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(schemaV1)
  }
}

/** The one database of the app: the single source of truth for everything the person writes. */
export const db = new SteadyDatabase()
