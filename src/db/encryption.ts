import type {
  DBCore,
  DBCoreCursor,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'
import { isSealed, openValue, sealValue } from '@/lib/sealed-value'
import { wordlessTransactions } from './without-words'
import type { AppLock } from './types'
import { SENSITIVE_FIELDS } from './sensitive-fields'
import { TAG_INDEX, tagIndexKeys } from './tag-index'
import { getDataKey } from './vault'

/**
 * Encryption at rest, in one place: a Dexie DBCore middleware between the app and IndexedDB. While
 * the lock's encryption is on, every sensitive field (./sensitive-fields.ts) is sealed with the data
 * key on its way in and opened on its way out, so features read and write plain rows and never
 * know. Keys and indexes are never sensitive, so queries work unchanged.
 *
 * - A write of a sensitive field in clear, while encryption is on and this tab has no key, is
 *   refused (LockedError): a tab never writes plain text into an encrypted database. A field that
 *   is already sealed (read back without the key, as the lock screen's try counter does with the
 *   settings row) is written as it is.
 * - Whether encryption is on is read from the settings row inside the same transaction as the write
 *   (the middleware adds `settings` to every read-write transaction that touches a sensitive table),
 *   so another tab turning the lock on cannot slip between the check and the write.
 * - Without the key, sealed fields are returned sealed: nothing is guessed or faked.
 * - WebCrypto is asynchronous and IndexedDB commits a transaction that has nothing to do, so while
 *   a row is sealed or opened the transaction is kept busy (as Dexie's own `waitFor` does), and the
 *   caller resumes inside an IndexedDB callback, where the transaction is still active.
 */

const SETTINGS = 'settings'

/** Thrown instead of writing plain text into an encrypted database without the key. */
export class LockedError extends Error {
  override name = 'LockedError'
  constructor() {
    super('Steady is locked, so nothing new can be saved until it is unlocked.')
  }
}

/** Whether new writes are sealed under this lock: while turning it on and while it is on. */
export function sealsWrites(lock: AppLock | null | undefined): boolean {
  return lock?.encryption === 'on' || lock?.encryption === 'encrypting'
}

type Row = Record<string, unknown>

/**
 * The key as it was when each transaction began: a write begun before locking (an editor saving
 * its draft as the lock screen replaces it) still seals with it, though the key is dropped meanwhile.
 */
const keyAtStart = new WeakMap<DBCoreTransaction, CryptoKey | null>()
type FieldList = Readonly<Record<string, readonly PropertyKey[]>>

/**
 * An index over a sensitive field (a list of words): the field is sealed like any other, and the
 * index is over `index`, which the middleware writes from the field's values on every write (blind
 * under the lock: ./tag-index.ts) and never returns.
 */
export interface IndexedField {
  field: string
  index: string
  keys: (values: readonly string[], dataKey: CryptoKey | null) => Promise<string[]>
}
type IndexedFields = Readonly<Record<string, IndexedField>>

export function createEncryptionMiddleware(
  sensitive: FieldList,
  indexed: IndexedFields = {},
): Middleware<DBCore> {
  const sealedTables = new Set(
    Object.keys(sensitive).filter((name) => (sensitive[name]?.length ?? 0) > 0),
  )
  return {
    stack: 'dbcore',
    name: 'Encryption',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const needsSettings =
            mode === 'readwrite' &&
            !stores.includes(SETTINGS) &&
            stores.some((name) => sealedTables.has(name))
          const trans = down.transaction(
            needsSettings ? [...stores, SETTINGS] : stores,
            mode,
            options,
          )
          keyAtStart.set(trans, getDataKey())
          return trans
        },
        table(name) {
          const table = down.table(name)
          const fields = (sensitive[name] ?? []).map(String)
          if (fields.length === 0) return table
          return encryptedTable(table, down.table(SETTINGS), fields, indexed[name])
        },
      }
    },
  }
}

