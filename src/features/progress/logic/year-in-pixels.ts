import type { Mood } from '@/db/types'
import { toDayNumber, type DayNumber } from '@/lib/day-numbers'

/** A cell of the year: a day with its mood, a day without one, a day still to come, or no day at all. */
export type PixelCell =
  | { kind: 'day'; day: DayNumber; mood: Mood | null }
  | { kind: 'future'; day: DayNumber }
  | { kind: 'not-a-day' }

/** Twelve months of 31 cells; 30 February and the like are `not-a-day`. */
export interface PixelYear {
  year: number
  /** months[m][d]: month m (0 = January), day d + 1. */
  months: PixelCell[][]
  noted: number
}

/** The year as the classic "year in pixels": a cell per day, coloured and numbered by mood. */
export function buildYearInPixels(
  moods: ReadonlyMap<DayNumber, Mood>,
  year: number,
  today: DayNumber,
): PixelYear {
  let noted = 0
  const months = Array.from({ length: 12 }, (_, month) =>
    Array.from({ length: 31 }, (_, index): PixelCell => {
      const day = toDayNumber(
        `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(index + 1)}`,
      )
      if (Number.isNaN(day)) return { kind: 'not-a-day' }
      if (day > today) return { kind: 'future', day }
      const mood = moods.get(day) ?? null
      if (mood !== null) noted++
      return { kind: 'day', day, mood }
    }),
  )
  return { year, months, noted }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** The years that hold a mood, newest first, always with the current year. */
export function yearsWithMoods(moods: ReadonlyMap<DayNumber, Mood>, currentYear: number): number[] {
  const years = new Set<number>([currentYear])
  for (const day of moods.keys()) years.add(new Date(day * 86_400_000).getUTCFullYear())
  return [...years].sort((a, b) => b - a)
}
