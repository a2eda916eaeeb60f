import type { DBCore, DBCoreTable } from 'dexie'

/**
 * A DBCore layer that forwards to another one made later (by `make`, once its code has loaded),
 * and straight down until then. The encryption middleware is not on the app's first load: db.ts
 * loads it in Dexie's `ready` step, which every read and write waits for, so in practice nothing
 * ever goes straight down.
 */
export function lateCore(down: DBCore, make: () => ((down: DBCore) => DBCore) | null): DBCore {
  let core: DBCore | undefined
  const real = () => (core ??= make()?.(down)) ?? down
  const tables = new Map<string, DBCoreTable>()
  const table = (name: string) => {
    const made = tables.get(name) ?? real().table(name)
    if (core) tables.set(name, made)
    return made
  }
  return {
    ...down,
    transaction: (stores, mode, options) => real().transaction(stores, mode, options),
    table: (name) => ({
      ...down.table(name),
      mutate: (req) => table(name).mutate(req),
      get: (req) => table(name).get(req),
      getMany: (req) => table(name).getMany(req),
      query: (req) => table(name).query(req),
      openCursor: (req) => table(name).openCursor(req),
      count: (req) => table(name).count(req),
    }),
  }
}
