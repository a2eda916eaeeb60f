import { db } from '@/db/db'
import type { TableName } from '@/db/rows'
import { SENSITIVE_FIELDS } from '@/db/sensitive-fields'
import type { AppLock } from '@/db/types'
import { readSettings } from '@/hooks/use-settings'

export interface SealingProgress {
  done: number
  total: number
}

/** Rows per transaction: small enough that a closed tab loses one short batch of work, never a row. */
export const SEALING_BATCH = 200

/** Every table with something to encrypt, in a fixed order, so a resumed run knows where it was. */
const TABLES = (Object.keys(SENSITIVE_FIELDS) as TableName[]).filter(
  (name) => SENSITIVE_FIELDS[name].length > 0,
)

/** The lock changed under the run (turned off, or on again, in another tab): this run stops. */
class RunSuperseded extends Error {
  override name = 'RunSuperseded'
}

let running: Promise<void> | null = null
let progress: SealingProgress | null = null
const listeners = new Set<() => void>()

function report(next: SealingProgress | null, onProgress?: (progress: SealingProgress) => void) {
  progress = next
  if (next) onProgress?.(next)
  for (const listener of listeners) listener()
}

/** How far this tab's run is (null when none runs here), for a progress bar. */
export function getSealingProgress(): SealingProgress | null {
  return progress
}

export function subscribeToSealing(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Brings every row to what the lock says: sealed while it is `encrypting`, opened while it is
 * `decrypting`; then marks the lock `on`, or removes it. The middleware does the sealing: each
 * batch is read and written back in one transaction that also records where the run is, so a tab
 * closed half-way leaves every row whole (sealed or not, both read fine with the key) and the next
 * unlock carries on from there. One run at a time in this tab; later callers share it.
 */
export function finishSealing(onProgress?: (progress: SealingProgress) => void): Promise<void> {
  if (running) return running
  running = run(onProgress).finally(() => {
    running = null
    report(null)
  })
  return running
}

async function run(onProgress?: (progress: SealingProgress) => void): Promise<void> {
  const start = (await readSettings()).lock
  const direction = start?.encryption
  if (direction !== 'encrypting' && direction !== 'decrypting') return
  const resume = start?.resumeAt ?? null
  const from = Math.max(0, resume ? TABLES.indexOf(resume.table as TableName) : 0)

  const counts = await Promise.all(TABLES.map((name) => db.table(name).count()))
  const total = counts.reduce((sum, count) => sum + count, 0)
  let done = counts.slice(0, from).reduce((sum, count) => sum + count, 0)
  if (resume?.afterId != null) {
    done += await db.table(TABLES[from]!).where(':id').belowOrEqual(resume.afterId).count()
  }
  report({ done, total }, onProgress)

  try {
    for (const name of TABLES.slice(from)) {
      let afterId = resume?.table === name ? resume.afterId : null
      for (;;) {
        const batch = await sealBatch(name, afterId, direction)
        if (batch.count === 0) break
        afterId = batch.lastId
        done = Math.min(total, done + batch.count)
        report({ done, total }, onProgress)
      }
    }
  } catch (error) {
    if (error instanceof RunSuperseded) return
    throw error
  }

  await db.transaction('rw', db.settings, async () => {
    const settings = await readSettings()
    if (settings.lock?.encryption !== direction) return
    const lock: AppLock | null =
      direction === 'encrypting' ? { ...settings.lock, encryption: 'on', resumeAt: null } : null
    await db.settings.put({ ...settings, lock })
  })
  report({ done: total, total }, onProgress)
}

async function sealBatch(
  name: TableName,
  afterId: string | null,
  direction: 'encrypting' | 'decrypting',
): Promise<{ count: number; lastId: string | null }> {
  const table = db.table(name)
  return db.transaction('rw', table, db.settings, async () => {
    const settings = await readSettings()
    if (settings.lock?.encryption !== direction) throw new RunSuperseded()
    const collection = afterId === null ? table.orderBy(':id') : table.where(':id').above(afterId)
    const rows = (await collection.limit(SEALING_BATCH).toArray()) as { id: string }[]
    // Read through the middleware (opened) and written back through it: sealed or opened as the
    // lock now says. The settings row is in its own table's batch, so the lock is read again after.
    if (rows.length > 0) await table.bulkPut(rows)
    const lastId = rows.at(-1)?.id ?? afterId
    const lock = (await readSettings()).lock
    if (lock) {
      await db.settings.put({
        ...(await readSettings()),
        lock: { ...lock, resumeAt: { table: name, afterId: lastId } },
      })
    }
    return { count: rows.length, lastId }
  })
}
