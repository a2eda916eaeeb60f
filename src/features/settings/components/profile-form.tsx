import { useState, type ReactNode } from 'react'
import { ChoiceGroup } from '@/components/form/choice-group'
import { DraftWarning } from '@/components/form/draft-warning'
import { TextField } from '@/components/form/field'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import type { PronounChoice } from '@/db/types'
import { useDraft } from '@/hooks/use-draft'
import { UserError } from '@/lib/errors'
import {
  normaliseProfile,
  validateProfile,
  type ProfileInput,
  type ProfileProblems,
} from '../logic/validate-profile'

/** The names and pronouns kept as a draft while typed (the welcome and Settings › Profile). */
export const PROFILE_DRAFT_ID = 'profile'

interface ProfileFormProps {
  /** The stored settings; only the names and pronouns are read. */
  initial: ProfileInput
  submitLabel: string
  /** Saves the names; must end the draft `draftId` in the same transaction. */
  onSubmit: (profile: ProfileInput, draftId: string) => Promise<void>
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

/**
 * Names and pronouns. Everything is optional and can be changed at any time; what is typed is kept
 * as a draft until it is saved.
 */
export function ProfileForm({
  initial,
  submitLabel,
  onSubmit,
  savedMessage,
  extraActions,
}: ProfileFormProps) {
  const { userName, exName, pronouns, customPronouns } = initial
  const draft = useDraft(PROFILE_DRAFT_ID, 'profile', {
    userName,
    exName,
    pronouns,
    customPronouns,
  })
  const profile = draft.value
  const [problems, setProblems] = useState<ProfileProblems>({})
  const [status, setStatus] = useState('')
  const {
    onSubmit: submit,
    pending,
    problem,
    attachProblem,
  } = useFormAction(async () => {
    const found = validateProfile(profile)
    setProblems(found)
    // Said by each field, and once above the actions, where focus goes.
    const first = Object.values(found)[0]
    if (first) throw new UserError(first)
    await draft.save((draftId) => onSubmit(normaliseProfile(profile), draftId))
    if (savedMessage) setStatus(savedMessage)
  })

  function change(changes: Partial<ProfileInput>) {
    draft.update(changes)
    setStatus('')
  }

  return (
    <form className="profile-form" onSubmit={submit} noValidate aria-busy={!draft.ready}>
      <DraftWarning failure={draft.failure} text={`${profile.userName}\n${profile.exName}`} />
      <TextField
        label="What should Steady call you?"
        hint="Optional. Your first name or a nickname."
        value={profile.userName}
        error={problems.userName}
        autoComplete="given-name"
        onChange={(value) => change({ userName: value })}
      />
      <TextField
        label="Your ex’s name or a nickname"
        hint="Optional. Steady says “your ex” if you leave this empty."
        value={profile.exName}
        error={problems.exName}
        autoComplete="off"
        onChange={(value) => change({ exName: value })}
      />
      <ChoiceGroup
        legend="Your ex’s pronouns"
        choices={PRONOUN_OPTIONS}
        value={profile.pronouns}
        onChange={(value) => change({ pronouns: value })}
      />
      {profile.pronouns === 'custom' && (
        <CustomPronouns
          value={profile.customPronouns}
          problem={problems.customPronouns}
          onChange={(set) => change({ customPronouns: set })}
        />
      )}
      <FormProblem problem={problem} ref={attachProblem} />
      <div className="button-row form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
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

type PronounSet = ProfileInput['customPronouns']

function CustomPronouns({
  value,
  problem,
  onChange,
}: {
  value: PronounSet
  problem: string | undefined
  onChange: (value: PronounSet) => void
}) {
  return (
    <fieldset className="custom-pronouns" aria-invalid={problem ? true : undefined}>
      <legend>Their pronouns</legend>
      <TextField
        label="As in “___ called”"
        value={value.subject}
        onChange={(subject) => onChange({ ...value, subject })}
      />
      <TextField
        label="As in “I called ___”"
        value={value.object}
        onChange={(object) => onChange({ ...value, object })}
      />
      <TextField
        label="As in “___ phone”"
        value={value.possessive}
        onChange={(possessive) => onChange({ ...value, possessive })}
      />
      {problem && <p className="field-problem">{problem}</p>}
    </fieldset>
  )
}
