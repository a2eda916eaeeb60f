import { INSECURE_CONTEXT_WHY } from './secure-context'

/**
 * The one kind of error whose message is written for the person: a validation problem or a refusal
 * ("That isn’t your current passcode."). Throw it from data functions; forms show it as it is.
 * `field` names the field it is about, when it is about one, so a form can put it there.
 */
export class UserError extends Error {
  override name = 'UserError'
  readonly field: string | undefined
  constructor(message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.field = options.field
  }
}

/** Throws a UserError with the first problem found, if any. */
export function assertNoProblem(...problems: (string | null | undefined)[]): void {
  const problem = problems.find((found) => found)
  if (problem) throw new UserError(problem)
}

/**
 * Any error in words for the person: a UserError's own message, otherwise what a storage failure
 * means and what to do (see describeStorageError; `outcome` says what did not happen).
 */
export function describeError(error: unknown, outcome?: string): string {
  if (error instanceof UserError) return error.message
  return describeStorageError(error, outcome)
}

/**
 * Turns a storage failure into words a person can act on. Never blames them. `outcome` says what
 * did not happen ("the backup was not made"); by default, that what they wrote was not saved.
 */
export function describeStorageError(error: unknown, outcome = 'this was not saved'): string {
  const names = errorNames(error)
  if (names.includes('InsecureContextError')) {
    return `That can’t work on this page, so ${outcome}. ${INSECURE_CONTEXT_WHY}`
  }
  if (names.includes('LockedError')) {
    return `Steady is locked, so ${outcome}. Unlock it with your passcode, then try again.`
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
