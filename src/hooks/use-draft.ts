import { liveQuery } from 'dexie'
import { useCallback, useEffect, useRef, useState } from 'react'
import { db } from '@/db/db'
import type { Draft, Mood } from '@/db/types'
import { trackPendingWrite } from '@/lib/pending-writes'
import { TAB_ID } from '@/lib/tab-id'

export interface DraftValue {
  mood: Mood | null
  text: string
  prompt?: string | undefined
}

/** How long typing may pause before the draft is written. Short enough that a crash loses little. */
const SAVE_DELAY_MS = 300

function sameValue(a: DraftValue, b: DraftValue): boolean {
  return a.mood === b.mood && a.text === b.text && (a.prompt ?? '') === (b.prompt ?? '')
}

function fromRow(row: Draft): DraftValue {
  return { mood: row.mood, text: row.text, prompt: row.prompt }
}

/**
 * Editor content that is written to the database as the person types, so that a reload, a crash of
 * the tab or an app update loses nothing. Another tab editing the same draft is followed while this
 * tab has nothing unsaved of its own.
 */
export function useDraft(key: string, initial: DraftValue) {
  const [value, setValue] = useState<DraftValue>(initial)
  const [ready, setReady] = useState(false)
  const [restored, setRestored] = useState(false)
  const initialRef = useRef(initial)
  const pending = useRef<DraftValue | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The updatedAt of the stored row this tab is in step with: undefined before the first read.
  const inStep = useRef<string | null | undefined>(undefined)

  useEffect(() => {
    inStep.current = undefined
    const subscription = liveQuery(() => db.drafts.get(key)).subscribe({
      next: (row) => {
        if (inStep.current === undefined) {
          inStep.current = row?.updatedAt ?? null
          if (row) {
            setValue(fromRow(row))
            setRestored(!sameValue(fromRow(row), initialRef.current))
          }
          setReady(true)
          return
        }
        if (pending.current) return
        if (row && row.writer !== TAB_ID && row.updatedAt !== inStep.current) {
          inStep.current = row.updatedAt
          setValue(fromRow(row))
        } else if (!row && inStep.current !== null) {
          // Saved or discarded (here or in another tab): start again from the original content.
          inStep.current = null
          setValue(initialRef.current)
        }
      },
      // Storage unreadable: the editor still works; the DatabaseGate explains bigger failures.
      error: () => setReady(true),
    })
    return () => subscription.unsubscribe()
  }, [key])

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const next = pending.current
    if (!next) return
    pending.current = null
    if (sameValue(next, initialRef.current)) {
      inStep.current = null
      await db.drafts.delete(key)
      return
    }
    const updatedAt = new Date().toISOString()
    inStep.current = updatedAt
    await db.drafts.put({ id: key, ...next, updatedAt, writer: TAB_ID })
  }, [key])

  useEffect(() => {
    const untrack = trackPendingWrite(flush)
    return () => {
      untrack()
      void flush()
    }
  }, [flush])

  const update = useCallback(
    (changes: Partial<DraftValue>) => {
      setValue((current) => {
        const next = { ...current, ...changes }
        pending.current = next
        return next
      })
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  /** Forgets the draft (after a save, or when the person discards their changes). */
  const discard = useCallback(async () => {
    clearTimeout(timer.current)
    pending.current = null
    inStep.current = null
    setValue(initialRef.current)
    setRestored(false)
    await db.drafts.delete(key)
  }, [key])

  return { value, update, flush, discard, ready, restored }
}

export type DraftState = ReturnType<typeof useDraft>