function encryptedTable(
  table: DBCoreTable,
  settings: DBCoreTable,
  fields: string[],
  indexed: IndexedField | undefined,
): DBCoreTable {
  const label = (field: string) => `${table.name}.${field}`
  const hasSealed = (row: unknown) =>
    typeof row === 'object' && row !== null && fields.some((field) => isSealed((row as Row)[field]))
  const hasIndexKeys = (row: unknown) =>
    indexed !== undefined && typeof row === 'object' && row !== null && indexed.index in row

  /** The row without the index keys, which are the middleware's own. */
  function withoutIndexKeys(row: unknown): unknown {
    if (!hasIndexKeys(row)) return row
    const { [indexed!.index]: _keys, ...rest } = row as Row
    return rest
  }

  async function openRow(key: CryptoKey, row: unknown): Promise<unknown> {
    if (!hasSealed(row)) return withoutIndexKeys(row)
    // A copy: what came from below may be shared with Dexie's caches.
    const copy = withoutIndexKeys({ ...(row as Row) }) as Row
    await Promise.all(
      fields.map(async (field) => {
        const value = copy[field]
        if (isSealed(value)) copy[field] = await openValue(key, label(field), value)
      }),
    )
    return copy
  }

  /** The row without any sensitive field, for a read that asked for none (./without-words.ts). */
  function withoutWords(row: unknown): unknown {
    if (typeof row !== 'object' || row === null) return row
    const copy = withoutIndexKeys({ ...(row as Row) }) as Row
    for (const field of fields) delete copy[field]
    return copy
  }

  function openRows<T>(trans: DBCoreTransaction, rows: T[]): Promise<T[]> | T[] {
    if (wordlessTransactions.has(trans)) return rows.map((row) => withoutWords(row) as T)
    const key = getDataKey()
    if (!key || !rows.some(hasSealed)) {
      return rows.some(hasIndexKeys) ? rows.map((row) => withoutIndexKeys(row) as T) : rows
    }
    return holdOpen(trans, table.name, Promise.all(rows.map((row) => openRow(key, row) as T)))
  }

  async function sealRow(key: CryptoKey | null, row: unknown): Promise<unknown> {
    if (typeof row !== 'object' || row === null) return row
    const plain = fields.filter((field) => {
      const value = (row as Row)[field]
      return value !== undefined && !isSealed(value)
    })
    if (plain.length === 0) return row
    if (!key) throw new LockedError()
    const copy: Row = { ...(row as Row) }
    await Promise.all(
      plain.map(async (field) => {
        copy[field] = await sealValue(key, label(field), copy[field])
      }),
    )
    return copy
  }

  /**
   * The row with its index keys worked out from the indexed field as it is now: blind when the row
   * is sealed, in clear when not. A field already sealed (written back as it was read, without the
   * key) keeps the keys it has below (`below`, read before any of this).
   */
  async function withIndexKeys(
    row: unknown,
    key: CryptoKey | null,
    sealed: boolean,
    below: ReadonlyMap<unknown, unknown>,
  ): Promise<unknown> {
    if (!indexed || typeof row !== 'object' || row === null) return row
    const copy: Row = { ...(row as Row) }
    const values = copy[indexed.field]
    if (isSealed(values)) {
      if (below.get(copy.id) !== undefined) copy[indexed.index] = below.get(copy.id)
      else delete copy[indexed.index]
      return copy
    }
    if (!Array.isArray(values) || values.length === 0) {
      delete copy[indexed.index]
      return copy
    }
    if (sealed && !key) throw new LockedError()
    copy[indexed.index] = await indexed.keys(values as string[], sealed ? key : null)
    return copy
  }

  /** The ids of rows written back with their indexed field still sealed. */
  function sealedIndexedIds(values: readonly unknown[]): unknown[] {
    if (!indexed) return []
    return values
      .filter((row) => isSealed((row as Row | null)?.[indexed.field]))
      .map((row) => (row as Row).id)
  }

  async function mutate(req: DBCoreMutateRequest) {
    if (req.type !== 'add' && req.type !== 'put') return table.mutate(req)
    // The settings row carries the lock itself: its own new value says whether it is sealed.
    const stored: AppLock | null =
      table.name === SETTINGS
        ? null
        : ((((await settings.get({ trans: req.trans, key: 'app' })) as Row | undefined)?.lock as
            AppLock | null | undefined) ?? null)
    const sealsRow = (row: unknown) =>
      table.name === SETTINGS
        ? sealsWrites((row as Row | null)?.lock as AppLock | null)
        : sealsWrites(stored)
    const touchesIndex = (row: unknown) =>
      hasIndexKeys(row) ||
      (indexed !== undefined && (row as Row | null)?.[indexed.field] !== undefined)
    if (!req.values.some(sealsRow) && !req.values.some(touchesIndex)) return table.mutate(req)
    // Their stored index keys are read first, while the transaction is surely active: the sealing
    // below is asynchronous.
    const ids = sealedIndexedIds(req.values)
    const below = new Map<unknown, unknown>()
    if (ids.length > 0) {
      const rows = (await table.getMany({ trans: req.trans, keys: ids })) as (Row | undefined)[]
      ids.forEach((id, at) => below.set(id, rows[at]?.[indexed!.index]))
    }
    const key = keyAtStart.get(req.trans) ?? getDataKey()
    const values = await holdOpen(
      req.trans,
      table.name,
      Promise.all(
        req.values.map(async (row) => {
          const sealed = sealsRow(row)
          const keyed = await withIndexKeys(row, key, sealed, below)
          return sealed ? sealRow(key, keyed) : keyed
        }),
      ),
    )
    return table.mutate({ ...req, values })
  }

  return {
    ...table,
    mutate,
    async get(req) {
      const row: unknown = await table.get(req)
      return (await openRows(req.trans, [row]))[0]
    },
    async getMany(req) {
      return openRows(req.trans, await table.getMany(req))
    },
    async query(req) {
      const response = await table.query(req)
      if (!req.values) return response
      return { ...response, result: await openRows(req.trans, response.result) }
    },
    async openCursor(req) {
      const cursor = await table.openCursor(req)
      if (!cursor || !req.values) return cursor
      return openingCursor(cursor, (row) => openRows(req.trans, [row]))
    },
  }
}

