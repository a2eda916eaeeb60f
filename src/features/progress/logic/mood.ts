import type { CalendarDay, EntryKind, Instant, Mood } from '@/db/types'
import { fromDayNumber, toDayNumber, type DayNumber } from '@/lib/day-numbers'
import { plural } from '@/lib/plural'

/** What the mood charts need of an entry. */
export interface MoodSource {
  day: CalendarDay
  kind: EntryKind
  mood: Mood | null
  createdAt: Instant
}

/** Each day's mood and which days had a check-in, by day number. */
export interface MoodDays {
  moods: Map<DayNumber, Mood>
  checkIns: Set<DayNumber>
  /** The earliest day with a mood or a check-in; null for none. */
  first: DayNumber | null
}

/**
 * Each day's mood in one pass over the entries: the check-in's, or else the latest entry's that has
 * one. Unsent letters are written in a hard moment for another reason and never set the day's mood.
 */
export function collectMoodDays(entries: Iterable<MoodSource>): MoodDays {
  const picked = new Map<DayNumber, { mood: Mood; at: string; checkIn: boolean }>()
  const checkIns = new Set<DayNumber>()
  let first: DayNumber | null = null
  for (const entry of entries) {
    const day = toDayNumber(entry.day)
    if (Number.isNaN(day)) continue
    const checkIn = entry.kind === 'check-in'
    if (checkIn) checkIns.add(day)
    if (checkIn || (entry.mood !== null && entry.kind !== 'letter')) {
      if (first === null || day < first) first = day
    }
    if (entry.mood === null || entry.kind === 'letter') continue
    const held = picked.get(day)
    const wins =
      !held || (checkIn && !held.checkIn) || (checkIn === held.checkIn && entry.createdAt > held.at)
    if (wins) picked.set(day, { mood: entry.mood, at: entry.createdAt, checkIn })
  }
  const moods = new Map<DayNumber, Mood>()
  for (const [day, { mood }] of picked) moods.set(day, mood)
  return { moods, checkIns, first }
}

export type MoodRange = 'week' | 'month' | 'year' | 'all'

export const RANGE_WORDS: Record<MoodRange, string> = {
  week: 'over the last 7 days',
  month: 'over the last 30 days',
  year: 'over the last year',
  all: 'since you began',
}

const RANGE_DAYS: Record<Exclude<MoodRange, 'all'>, number> = { week: 7, month: 30, year: 365 }

export interface MoodSeries {
  range: MoodRange
  start: DayNumber
  end: DayNumber
  /** One per day from start to end: the day's mood, or null when none was noted. */
  daily: (Mood | null)[]
  /** One per day: the average of the moods noted in the 7 days ending that day, or null. */
  average: (number | null)[]
  checkIns: boolean[]
  /** Days in range with a mood. */
  noted: number
}

/** The days of the range ending today, each with its mood, 7-day average and check-in. */
export function buildMoodSeries(days: MoodDays, range: MoodRange, today: CalendarDay): MoodSeries {
  const end = toDayNumber(today)
  const start = range === 'all' ? Math.min(days.first ?? end, end) : end - RANGE_DAYS[range] + 1
  const length = Number.isNaN(end) ? 0 : end - start + 1
  const daily: (Mood | null)[] = new Array(length)
  const average: (number | null)[] = new Array(length)
  const checkIns: boolean[] = new Array(length)
  // A running window of seven days, so years of days stay one pass.
  let sum = 0
  let count = 0
  for (let d = start - 6; d < start; d++) {
    const mood = days.moods.get(d)
    if (mood !== undefined) {
      sum += mood
      count++
    }
  }
  let noted = 0
  for (let i = 0; i < length; i++) {
    const day = start + i
    const mood = days.moods.get(day)
    const leaving = days.moods.get(day - 7)
    if (leaving !== undefined) {
      sum -= leaving
      count--
    }
    if (mood !== undefined) {
      sum += mood
      count++
      noted++
    }
    daily[i] = mood ?? null
    average[i] = count > 0 ? sum / count : null
    checkIns[i] = days.checkIns.has(day)
  }
  return { range, start, end, daily, average, checkIns, noted }
}

/** Rounded to one decimal place, for words and tables: "3.6". */
export function formatMood(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1)
}

/**
 * The chart's takeaway in one sentence: where the 7-day average began and ended in the range, in
 * plain words; never a verdict.
 */
export function describeMoodSeries(series: MoodSeries): string {
  const words = RANGE_WORDS[series.range]
  if (series.noted === 0) return `No mood noted ${words}`
  if (series.noted === 1) {
    const mood = series.daily.find((value) => value !== null)!
    return `You noted your mood on 1 day ${words}: ${mood} of 5`
  }
  const firstIndex = series.daily.findIndex((value) => value !== null)
  const from = series.average[firstIndex] ?? 0
  const to = series.average.at(-1) ?? lastNonNull(series.average) ?? from
  const a = formatMood(from)
  const b = formatMood(to)
  if (a === b) return `Your mood held steady around ${b} ${words}`
  if (to > from) return `Your mood rose from ${a} to ${b} ${words}`
  return `Your mood went from ${a} to ${b} ${words}`
}

function lastNonNull(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i]!
  return null
}

export interface MoodMonth {
  /** `yyyy-MM` */
  month: string
  noted: number
  average: number | null
}

/** The range month by month (oldest first): for the table of a long range. */
export function summariseMonths(series: MoodSeries): MoodMonth[] {
  const months: MoodMonth[] = []
  let current: { month: string; sum: number; noted: number } | null = null
  for (let i = 0; i < series.daily.length; i++) {
    const month = fromDayNumber(series.start + i).slice(0, 7)
    if (!current || current.month !== month) {
      if (current) months.push(closeMonth(current))
      current = { month, sum: 0, noted: 0 }
    }
    const mood = series.daily[i]
    if (mood !== null && mood !== undefined) {
      current.sum += mood
      current.noted++
    }
  }
  if (current) months.push(closeMonth(current))
  return months
}

function closeMonth({
  month,
  sum,
  noted,
}: {
  month: string
  sum: number
  noted: number
}): MoodMonth {
  return { month, noted, average: noted > 0 ? sum / noted : null }
}

/** "12 days noted". */
export function describeNoted(noted: number): string {
  return `${plural(noted, 'day')} noted`
}
