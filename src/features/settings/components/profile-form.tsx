import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { PronounChoice } from '@/db/types'
import { describeStorageError } from '@/lib/errors'
import {
  normaliseProfile,
  validateProfile,
  type ProfileInput,
  type ProfileProblems,
} from '../logic/validate-profile'

interface ProfileFormProps {
  initial: ProfileInput
  submitLabel: string
  onSubmit: (profile: ProfileInput) => Promise<void>
  /** Shown after a save, for screen readers and sighted people alike. */
  savedMessage?: string
  extraActions?: ReactNode
}

const PRONOUN_OPTIONS: { value: PronounChoice; label: string }[] = [
  { value: 'they', label: 'they / them' },
  { value: 'she', label: 'she / her' },
  { value: 'he', label: 'he / him' },
  { value: 'custom', label: 'Other' },
]

/** Names and pronouns. Everything is optional and can be changed at any time. */
export function ProfileForm({
  initial,
  submitLabel,
  onSubmit,
  savedMessage,
  extraActions,
}: ProfileFormProps) {
  const [profile, setProfile] = useState(initial)
  const [problems, setProblems] = useState<ProfileProblems>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [saving, setSaving] = useState(false)
  const id = useId()

  function change(changes: Partial<ProfileInput>) {
    setProfile((current) => ({ ...current, ...changes }))
    setStatus('')
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const found = validateProfile(profile)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    setSaving(true)
    setFailure(null)
    try {
      await onSubmit(normaliseProfile(profile))
      if (savedMessage) setStatus(savedMessage)
    } catch (error) {
      setFailure(describeStorageError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="profile-form" onSubmit={handleSubmit} noValidate>
      <TextField
        id={`${id}-user`}
        label="What should Steady call you?"
        hint="Optional. Your first name or a nickname."
        value={profile.userName}
        problem={problems.userName}
        autoComplete="given-name"
        onChange={(userName) => change({ userName })}
      />
      <TextField
        id={`${id}-ex`}
        label="Your ex’s name or a nickname"
        hint="Optional. Steady says “your ex” if you leave this empty."
        value={profile.exName}
        problem={problems.exName}
        autoComplete="off"
        onChange={(exName) => change({ exName })}
      />
      <fieldset className="choice-group">
        <legend>Your ex’s pronouns</legend>
        {PRONOUN_OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${id}-pronouns`}
              value={option.value}
              checked={profile.pronouns === option.value}
              onChange={() => change({ pronouns: option.value })}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      {profile.pronouns === 'custom' && (
        <fieldset
          className="custom-pronouns"
          aria-describedby={problems.customPronouns ? `${id}-pp` : undefined}
        >
          <legend>Their pronouns</legend>
          <TextField
            id={`${id}-subject`}
            label="As in “___ called”"
            value={profile.customPronouns.subject}
            onChange={(subject) =>
              change({ customPronouns: { ...profile.customPronouns, subject } })
            }
          />
          <TextField
            id={`${id}-object`}
            label="As in “I called ___”"
            value={profile.customPronouns.object}
            onChange={(object) => change({ customPronouns: { ...profile.customPronouns, object } })}
          />
          <TextField
            id={`${id}-possessive`}
            label="As in “___ phone”"
            value={profile.customPronouns.possessive}
            onChange={(possessive) =>
              change({ customPronouns: { ...profile.customPronouns, possessive } })
            }
          />
          {problems.customPronouns && (
            <p id={`${id}-pp`} className="form-problem" role="alert">
              {problems.customPronouns}
            </p>
          )}
        </fieldset>
      )}
      {failure && (
        <p className="form-problem" role="alert">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {extraActions}
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  )
}

interface TextFieldProps {
  id: string
  label: string
  hint?: string
  value: string
  problem?: string | undefined
  autoComplete?: string
  onChange: (value: string) => void
}

function TextField({ id, label, hint, value, problem, autoComplete, onChange }: TextFieldProps) {
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        dir="auto"
        value={value}
        autoComplete={autoComplete}
        aria-describedby={described || undefined}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
