import { describeStorageError } from '@/lib/errors'

/** A validation message as written for the person, or plain words for a storage failure. */
export function explainProblem(error: unknown): string {
  if (error instanceof Error && error.name === 'NoContactInputError') return error.message
  return describeStorageError(error)
}
