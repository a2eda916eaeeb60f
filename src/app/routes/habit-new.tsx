import { BackLink } from '@/components/back-link'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { showToast } from '@/components/toast-store'
import type { Habit } from '@/db/types'
import { HabitForm } from '@/features/habits/components/habit-form'
import { PresetList } from '@/features/habits/components/preset-list'
import { createHabit, habitDraftId, useHabits } from '@/features/habits/data/habits'
import { toCalendarDay } from '@/lib/dates'

/**
 * A new habit: one of the article's ideas in one tap, or one's own. `?name=…&from=plan:<id>` fills
 * the form in, so a commitment from the action plan becomes a habit in one tap.
 */
export function HabitNewRoute() {
  const navigate = useNavigate()
  const habits = useHabits()
  const [params] = useSearchParams()
  const prefilled = params.get('name')?.slice(0, 200) ?? ''
  const from = params.get('from')?.slice(0, 300) || undefined

  const [initial] = useState(() => ({
    name: prefilled,
    icon: '✨',
    colour: 'sage' as const,
    target: { kind: 'daily' as const },
    startDay: toCalendarDay(new Date()),
    from,
  }))

  function added(habit: Habit) {
    void navigate(`/journey/habits/${habit.id}`)
    showToast({ message: `“${habit.name}” added. Tick it on Today.` })
  }

  return (
    <>
      <title>New habit · Steady</title>
      <BackLink to="/journey/habits">Habits</BackLink>
      <header className="page-header">
        <p className="eyebrow">Habits</p>
        <h1 tabIndex={-1}>{prefilled ? 'Make it a habit' : 'Add a habit'}</h1>
      </header>
      {!prefilled && habits && (
        <section className="card" aria-labelledby="preset-heading">
          <h2 id="preset-heading">Ideas to start with</h2>
          <PresetList habits={habits} onAdded={added} />
        </section>
      )}
      <h2>{prefilled ? 'Your commitment as a habit' : 'Or make your own'}</h2>
      <HabitForm
        initial={initial}
        draftId={habitDraftId(null, from)}
        submitLabel="Add habit"
        onSubmit={async (input, draftId) =>
          added(await createHabit(input, new Date(), { draftId }))
        }
        onCancel={() => void navigate('/journey/habits')}
      />
    </>
  )
}
