import Dexie, { type DBCore, type EntityTable } from 'dexie'
import { lateCore } from './late-core'
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
  schemaV10,
} from './schema'
import { upgradeDraftsToV3, upgradeTagIndexToV10 } from './upgrades'

export const DATABASE_NAME = 'steady'

type EncryptedCore = (down: DBCore) => DBCore
/**
 * Where the encryption layer (./encryption.ts) comes from: main.tsx, and the tests' setup, point it
 * at `import('@/db/encryption')`. Loaded from the entry, the app's first load stays as it was.
 */
export const encryptionSource: { load: (() => Promise<EncryptedCore>) | null } = { load: null }

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
    this.version(10).stores(schemaV10).upgrade(upgradeTagIndexToV10)
    // Under the app lock, what the person wrote is sealed on its way into IndexedDB (encryption.ts).
    // Its code loads while the database opens (every read and write waits for `ready`), off the
    // app's first-load budget.
    let encryption: EncryptedCore | null = null
    this.use({
      stack: 'dbcore',
      name: 'Encryption',
      create: (down) => lateCore(down, () => encryption),
    })
    this.on('ready', async () => {
      if (encryption) return
      // Never open without it: a database opened without the layer would read and write in clear.
      if (!encryptionSource.load) throw new Error('The encryption layer was not set up')
      encryption = await encryptionSource.load()
    })
  }
}

/** The one database of the app: the single source of truth for everything the person writes. */
export const db = new SteadyDatabase()
