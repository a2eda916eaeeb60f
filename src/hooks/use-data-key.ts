import { useSyncExternalStore } from 'react'
import { getDataKey, subscribeToDataKey } from '@/db/vault'

/**
 * Whether this tab holds the app lock's data key: false from locking until the next unlock. Anything
 * kept in memory from what the person wrote (the journal's search index) is built after it turns
 * true and dropped when it turns false. With the lock off it stays false and rows read in clear.
 */
export function useHasDataKey(): boolean {
  return useSyncExternalStore(subscribeToDataKey, () => getDataKey() !== null)
}
