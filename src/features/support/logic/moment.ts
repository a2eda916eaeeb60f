export interface MomentWords {
  /** "tonight" at night, "right now" otherwise. */
  now: 'tonight' | 'right now'
  /** "a hard night" at night, "a hard day" otherwise. */
  hardTime: 'a hard night' | 'a hard day'
  night: boolean
}

/** Night, for words: from 8 in the evening until 5 in the morning, local time. */
export function isNight(now: Date = new Date()): boolean {
  const hour = now.getHours()
  return hour >= 20 || hour < 5
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
