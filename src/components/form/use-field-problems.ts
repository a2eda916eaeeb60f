import { useCallback, useEffect, useRef, useState } from 'react'

type Problems<Name extends string> = Partial<Record<Name, string>>

/**
 * Problems that belong to single fields (an empty name, an end before the start), shown on those
 * fields: give each field its `problems[name]` as `error`, and the form `ref={attachForm}`.
 * `showProblems` returns whether there are any; when there are, the first field to fix (in the
 * form's order) takes focus, so its message is read with it and the keyboard is right there.
 * Destructure the result: the lint treats an object holding `attachForm` (given to a `ref`) as a ref.
 */
export function useFieldProblems<Name extends string>() {
  const [problems, setProblems] = useState<Problems<Name>>({})
  const [focusRequest, setFocusRequest] = useState(0)
  const form = useRef<HTMLFormElement | null>(null)

  useEffect(() => {
    // After the render that marked the fields invalid.
    if (focusRequest === 0) return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusRequest])

  const showProblems = useCallback((found: Problems<Name> | null | undefined): boolean => {
    const next = found ?? {}
    setProblems(next)
    const any = Object.values(next).some(Boolean)
    if (any) setFocusRequest((count) => count + 1)
    return any
  }, [])

  return {
    problems,
    showProblems,
    /** Forgets the problems, e.g. when the form starts over. */
    clearProblems: useCallback(() => setProblems({}), []),
    attachForm: useCallback((node: HTMLFormElement | null) => {
      form.current = node
    }, []),
  }
}
