import { isNight } from '@/lib/dates'

export { isNight }

export interface MomentWords {
  /** "tonight" at night, "right now" otherwise. */
  now: 'tonight' | 'right now'
  /** "a hard night" at night, "a hard day" otherwise. */
  hardTime: 'a hard night' | 'a hard day'
  night: boolean
}

/** Words that fit the hour: "tonight" only when it is night where the person is. */
export function momentWords(now: Date = new Date()): MomentWords {
  return isNight(now)
    ? { now: 'tonight', hardTime: 'a hard night', night: true }
    : { now: 'right now', hardTime: 'a hard day', night: false }
}

/** The line a trusted person receives, pre-filled and editable in the person's messaging app. */
export function reachOutMessage(now: Date = new Date()): string {
  return `I’m having ${momentWords(now).hardTime}, can you talk?`
}
