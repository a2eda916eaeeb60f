import { useId } from 'react'
import {
  COUNTRIES,
  INTERNATIONAL_DIRECTORY,
  type Country,
  type CountryCode,
} from '../logic/helplines'
import { smsHref, telHref } from '../logic/phone'

const KIND_LABEL = { talk: 'Call', text: 'Text', emergency: 'Call' } as const

interface TalkLinesProps {
  country: Country | null
  /** Whether the country was guessed from the phone's languages rather than chosen. */
  guessed: boolean
  onChoose: (code: CountryCode | null) => void
}

/** Lines with a person to talk to, for where the person is, before any emergency number. */
export function TalkLines({ country, guessed, onChoose }: TalkLinesProps) {
  const id = useId()
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Talk to someone now</h2>
      <p>
        Free, confidential lines with a trained person who listens. You don’t have to be in danger
        to call: feeling overwhelmed is reason enough.
      </p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-country`}>
          Where are you?
        </label>
        <select
          id={`${id}-country`}
          value={country?.code ?? ''}
          onChange={(event) => onChoose((event.target.value || null) as CountryCode | null)}
        >
          {COUNTRIES.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
          <option value="">Somewhere else</option>
        </select>
        {country && guessed && (
          <p className="field-hint">Guessed from your phone’s language. Change it if it’s wrong.</p>
        )}
      </div>
      {country ? (
        <ul className="helpline-list">
          {country.lines.map((line) => {
            const href = line.kind === 'text' ? smsHref(line.dial) : telHref(line.dial)
            return (
              <li key={`${line.kind}-${line.dial}`} className="helpline">
                <p className="helpline__name">{line.name}</p>
                <p className="helpline__about">{line.about}</p>
                {href && (
                  <a className="button button--wide" href={href}>
                    {KIND_LABEL[line.kind]} {line.display}
                  </a>
                )}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>
          {INTERNATIONAL_DIRECTORY.about} Its address:{' '}
          <strong>{INTERNATIONAL_DIRECTORY.address}</strong>
        </p>
      )}
      <p className="field-hint">
        Numbers checked{' '}
        {formatChecked(country?.lines[0]?.verifiedOn ?? INTERNATIONAL_DIRECTORY.verifiedOn)}.
      </p>
    </section>
  )
}

function formatChecked(day: string): string {
  const [year, month] = day.split('-').map(Number)
  if (!year || !month) return day
  return new Date(year, month - 1, 1).toLocaleDateString(undefined, {
    month: 'long',
    year: 'numeric',
  })
}
