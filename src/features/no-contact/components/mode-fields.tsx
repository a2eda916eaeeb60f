import { useId } from 'react'
import type { NoContactMode } from '@/db/types'

interface ModeFieldsProps {
  legend: string
  mode: NoContactMode
  agreed: string
  onMode: (mode: NoContactMode) => void
  onAgreed: (agreed: string) => void
}

/** No contact or limited contact, and for limited contact what is agreed. */
export function ModeFields({ legend, mode, agreed, onMode, onAgreed }: ModeFieldsProps) {
  const id = useId()
  return (
    <>
      <fieldset className="choice-group">
        <legend>{legend}</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'no-contact'}
            onChange={() => onMode('no-contact')}
          />
          <span>No contact at all</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'limited'}
            onChange={() => onMode('limited')}
          />
          <span>Limited contact: we must stay in touch about some things</span>
        </label>
      </fieldset>
      {mode === 'limited' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-agreed`}>
            What contact is agreed?
          </label>
          <p className="field-hint" id={`${id}-agreed-hint`}>
            For example: the children’s pick-ups, work, the flat. Only contact outside this restarts
            the count.
          </p>
          <textarea
            id={`${id}-agreed`}
            dir="auto"
            rows={2}
            value={agreed}
            aria-describedby={`${id}-agreed-hint`}
            onChange={(event) => onAgreed(event.target.value)}
          />
        </div>
      )}
    </>
  )
}
