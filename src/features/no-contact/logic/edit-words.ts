import { dayAndTimeWords, type FieldWords } from '@/lib/field-words'
import type { DraftFieldsByKind, UrgeLog } from '@/db/types'
import { toCalendarDay, toTimeInput } from '@/lib/dates'
import type { ExWords } from '@/lib/pronouns'
import { CHANNEL_LABELS, describeContact } from './describe'

// An urge or a contact in words, field by field: for showing two versions of one side by side.

export type UrgeFields = DraftFieldsByKind['urge']
export type ContactFields = DraftFieldsByKind['contact']

/** The urge form's fields for a noted urge. */
export function urgeFieldsOf(urge: UrgeLog): UrgeFields {
  const at = new Date(urge.at)
  const { intensity, trigger, helped } = urge
  return { day: toCalendarDay(at), time: toTimeInput(at), intensity, trigger, helped }
}

export function urgeWords(fields: UrgeFields): FieldWords[] {
  return [
    { label: 'When', words: dayAndTimeWords(fields.day, fields.time) },
    {
      label: 'How strong',
      words: fields.intensity === null ? '' : `${fields.intensity} of 10`,
    },
    { label: 'What set it off', words: fields.trigger },
    { label: 'What helped', words: fields.helped },
  ]
}

export function contactWords(fields: ContactFields, ex: ExWords): FieldWords[] {
  const { initiator, replied } = fields
  return [
    { label: 'When', words: dayAndTimeWords(fields.day, fields.time) },
    {
      label: 'Who reached out',
      words: initiator ? describeContact({ initiator, replied }, ex) : '',
    },
    { label: 'How', words: CHANNEL_LABELS[fields.channel] },
    { label: 'Only about what you agreed', words: fields.withinAgreement ? 'Yes' : 'No' },
    { label: 'Note', words: fields.note },
  ]
}
