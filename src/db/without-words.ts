import Dexie, { type Table } from 'dexie'
import { db } from './db'

/**
 * Transactions whose reads come back without the person's words: every sensitive field
 * (./sensitive-fields.ts) left out, sealed or not. The encryption layer (./encryption.ts) checks it.
 */
export const wordlessTransactions = new WeakSet<object>()

/**
 * Reads what a screen needs from rows whose words it never shows (Progress's moods and days), in
 * one read-only transaction whose rows come back without their sensitive fields: under the app
 * lock nothing is decrypted for them (five years of the journal: 665 → about 250 ms for Progress),
 * and with the lock off the rows have the same shape, so a screen cannot come to depend on them.
 * Type the result as the fields it keeps.
 */
export function readWithoutWords<T>(tables: Table[], read: () => Promise<T>): Promise<T> {
  return db.transaction('r', tables, () => {
    const trans = Dexie.currentTransaction?.idbtrans
    if (trans) wordlessTransactions.add(trans)
    return read()
  })
}
