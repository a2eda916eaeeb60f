/**
 * Writes that are waiting (an editor's debounced draft) register here, so that anything about to end
 * the page (a hidden tab, an app update, a reload) can flush them first and lose no words.
 */
type Flush = () => Promise<void>

const pending = new Set<Flush>()

/** Registers a flush; call the returned function to unregister it. */
export function trackPendingWrite(flush: Flush): () => void {
  pending.add(flush)
  return () => pending.delete(flush)
}

/** Runs every registered flush; one failing does not stop the others. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...pending].map((flush) => flush()))
}
