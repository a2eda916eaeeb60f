import Dexie, { liveQuery } from 'dexie'
import { useSyncExternalStore } from 'react'
import { db } from '@/db/db'
import { getDataKey, subscribeToDataKey } from '@/db/vault'
import { saveEndingDraft, type EndsDraft } from '@/db/drafts'
import type { AppSettings } from '@/db/types'
import { isSealed } from '@/lib/sealed-mark'

export const DEFAULT_SETTINGS: AppSettings = {
  id: 'app',
  onboardedAt: null,
  userName: '',
  exName: '',
  pronouns: 'they',
  customPronouns: { subject: '', object: '', possessive: '' },
  theme: 'system',
  persistence: 'unknown',
  persistenceAskedAt: null,
  lastBackupAt: null,
  backupReminderDismissedAt: null,
  lock: null,
  wellbeingReminder: true,
  wellbeingReminderDismissedAt: null,
}

/** The settings row with defaults for anything not yet chosen. */
export async function readSettings(): Promise<AppSettings> {
  const row = await db.settings.get('app')
  return { ...DEFAULT_SETTINGS, ...row }
}

/*
 * One live read of the settings row for the whole app. The theme, the lock, the welcome guard,
 * Today and its cards all need it at start-up: each used to read it with its own live query, one
 * after another as they mounted. Now main.tsx starts this one read beside the database opening,
 * and every reader shares its value; Dexie's live query brings changes from this tab and others.
 * It stops once no reader is left (tests unmount everything between them), and starts again with a
 * fresh read for the next.
 */
interface SettingsState {
  /** undefined until the first read; null while there is no row (no choice stored yet). */
  row: AppSettings | null | undefined
  settings: AppSettings | undefined
  failure: unknown
  /** Read while locked: the names are sealed (encrypted) until read again with the key. */
  sealed: boolean
}

const NOT_READ: SettingsState = {
  row: undefined,
  settings: undefined,
  failure: undefined,
  sealed: false,
}
let state: SettingsState = NOT_READ
let subscription: { unsubscribe(): void } | null = null
let stopWatchingKey: (() => void) | null = null
let firstRead: Promise<AppSettings> | null = null
let resolveFirstRead: ((settings: AppSettings) => void) | null = null
/** Set by main.tsx's start: keeps the read alive until the first screen subscribes to it. */
let heldForBoot = false
const readers = new Set<() => void>()

function publish(next: SettingsState) {
  state = next
  for (const reader of readers) reader()
}

function publishRow(row: AppSettings | null) {
  const settings = { ...DEFAULT_SETTINGS, ...row }
  const sealed = row !== null && Object.values(row).some(isSealed)
  publish({ row, settings, failure: undefined, sealed })
  resolveFirstRead?.(settings)
  resolveFirstRead = null
}

/**
 * The value as readers see it. A row read while locked has its names sealed: once unlocked it is
 * not shown until read again with the key (a moment later: the key's arrival starts that read).
 */
function snapshot(): SettingsState {
  return state.sealed && getDataKey() !== null ? NOT_READ : state
}

function start() {
  if (subscription) return
  firstRead ??= new Promise((resolve) => (resolveFirstRead = resolve))
  // Unlocking (or locking) changes what the row reads as: read it again with the key.
  stopWatchingKey ??= subscribeToDataKey(() => {
    subscription?.unsubscribe()
    subscription = null
    start()
    publish(state)
  })
  subscription = liveQuery(() => db.settings.get('app')).subscribe({
    next: (row) => publishRow(row ?? null),
    // Shown by the nearest error boundary, as useLiveQuery would; the next reader tries again.
    error: (failure: unknown) => {
      subscription = null
      firstRead = null
      resolveFirstRead = null
      const error = failure ?? new Error('The settings could not be read')
      publish({ ...state, failure: error, sealed: false })
    },
  })
}

function stopWhenUnread() {
  // After the current commit: StrictMode (and a remount) unsubscribes and subscribes again at once.
  void Promise.resolve().then(() => {
    if (readers.size > 0 || heldForBoot) return
    subscription?.unsubscribe()
    subscription = null
    stopWatchingKey?.()
    stopWatchingKey = null
    firstRead = null
    resolveFirstRead = null
    state = NOT_READ
  })
}

function subscribe(reader: () => void) {
  readers.add(reader)
  heldForBoot = false
  if (state.failure !== undefined && !subscription) state = NOT_READ
  start()
  return () => {
    readers.delete(reader)
    if (readers.size === 0) stopWhenUnread()
  }
}

/**
 * Starts the app's one settings read (main.tsx calls it at boot, beside the database opening) and
 * resolves with its first value. Screens that mount later share it instead of reading again.
 */
export function startSettings(): Promise<AppSettings> {
  heldForBoot = readers.size === 0
  start()
  return firstRead ?? Promise.resolve(state.settings ?? readSettings())
}

function useSettingsState(): SettingsState {
  const current = useSyncExternalStore(subscribe, snapshot)
  if (current.failure !== undefined) throw current.failure
  return current
}

/** Live settings; undefined only while the first read is under way. */
export function useSettings(): AppSettings | undefined {
  return useSettingsState().settings
}

/**
 * The stored row as it is, without defaults: null when nothing has been chosen yet (or everything
 * was just deleted), undefined while the first read is under way.
 */
export function useSettingsRow(): AppSettings | null | undefined {
  return useSettingsState().row
}

/** Changes some settings, creating the row on first use. */
export async function updateSettings(
  changes: Partial<Omit<AppSettings, 'id'>>,
  options: EndsDraft = {},
): Promise<void> {
  const ownTransaction = !Dexie.currentTransaction
  const written = await saveEndingDraft([db.settings], options.draftId, async () => {
    const current = await readSettings()
    const next: AppSettings = { ...current, ...changes, id: 'app' }
    await db.settings.put(next)
    return next
  })
  // Committed: readers see it now, not a moment later when the live read comes back, so a screen
  // that opens right after the write (Today after the welcome) never sees the row as it was.
  if (ownTransaction && subscription) publishRow(written)
}
