import { liveQuery } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { db } from '@/db/db'
import type { Draft, DraftFieldsByKind, DraftKind, Instant } from '@/db/types'
import { trackPendingWrite } from '@/lib/pending-writes'
import { TAB_ID } from '@/lib/tab-id'

/** How long typing may pause before the draft is written. Short enough that a crash loses little. */
const SAVE_DELAY_MS = 300

type Fields<K extends DraftKind> = DraftFieldsByKind[K]
/** A stored draft of kind K (Extract over a generic kind does not narrow the fields' type). */
type StoredDraft<K extends DraftKind> = Omit<Draft, 'kind' | 'fields'> & {
  kind: K
  fields: Fields<K>
}

export function sameFields(a: object, b: object): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if ((a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false
  }
  return true
}

export interface DraftOptions {
  /**
   * The `updatedAt` of the saved record being edited, or null for something new. Kept with the
   * draft, so a save can check the record is still the version the editing started from.
   */
  baseUpdatedAt?: Instant | null
}

interface Shown<K extends DraftKind> {
  /** The draft's fields, or null when there is no draft and the form shows `saved`. */
  fields: Fields<K> | null
  /** The version of the saved record those fields started from. */
  base: Instant | null
}

/**
 * A form's fields, written to the database as the person types (`kind` says which form), so that a
 * reload, an auto-lock, a crash or an app update loses nothing. Without a draft the form shows
 * `saved`, the record as it is stored now: when a draft disappears because the record was saved
 * (here or in another tab) the form shows what was saved, not what it first opened with. Another
 * tab's typing is followed while this tab has nothing unsaved of its own. A draft that cannot be
 * written sets `failure` (and is tried again with the next change) instead of rejecting.
 *
 * The draft is removed by the save itself, in the same transaction: `save(write)` and
 * saveEndingDraft (src/db/drafts.ts).
 */
