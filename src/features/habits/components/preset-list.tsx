import './habits.css'
import type { Habit } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'
import { showToast } from '@/components/toast-store'
import { createHabit } from '../data/habits'
import { describeError } from '@/lib/errors'
import { PRESETS } from '../logic/presets'
import { describeTarget } from '../logic/targets'
import { nameKey } from '../logic/validate'

/** Ideas from the article, each added in one tap; ones the person already has say so. */
export function PresetList({
  habits,
  onAdded,
}: {
  habits: readonly Habit[]
  onAdded: (habit: Habit) => void
}) {
  const taken = new Set(habits.map((habit) => nameKey(habit.name)))
  async function add(key: string) {
    const preset = PRESETS.find((candidate) => candidate.key === key)
    if (!preset) return
    try {
      const habit = await createHabit({
        name: preset.name,
        icon: preset.icon,
        colour: preset.colour,
        target: preset.target,
        startDay: toCalendarDay(new Date()),
        from: `preset:${preset.key}`,
      })
      onAdded(habit)
    } catch (error) {
      showToast({ message: describeError(error) })
    }
  }
  return (
    <ul className="preset-list">
      {PRESETS.map((preset) => (
        <li key={preset.key} className="preset">
          <span className="preset__icon" aria-hidden="true">
            {preset.icon}
          </span>
          <span className="preset__text">
            <span className="preset__name">{preset.name}</span>
            <span className="preset__hint">
              {describeTarget(preset.target)}. {preset.why}
            </span>
          </span>
          {taken.has(nameKey(preset.name)) ? (
            <span className="preset__added">You have this one</span>
          ) : (
            <button
              type="button"
              className="button"
              aria-label={`Add ${preset.name}`}
              onClick={() => void add(preset.key)}
            >
              Add
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