/**
 * A cursor whose `value` is the opened row. Dexie calls the step callback synchronously and reads
 * `value` in it, so a row that needs opening is opened first, and the callback runs afterwards,
 * from inside the IndexedDB callback that `holdOpen` resumes in.
 */
function openingCursor(
  cursor: DBCoreCursor,
  open: (row: unknown) => Promise<unknown[]> | unknown[],
): DBCoreCursor {
  let value: unknown
  const wrapper: DBCoreCursor = {
    get trans() {
      return cursor.trans
    },
    get key(): unknown {
      return cursor.key
    },
    get primaryKey(): unknown {
      return cursor.primaryKey
    },
    get done() {
      return cursor.done
    },
    get value() {
      return value
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) =>
      cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    stop: (result?: unknown) => cursor.stop(result),
    fail: (error: Error) => cursor.fail(error),
    start(onNext: () => void) {
      return cursor.start(() => {
        const opened = open(cursor.value)
        if (Array.isArray(opened)) {
          value = opened[0]
          onNext()
          return
        }
        opened.then(
          ([row]) => {
            value = row
            try {
              onNext()
            } catch (error) {
              cursor.fail(error as Error)
            }
          },
          (error: unknown) => cursor.fail(error as Error),
        )
      })
    },
    next() {
      let gotOne = 1
      return wrapper
        .start(() => (gotOne-- ? wrapper.continue() : wrapper.stop()))
        .then(() => wrapper)
    },
  }
  return wrapper
}

interface Spinner {
  waiting: number
  ready: (() => void)[]
  failure: unknown
}
const spinners = new WeakMap<object, Spinner>()

/**
 * Waits for `work` without letting IndexedDB commit the transaction meanwhile: cheap reads keep it
 * busy, and `work`'s result is handed back inside one of their success callbacks, where the
 * transaction is active for the caller's next request.
 */
function holdOpen<T>(trans: DBCoreTransaction, store: string, work: Promise<T>): Promise<T> {
  const idb = trans as unknown as Partial<IDBTransaction>
  if (typeof idb.objectStore !== 'function') return work
  let spinner = spinners.get(idb)
  if (!spinner) {
    spinner = { waiting: 0, ready: [], failure: null }
    spinners.set(idb, spinner)
  }
  const own = spinner
  if (own.failure) return Promise.reject(own.failure as Error)
  own.waiting += 1
  if (own.waiting === 1) spin(idb as IDBTransaction, store, own)
  return new Promise<T>((resolve, reject) => {
    work.then(
      (result) => own.ready.push(() => resolve(result)),
      (error: unknown) => own.ready.push(() => reject(error as Error)),
    )
    // If the transaction died meanwhile, nothing will call back: answer as soon as work settles.
    void work.finally(() => {
      if (own.failure) for (const answer of own.ready.splice(0)) answer()
    })
  })
}

function spin(idb: IDBTransaction, store: string, spinner: Spinner) {
  const fail = (error: unknown) => {
    spinner.failure = error ?? new Error('The transaction ended')
    spinner.waiting = 0
    for (const answer of spinner.ready.splice(0)) answer()
  }
  let request: IDBRequest
  try {
    request = idb.objectStore(store).get(-Infinity)
  } catch (error) {
    fail(error)
    return
  }
  request.onsuccess = () => {
    const ready = spinner.ready.splice(0)
    spinner.waiting -= ready.length
    for (const answer of ready) answer()
    if (spinner.waiting > 0) spin(idb, store, spinner)
  }
  request.onerror = () => fail(request.error)
}

/** The app's own layer: sealing the fields SENSITIVE_FIELDS names, and the entries' tag index. */
export function createEncryptedCore(down: DBCore): DBCore {
  return createEncryptionMiddleware(SENSITIVE_FIELDS, {
    entries: { field: 'tags', index: TAG_INDEX, keys: tagIndexKeys },
  }).create(down) as DBCore
}
