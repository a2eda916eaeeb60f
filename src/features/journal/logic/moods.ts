import type { EntryKind, Mood } from '@/db/types'

export interface MoodOption {
  value: Mood
  label: string
}

export const MOODS: readonly MoodOption[] = [
  { value: 1, label: 'Very low' },
  { value: 2, label: 'Low' },
  { value: 3, label: 'Okay' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
]

export function getMoodLabel(mood: Mood | null): string | null {
  return MOODS.find((option) => option.value === mood)?.label ?? null
}

export function isMood(value: unknown): value is Mood {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5
}

/** How each kind of entry is named in the journal. */
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  'check-in': 'Check-in',
  note: 'Entry',
  letter: 'Unsent letter',
}
