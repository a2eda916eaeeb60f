import { FormProblem } from './form-problem'
import { useFormAction } from './use-form-action'

export interface ChoiceAction {
  label: string
  /** What choosing it does; a problem it throws is said above the choices, in plain words. */
  run: () => Promise<void>
}

/**
 * A few ways on from a situation the person must decide (which version to keep, what to do with
 * words whose entry is gone): the first choice is the primary one. While one runs, none can be
 * chosen again; if it fails, the problem is said and focused, and every choice stays open.
 */
export function ChoiceActions({ choices }: { choices: readonly ChoiceAction[] }) {
  const { run, pending, problem, attachProblem } = useFormAction(
    async (choice: ChoiceAction) => choice.run(),
  )
  return (
    <>
      <FormProblem problem={problem} ref={attachProblem} />
      <div className="button-row">
        {choices.map((choice, index) => (
          <button
            key={choice.label}
            type="button"
            className={index === 0 ? 'button button--primary' : 'button'}
            disabled={pending}
            onClick={() => void run(choice)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </>
  )
}
