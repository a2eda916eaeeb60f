import { liveQuery } from 'dexie'
import { useCallback, useEffect, useRef, useState } from 'react'
import { describeError } from '@/lib/errors'
import { trackPendingWrite } from '@/lib/pending-writes'

/** How long typing may pause before the text is written. Short enough that a crash loses little. */
const SAVE_DELAY_MS = 300

interface AutosavedTextOptions {
  /** Changes when the field stands for something else (another row or question). */
  key: string
  /** Reads the stored text; undefined while there is nothing to read. Re-run on every change. */
  read: () => Promise<string | undefined>
  /** Writes the text where it belongs (its own typed row, never a JSON blob). */
  write: (text: string) => Promise<void>
}

/**
 * A free-text answer that is written to its row as the person types, so a reload, a crash or an
 * update loses nothing. The stored text is followed (another tab typing in the same answer) while
 * this tab has nothing unsaved of its own; what is typed here always wins over what arrives.
 */
export function useAutosavedText({ key, read, write }: AutosavedTextOptions) {
  const [text, setText] = useState('')
  const [ready, setReady] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const readRef = useRef(read)
  const writeRef = useRef(write)
  useEffect(() => {
    readRef.current = read
    writeRef.current = write
  })

  // A new key is a new field: callers remount with `key` so nothing of the last one lingers.
  useEffect(() => {
    const subscription = liveQuery(() => readRef.current()).subscribe({
      next: (stored) => {
        if (pending.current !== null) return
        if (stored !== undefined) setText(stored)
        setReady(true)
      },
      error: () => setReady(true),
    })
    return () => subscription.unsubscribe()
  }, [key])

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const next = pending.current
    if (next === null) return
    try {
      await writeRef.current(next)
      // Only forget it once written: a failed write is tried again with the next change.
      if (pending.current === next) pending.current = null
      setProblem(null)
    } catch (error) {
      setProblem(describeError(error, 'this was not saved yet'))
    }
  }, [])

  useEffect(() => {
    const untrack = trackPendingWrite(flush)
    return () => {
      untrack()
      void flush()
    }
  }, [flush, key])

  const change = useCallback(
    (next: string) => {
      pending.current = next
      setText(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  return { text, change, flush, ready, problem }
}
