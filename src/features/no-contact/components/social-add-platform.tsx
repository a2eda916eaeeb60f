import { useId, useState, type FormEvent } from 'react'
import { describeError } from '@/lib/errors'
import { addPlatform } from '../data/social-checklist'

export const SUGGESTED_PLATFORMS = [
  'Instagram',
  'Facebook',
  'TikTok',
  'X',
  'Snapchat',
  'WhatsApp',
  'LinkedIn',
] as const

/** One tap for the usual apps, a field for any other. */
export function SocialAddPlatform({ existing }: { existing: readonly string[] }) {
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const nameId = useId()
  const problemId = useId()
  const listed = new Set(existing.map((platform) => platform.trim().toLocaleLowerCase()))
  const suggestions = SUGGESTED_PLATFORMS.filter(
    (platform) => !listed.has(platform.toLocaleLowerCase()),
  )

  async function add(platform: string) {
    setProblem(null)
    try {
      await addPlatform(platform)
      return true
    } catch (error) {
      setProblem(describeError(error))
      return false
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await add(name)) setName('')
  }

  return (
    <section className="card" aria-labelledby="add-platform-heading">
      <h2 id="add-platform-heading">Which apps do you use?</h2>
      {suggestions.length > 0 && (
        <ul className="quick-add" aria-label="Add with one tap">
          {suggestions.map((platform) => (
            <li key={platform}>
              <button type="button" className="button" onClick={() => void add(platform)}>
                <span aria-hidden="true">+</span> {platform}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor={nameId} className="field-label">
          Another app or site
        </label>
        <div className="inline-field">
          <input
            id={nameId}
            type="text"
            dir="auto"
            value={name}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setProblem(null)
              setName(event.target.value)
            }}
          />
          <button type="submit" className="button button--primary">
            Add
          </button>
        </div>
        {problem && (
          <p id={problemId} className="form-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  )
}
