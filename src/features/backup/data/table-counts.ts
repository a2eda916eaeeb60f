import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@/db/db'

/** How many rows each table holds on this device, live; undefined while loading. */
export function useTableCounts(): Record<string, number> | undefined {
  return useLiveQuery(async () =>
    Object.fromEntries(
      await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)),
    ),
  )
}
