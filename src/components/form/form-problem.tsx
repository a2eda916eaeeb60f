import type { Ref } from 'react'

interface FormProblemProps {
  /** What went wrong, in the person's words; nothing is shown while null. */
  problem: string | null
  /** Set by useFormAction, which moves focus here when a submit fails. */
  ref?: Ref<HTMLDivElement>
  id?: string
}

/**
 * A form's problem, said at once (role="alert") just above its actions, where the eye already is.
 * It takes focus after a failed submit, so a screen reader and a keyboard land on the explanation.
 */
export function FormProblem({ problem, ref, id }: FormProblemProps) {
  if (!problem) return null
  return (
    <div ref={ref} id={id} className="form-problem" role="alert" tabIndex={-1}>
      <span className="form-problem__mark" aria-hidden="true" />
      <p>{problem}</p>
    </div>
  )
}
