import { describeStorageError } from '@/lib/errors'
import { HabitInputError } from './validate'

/** A validation message as written for the person, or plain words for a storage failure. */
export function explainProblem(error: unknown): string {
  if (error instanceof HabitInputError) return error.message
  return describeStorageError(error)
}
