import type { Outing, OutingKind } from '@/db/types'
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
