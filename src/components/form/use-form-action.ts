import { useCallback, useRef, useState, type FormEvent } from 'react'
import { describeError, UserError } from '@/lib/errors'

interface FormActionOptions {
  /** What did not happen when a storage error stops it ("the plan was not started"). */
  outcome?: string
  /**
   * Given a UserError that names its field (`new UserError(message, { field })`), so the form can
   * show it on that field too; the problem is said above the actions all the same.
   */
  onFieldProblem?: (field: string, message: string) => void
}

/**
 * One way for every form to submit: `pending` while the action runs (a second submit is ignored),
 * any error turned into words with describeError, and focus moved to the FormProblem so a screen
 * reader hears it and a keyboard is right there. The action may return `false` to stay put
 * without a problem (e.g. it showed field errors itself). Destructure the result: the lint
 * treats an object holding `attachProblem` (given to a `ref`) as a ref.
 */
export function useFormAction<Args extends unknown[]>(
  action: (...args: Args) => Promise<unknown>,
  options: FormActionOptions = {},
) {
  const [pending, setPending] = useState(false)
  const [problem, setProblemState] = useState<string | null>(null)
  const running = useRef(false)
  const problemNode = useRef<HTMLElement | null>(null)
  const { outcome, onFieldProblem } = options

  const setProblem = useCallback((next: string | null) => {
    setProblemState(next)
    // After the problem is on the screen: focus it so it is heard and seen, unless the person has
    // already moved on (typing again in a field): their keystrokes are never taken from them.
    if (!next) return
    const focused = document.activeElement
    requestAnimationFrame(() => {
      if (document.activeElement === focused) problemNode.current?.focus()
    })
  }, [])

  const run = useCallback(
    async (...args: Args): Promise<boolean> => {
      if (running.current) return false
      running.current = true
      setPending(true)
      setProblemState(null)
      try {
        const result = await action(...args)
        return result !== false
      } catch (error) {
        if (error instanceof UserError && error.field) onFieldProblem?.(error.field, error.message)
        setProblem(describeError(error, outcome))
        return false
      } finally {
        running.current = false
        setPending(false)
      }
    },
    [action, outcome, onFieldProblem, setProblem],
  )

  /** For `<form onSubmit>`: prevents the page load, then runs the action. */
  const onSubmit = useCallback(
    (event: FormEvent, ...args: Args) => {
      event.preventDefault()
      void run(...args)
    },
    [run],
  )

  return {
    run,
    onSubmit,
    pending,
    problem,
    /** Shows a problem found before running (a validation message), focusing it like any other. */
    setProblem,
    /** Clears the problem, e.g. as the person corrects what it was about. */
    clearProblem: useCallback(() => setProblemState(null), []),
    /** Give to FormProblem as its `ref`, so focus can move to it. */
    attachProblem: useCallback((node: HTMLElement | null) => {
      problemNode.current = node
    }, []),
  }
}
