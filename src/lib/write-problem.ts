import { describeStorageError } from './errors'

/** A problem with what was typed, worded for the person; thrown by writes that validate. */
export class InputProblem extends Error {
  override name = 'InputProblem'
}

/** Words for why a write did not happen: the validation message itself, or a storage failure. */
export function describeWriteProblem(error: unknown, outcome = 'this was not saved yet'): string {
  if (error instanceof InputProblem) return error.message
  return describeStorageError(error, outcome)
}
