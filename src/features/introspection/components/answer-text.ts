import type { Introspection } from '@/db/types'
import { REASON_LABELS, type IntrospectionStep } from '../logic/questions'

/** One answer as words, for summaries and comparisons; "Skipped" when there is none. */
export function answerText(run: Introspection, step: IntrospectionStep): string {
  switch (step.kind) {
    case 'reasons': {
      const words = run.reasons.map((reason) => REASON_LABELS[reason])
      if (run.ownReason.trim()) words.push(run.ownReason)
      return words.length ? words.join('\n') : 'Skipped'
    }
    case 'values':
      return run.values.length ? run.values.join(', ') : 'Skipped'
    case 'text':
      return run[step.field].trim() ? run[step.field] : 'Skipped'
    case 'thought-text':
      return run.thought[step.field].trim() ? run.thought[step.field] : 'Skipped'
    case 'thought-rating': {
      const value = run.thought[step.field]
      return value === null ? 'Skipped' : `${value} out of 100`
    }
  }
}
