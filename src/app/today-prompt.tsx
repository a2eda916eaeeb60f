import { PromptCard } from '@/features/journal/components/prompt-card'
import {
  getJourneyStep,
  getNextPromptMemory,
  getPrompt,
  type PromptMemory,
} from '@/features/journal/logic/prompts'
import { useCurrentDirection } from '@/features/assessment/data/assessments'
import { useHabits } from '@/features/habits/data/habits'
import { useFinishedIntrospections } from '@/features/introspection/data/introspections'
import { useCurrentPlan } from '@/features/no-contact/data/plans'
import { usePlannedOutings, useRecentPastOutings } from '@/features/outings/data/outings'
import { showToast } from '@/components/toast-store'
import { updateSettings } from '@/hooks/use-settings'
import { describeStorageError } from '@/lib/errors'
import type { CalendarDay } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'

interface TodayPromptProps {
  today: CalendarDay
  ex: ExWords
  memory: PromptMemory | null
  onWrite: (prompt: string) => void
}

/**
 * Today's question, shaped by the direction the person chose and the step they are in. Loaded
 * lazily with the features it reads, so none of it weighs on Today's first paint.
 */
export function TodayPrompt({ today, ex, memory, onWrite }: TodayPromptProps) {
  const direction = useCurrentDirection()
  const introspections = useFinishedIntrospections()
  const plan = useCurrentPlan()
  const habits = useHabits()
  const planned = usePlannedOutings()
  const past = useRecentPastOutings(1)
  // Wait for all of it, so the question never changes under the person's eyes.
  if (
    direction === undefined ||
    !introspections ||
    plan === undefined ||
    !habits ||
    !planned ||
    !past
  ) {
    return null
  }
  const step = getJourneyStep({
    assessed: direction !== null,
    introspected: introspections.length > 0,
    givingSpace: Boolean(plan),
    habits: habits.filter((habit) => habit.archivedAt === null).length,
    outings: planned.length + past.length,
  })
  const prompt = getPrompt(today, { direction, step }, memory, ex)
  return (
    <PromptCard
      prompt={prompt.text}
      onWrite={() => onWrite(prompt.text)}
      onAnother={() => {
        updateSettings({ promptRotation: getNextPromptMemory(today, memory) }).catch(
          (error: unknown) =>
            showToast({ message: describeStorageError(error, 'the question did not change') }),
        )
      }}
    />
  )
}
