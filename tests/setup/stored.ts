import { db } from '@/db/db'
import type { TableName } from '@/db/rows'
import { SENSITIVE_FIELDS } from '@/db/sensitive-fields'
import { isSealed } from '@/lib/sealed-value'

type Row = Record<string, unknown>

/** Every row of `table` as IndexedDB holds it, past the encryption middleware. */
export async function readStoredRows(table: string): Promise<Row[]> {
  const idb = db.backendDB()
  return new Promise((resolve, reject) => {
    const request = idb.transaction(table).objectStore(table).getAll()
    request.onsuccess = () => resolve(request.result as Row[])
    request.onerror = () => reject(request.error)
  })
}

/** Each sensitive field of every stored row, as `table.field#id`, sealed or not. */
export async function sensitiveFieldsByState(): Promise<{ sealed: string[]; clear: string[] }> {
  const sealed: string[] = []
  const clear: string[] = []
  for (const table of db.tables) {
    for (const row of await readStoredRows(table.name)) {
      for (const field of SENSITIVE_FIELDS[table.name as TableName].map(String)) {
        if (row[field] === undefined) continue
        ;(isSealed(row[field]) ? sealed : clear).push(`${table.name}.${field}#${String(row.id)}`)
      }
    }
  }
  return { sealed, clear }
}

/** Every table read through the app (the middleware), in id order, without the lock itself. */
export async function readEveryTable(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    const rows = ((await table.toArray()) as Row[]).map((row) =>
      table.name === 'settings' ? { ...row, lock: null } : row,
    )
    tables[table.name] = rows.sort((a, b) => String(a.id).localeCompare(String(b.id)))
  }
  return tables
}
