import Dexie, { type EntityTable } from 'dexie'
import type { Rows } from './rows'
import {
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
  schemaV9,
} from './schema'
import { upgradeDraftsToV3 } from './upgrades'

export const DATABASE_NAME = 'steady'

/** A typed handle for every table, from the row schemas (src/db/rows.ts): one per ROW_SCHEMAS entry. */
type Tables = { [Name in keyof Rows]: EntityTable<Rows[Name], 'id'> }

// The class gains one typed property per table through this interface (declaration merging), so a
// new table needs no line here beyond its `version(N)`.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SteadyDatabase extends Tables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SteadyDatabase extends Dexie {
  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(schemaV1)
    this.version(2).stores(schemaV2)
    this.version(3).stores(schemaV3).upgrade(upgradeDraftsToV3)
    this.version(4).stores(schemaV4)
    this.version(5).stores(schemaV5)
    this.version(6).stores(schemaV6)
    this.version(7).stores(schemaV7)
    this.version(8).stores(schemaV8)
    this.version(9).stores(schemaV9)
  }
}

/** The one database of the app: the single source of truth for everything the person writes. */
export const db = new SteadyDatabase()
