import { ChoiceGroup } from '@/components/form/choice-group'
import { TextField } from '@/components/form/field'
import type { NoContactMode } from '@/db/types'

interface ModeFieldsProps {
  legend: string
  mode: NoContactMode
  agreed: string
  onChange: (changes: { mode?: NoContactMode; agreedTopics?: string }) => void
}

/** No contact or limited contact, and for limited contact what is agreed. */
export function ModeFields({ legend, mode, agreed, onChange }: ModeFieldsProps) {
  return (
    <>
      <ChoiceGroup
        legend={legend}
        choices={[
          { value: 'no-contact', label: 'No contact at all' },
          { value: 'limited', label: 'Limited contact: we must stay in touch about some things' },
        ]}
        value={mode}
        onChange={(value) => onChange({ mode: value })}
      />
      {mode === 'limited' && (
        <TextField
          label="What contact is agreed?"
          hint="For example: the children’s pick-ups, work, the flat. Only contact outside this restarts the count."
          rows={2}
          value={agreed}
          onChange={(value) => onChange({ agreedTopics: value })}
        />
      )}
    </>
  )
}
