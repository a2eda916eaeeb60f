import { useId, useState, type FormEvent } from 'react'
import type { Introspection } from '@/db/types'
import { describeError } from '@/lib/errors'
import { changeValues } from '../data/introspections'
import { toggleValue, validateOwnValue, VALUE_CHOICES } from '../logic/questions'

/** About thirty values to pick from (up to five), and the person's own. */
export function ValuesStep({ run }: { run: Introspection }) {
  const id = useId()
  const [own, setOwn] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const presets: readonly string[] = VALUE_CHOICES
  const ownValues = run.values.filter(
    (value) => !presets.some((preset) => preset.toLocaleLowerCase() === value.toLocaleLowerCase()),
  )

  async function save(update: Parameters<typeof changeValues>[1]) {
    setProblem(null)
    try {
      await changeValues(run.id, update)
      return true
    } catch (error) {
      setProblem(describeError(error, 'that was not saved'))
      return false
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault()
    const typed = own
    const saved = await save((values) => {
      const problem = validateOwnValue(typed, values)
      return { values: problem ? [...values] : [...values, typed.trim()], problem }
    })
    if (saved) setOwn('')
  }

  return (
    <>
      <p className="field-hint" aria-live="polite">
        {run.values.length} of 5 chosen
      </p>
      <fieldset className="chip-group">
        <legend className="visually-hidden">Values</legend>
        {[...presets, ...ownValues].map((value) => (
          <label key={value} className="chip">
            <input
              type="checkbox"
              checked={run.values.some((v) => v.toLocaleLowerCase() === value.toLocaleLowerCase())}
              onChange={() => void save((values) => toggleValue(values, value))}
            />
            <span dir="auto">{value}</span>
          </label>
        ))}
      </fieldset>
      <form onSubmit={add} noValidate className="field">
        <label className="field-label" htmlFor={`${id}-own`}>
          Add your own
        </label>
        <div className="inline-field">
          <input
            id={`${id}-own`}
            type="text"
            dir="auto"
            value={own}
            onChange={(event) => setOwn(event.target.value)}
          />
          <button type="submit" className="button">
            Add
          </button>
        </div>
      </form>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