export function useDraft<K extends DraftKind>(
  key: string,
  kind: K,
  saved: Fields<K>,
  options: DraftOptions = {},
) {
  const [shown, setShown] = useState<Shown<K>>({ fields: null, base: null })
  const [ready, setReady] = useState(false)
  const [restored, setRestored] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const optionBase = options.baseUpdatedAt ?? null
  const latest = useRef({ saved, optionBase })
  useLayoutEffect(() => {
    latest.current = { saved, optionBase }
  })
  // Mirrors `shown` for callbacks, which must not wait for a render.
  const current = useRef<Shown<K>>({ fields: null, base: null })
  const show = useCallback((next: Shown<K>) => {
    current.current = next
    setShown(next)
  }, [])
  const pending = useRef<Fields<K> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The updatedAt of the stored row this tab is in step with: undefined before the first read.
  const inStep = useRef<string | null | undefined>(undefined)

  useEffect(() => {
    inStep.current = undefined
    const subscription = liveQuery(() => db.drafts.get(key)).subscribe({
      next: (found) => {
        const row = found?.kind === kind ? (found as StoredDraft<K>) : undefined
        if (inStep.current === undefined) {
          inStep.current = row?.updatedAt ?? null
          if (row) {
            show({ fields: row.fields, base: row.baseUpdatedAt })
            setRestored(!sameFields(row.fields, latest.current.saved))
          }
          setReady(true)
          return
        }
        if (pending.current) return
        if (row && row.writer !== TAB_ID && row.updatedAt !== inStep.current) {
          inStep.current = row.updatedAt
          show({ fields: row.fields, base: row.baseUpdatedAt })
        } else if (!row && inStep.current !== null) {
          // Saved or discarded (here or in another tab): show the record as it is stored now.
          inStep.current = null
          show({ fields: null, base: null })
          setRestored(false)
        }
      },
      // Storage unreadable: the form still works; the DatabaseGate explains bigger failures.
      error: () => setReady(true),
    })
    return () => subscription.unsubscribe()
  }, [key, kind, show])

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const next = pending.current
    if (!next) return
    try {
      if (sameFields(next, latest.current.saved)) {
        await db.drafts.delete(key)
        inStep.current = null
        // Back to the saved record: follow it from now on, as if nothing had been typed.
        if (pending.current === next) show({ fields: null, base: null })
      } else {
        const updatedAt = new Date().toISOString()
        const row = {
          id: key,
          kind,
          fields: next,
          baseUpdatedAt: current.current.base,
          updatedAt,
          writer: TAB_ID,
        }
        await db.drafts.put(row as Draft)
        inStep.current = updatedAt
      }
      // Only now: a change typed while this write was under way stays pending.
      if (pending.current === next) pending.current = null
      setFailure(null)
    } catch (error) {
      // Kept pending: the next change (or flush) tries again. The form says it is not saved yet.
      setFailure(error)
    }
  }, [key, kind, show])

  useEffect(() => {
    const untrack = trackPendingWrite(flush)
    return () => {
      untrack()
      void flush()
    }
  }, [flush])

  const update = useCallback(
    (changes: Partial<Fields<K>>) => {
      const { fields, base } = current.current
      // Changes that start from the saved record start from its version as it is now.
      const next = { ...(fields ?? latest.current.saved), ...changes }
      pending.current = next
      show({ fields: next, base: fields ? base : latest.current.optionBase })
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush, show],
  )

  /**
   * Saves the form: `write` is given the draft's key and must end the draft in its own
   * transaction (saveEndingDraft in src/db/drafts.ts). A draft write still waiting is cancelled
   * first, so it cannot bring the draft back after the save removed it; if the save fails, it is
   * written after all, so a reload still finds every word.
   */
  const save = useCallback(
    async <T>(write: (draftId: string) => Promise<T>): Promise<T> => {
      clearTimeout(timer.current)
      const unsaved = pending.current
      pending.current = null
      const keepUnsaved = () => {
        if (unsaved && pending.current === null) {
          pending.current = unsaved
          void flush()
        }
      }
      try {
        const result = await write(key)
        if (await db.drafts.get(key)) {
          // Not saved after all (a conflict to resolve first): the draft stays, with every word.
          keepUnsaved()
        } else if (pending.current === null) {
          // Saved, and the draft with it: show the record as it is stored now.
          inStep.current = null
          show({ fields: null, base: null })
          setRestored(false)
        }
        return result
      } catch (error) {
        keepUnsaved()
        throw error
      }
    },
    [flush, key, show],
  )

  /** Forgets the draft (when the person discards their changes). */
  const discard = useCallback(async () => {
    clearTimeout(timer.current)
    pending.current = null
    inStep.current = null
    show({ fields: null, base: null })
    setRestored(false)
    try {
      await db.drafts.delete(key)
      setFailure(null)
    } catch (error) {
      setFailure(error)
    }
  }, [key, show])

  return {
    value: shown.fields ?? saved,
    update,
    flush,
    save,
    discard,
    ready,
    restored,
    /** Whether the form holds changes that differ from what is saved. */
    changed: shown.fields !== null && !sameFields(shown.fields, saved),
    /** The version of the saved record these changes started from (null for something new). */
    baseUpdatedAt: shown.fields ? shown.base : optionBase,
    /** Why the draft could not be written, while it cannot; null once it is safe again. */
    failure,
  }
}

export type DraftState<K extends DraftKind> = ReturnType<typeof useDraft<K>>

/**
 * The stored draft `key` of kind `kind`, followed live: `null` when there is none, undefined while
 * loading. For a screen whose record was deleted while it was being edited: the unsaved words
 * are still there to offer.
 */
export function useStoredDraft<K extends DraftKind>(key: string, kind: K) {
  return useLiveQuery(async () => {
    const found = await db.drafts.get(key)
    return found?.kind === kind ? (found as StoredDraft<K>) : null
  }, [key, kind])
}
