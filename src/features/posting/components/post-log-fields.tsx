import { DateTimeFields } from '@/components/form/date-time-fields'
import { TextField } from '@/components/form/field'
import { toCalendarDay } from '@/lib/dates'
import type { PostFormFields } from '../logic/post-fields'

interface PostLogFieldsProps {
  fields: PostFormFields
  onChange: (changes: Partial<PostFormFields>) => void
  errors?: Partial<Record<keyof PostFormFields | 'when', string>>
}

/** What was posted, where and when. */
export function PostLogFields({ fields, onChange, errors = {} }: PostLogFieldsProps) {
  return (
    <>
      <TextField
        label="What did you post?"
        hint="A few words are enough: “A photo from the walk by the river”."
        rows={3}
        value={fields.what}
        error={errors.what}
        onChange={(what) => onChange({ what })}
      />
      <TextField
        label="Where?"
        hint="Instagram, a story, a group chat…"
        value={fields.where}
        error={errors.where}
        onChange={(where) => onChange({ where })}
      />
      <DateTimeFields
        legend="When?"
        value={{ day: fields.day, time: fields.time }}
        maxDay={toCalendarDay(new Date())}
        error={errors.when}
        onChange={({ day, time }) => onChange({ day, time })}
      />
    </>
  )
}
