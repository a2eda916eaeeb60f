import type { Outing, OutingKind } from '@/db/types'
import type { FieldWords } from '@/lib/field-words'
import { describeWhen, OUTING_IDEAS } from './describe'
import type { OutingInput } from './validate'

/** What the planning form holds while the person types: strings as the inputs give them. */
export interface OutingFormFields {
  kind: OutingKind | null
  title: string
  withWhom: string
  place: string
  note: string
  day: string
  /** '' for the whole day. */
  startTime: string
  /** '' for no set end. */
  endTime: string
  endsNextDay: boolean
  timeZone: string
}

export function emptyFields(day: string, timeZone: string): OutingFormFields {
  return {
    kind: null,
    title: '',
    withWhom: '',
    place: '',
    note: '',
    day,
    startTime: '',
    endTime: '',
    endsNextDay: false,
    timeZone,
  }
}

export function fieldsOf(outing: Outing): OutingFormFields {
  return {
    kind: outing.kind,
    title: outing.title,
    withWhom: outing.withWhom,
    place: outing.place,
    note: outing.note,
    day: outing.day,
    startTime: outing.startTime ?? '',
    endTime: outing.endTime ?? '',
    endsNextDay: outing.endsNextDay,
    timeZone: outing.timeZone,
  }
}

export function inputOf(fields: OutingFormFields): OutingInput {
  return {
    ...fields,
    startTime: fields.startTime === '' ? null : fields.startTime,
    endTime: fields.endTime === '' || fields.startTime === '' ? null : fields.endTime,
    endsNextDay: fields.endsNextDay && fields.endTime !== '',
  }
}

/** An outing's fields in words, field by field: for showing two versions of one side by side. */
export function outingWords(fields: OutingFormFields): FieldWords[] {
  return [
    { label: 'What', words: fields.title },
    {
      label: 'Kind',
      words: OUTING_IDEAS.find((idea) => idea.kind === fields.kind)?.label ?? '',
    },
    { label: 'When', words: fields.day ? describeWhen(inputOf(fields)) : '' },
    { label: 'With whom', words: fields.withWhom },
    { label: 'Where', words: fields.place },
    { label: 'Note', words: fields.note },
  ]
}
