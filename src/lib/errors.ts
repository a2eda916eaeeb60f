import { INSECURE_CONTEXT_WHY } from './secure-context'

/**
 * Turns a storage failure into words a person can act on. Never blames them. `outcome` says what
 * did not happen ("the backup was not made"); by default, that what they wrote was not saved.
 */
export function describeStorageError(error: unknown, outcome = 'this was not saved'): string {
  const names = errorNames(error)
  if (names.includes('InsecureContextError')) {
    return `That can’t work on this page, so ${outcome}. ${INSECURE_CONTEXT_WHY}`
  }
  if (names.includes('QuotaExceededError') || /quota/i.test(errorMessage(error))) {
    return `Your phone is out of space for Steady, so ${outcome}. Your words are still here. Free some space (photos or other apps), then try again.`
  }
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return `Steady lost its connection to this device’s storage, so ${outcome}. Your words are still here. Reload the app, then try again.`
  }
  return `Something went wrong and ${outcome}. Your words are still here, so you can try again.`
}

/** The error's name and, for Dexie's wrappers, the names of the browser errors inside it. */
export function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    if ('name' in current) names.push(String(current.name))
    current = (current as { inner?: unknown }).inner
  }
  return names
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return typeof error === 'string' ? error : ''
}
