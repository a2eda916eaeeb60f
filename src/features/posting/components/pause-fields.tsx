import { ChoiceGroup } from '@/components/form/choice-group'
import { TextField } from '@/components/form/field'
import {
  ANYWAY_CHOICES,
  AUDIENCE_CHOICES,
  reflectOnPause,
  type PostFormFields,
} from '../logic/post-fields'

interface PauseFieldsProps {
  fields: PostFormFields
  onChange: (changes: Partial<PostFormFields>) => void
  exName: string
  errors?: Partial<Record<keyof PostFormFields, string>>
}

/** The pause before posting: three questions, each optional, and a word back on the answers. */
export function PauseFields({ fields, onChange, exName, errors = {} }: PauseFieldsProps) {
  const word = reflectOnPause(fields, exName)
  return (
    <>
      <ChoiceGroup
        legend="Who is this post for?"
        choices={AUDIENCE_CHOICES}
        value={fields.forWhom}
        onChange={(forWhom) => onChange({ forWhom })}
      />
      <TextField
        label="How will you feel if no one reacts to it?"
        hint={`Or if ${exName} doesn’t. Optional, just for you.`}
        rows={3}
        value={fields.noReaction}
        error={errors.noReaction}
        onChange={(noReaction) => onChange({ noReaction })}
      />
      <ChoiceGroup
        legend={`Would you post this anyway, if ${exName} never saw it?`}
        choices={ANYWAY_CHOICES}
        value={fields.anyway}
        onChange={(anyway) => onChange({ anyway })}
      />
      <div role="status" className={word ? 'card card--soft' : undefined}>
        {word && <p>{word}</p>}
      </div>
    </>
  )
}
