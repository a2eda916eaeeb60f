import { useEffect } from 'react'
import { PromptCard } from '@/features/journal/components/prompt-card'
import {
  getNextPromptMemory,
  getPrompt,
  type JourneyStep,
  type PromptMemory,
} from '@/features/journal/logic/prompts'
import { getCurrentStep, type StepId } from '@/features/journey/logic/steps'
import { showToast } from '@/components/toast-store'
import { updateSettings } from '@/hooks/use-settings'
import { describeStorageError } from '@/lib/errors'
import type { CalendarDay } from '@/db/types'
import type { ExWords } from '@/lib/pronouns'
import { useJourneyProgress } from './journey-progress'

// The journal's steps are the journey's: adding a step to one and not the other fails to compile.
const asPromptStep = (step: StepId | null): JourneyStep | null => step

interface TodayPromptProps {
  today: CalendarDay
  ex: ExWords
  memory: PromptMemory | null
  onWrite: (prompt: string) => void
  /** Not shown (a question is already in the editor); still read, so it settles. */
  hidden?: boolean
  /** Called once the question is known (shown, or hidden): Today reveals what is below it then. */
  onSettled?: () => void
}

/**
 * Today's question, shaped by the direction the person chose and the step they are on: the same
 * progress, read the same way, as the journey map and Today's suggestion, so the three agree.
 * Loaded lazily, so none of it weighs on Today's first paint.
 */
export function TodayPrompt({ today, ex, memory, onWrite, hidden, onSettled }: TodayPromptProps) {
  const progress = useJourneyProgress()
  const settled = progress !== undefined
  useEffect(() => {
    if (settled) onSettled?.()
  }, [settled, onSettled])
  // Wait for all of it, so the question never changes under the person's eyes.
  if (!progress || hidden) return null
  const prompt = getPrompt(
    today,
    { direction: progress.assessment.direction, step: asPromptStep(getCurrentStep(progress)) },
    memory,
    ex,
  )
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
