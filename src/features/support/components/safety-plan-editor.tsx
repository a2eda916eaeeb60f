import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { SafetyPlan } from '@/db/types'
import { describeStorageError } from '@/lib/errors'
import { saveSafetyPlanPart } from '../data/safety-plans'
import { addExample, SAFETY_PLAN_PARTS, type SafetyPlanPart } from '../logic/safety-plan'
import { SupportInputError } from '../logic/trusted-person'

/** Short enough that a crash or a lock loses at most a word or two. */
const SAVE_DELAY_MS = 400

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'problem'; message: string }

/** The six parts, each saved as it is typed: there is no Save button to forget. */
export function SafetyPlanEditor({ plan }: { plan: SafetyPlan | null }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  return (
    <>
      {SAFETY_PLAN_PARTS.map((part, index) => (
        <PlanPartField
          key={part.key}
          number={index + 1}
          part={part}
          initial={plan?.[part.key] ?? ''}
          onStatus={setStatus}
        />
      ))}
      <p className="form-status" role="status">
        {status.kind === 'saved' ? 'Saved on this phone.' : ''}
      </p>
      {status.kind === 'problem' && (
        <p className="form-problem" role="alert">
          {status.message}
        </p>
      )}
    </>
  )
}

interface PlanPartFieldProps {
  number: number
  part: (typeof SAFETY_PLAN_PARTS)[number]
  initial: string
  onStatus: (status: Status) => void
}

function PlanPartField({ number, part, initial, onStatus }: PlanPartFieldProps) {
  const id = useId()
  const [text, setText] = useState(initial)
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const statusRef = useRef(onStatus)
  useEffect(() => {
    statusRef.current = onStatus
  })

  const flush = useCallback(async (key: SafetyPlanPart) => {
    clearTimeout(timer.current)
    const value = pending.current
    if (value === null) return
    pending.current = null
    try {
      await saveSafetyPlanPart(key, value)
      statusRef.current({ kind: 'saved' })
    } catch (error) {
      // Keep it pending, so the next change (or leaving) tries again; the words stay on screen.
      pending.current ??= value
      const message =
        error instanceof SupportInputError
          ? error.message
          : `${describeStorageError(error, 'your plan is not saved on this phone yet')} Copy your text somewhere safe.`
      statusRef.current({ kind: 'problem', message })
    }
  }, [])

  // Leaving the screen (or locking, which unmounts it) writes what is waiting.
  useEffect(() => {
    const key = part.key
    const onHide = () => void flush(key)
    window.addEventListener('pagehide', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      void flush(key)
    }
  }, [part.key, flush])

  function change(next: string) {
    setText(next)
    pending.current = next
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(part.key), SAVE_DELAY_MS)
  }

  return (
    <section className="card plan-part" aria-labelledby={`${id}-label`}>
      <p className="eyebrow">Part {number} of 6</p>
      <label id={`${id}-label`} className="field-label plan-part__title" htmlFor={`${id}-text`}>
        {part.title}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {part.question}
      </p>
      <textarea
        id={`${id}-text`}
        dir="auto"
        rows={3}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush(part.key)}
      />
      <div className="example-chips" role="group" aria-label={`Examples for ${part.title}`}>
        {part.examples.map((example) => (
          <button
            key={example}
            type="button"
            className="button button--quiet example-chip"
            onClick={() => change(addExample(text, example))}
          >
            + {example}
          </button>
        ))}
      </div>
    </section>
  )
}
