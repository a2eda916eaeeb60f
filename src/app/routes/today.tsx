import { lazy, Suspense, useState } from 'react'
import { useSearchParams } from 'react-router'
import { TodayCheckIn } from '@/features/journal/components/today-check-in'
import { useSettings } from '@/hooks/use-settings'
import { useToday } from '@/hooks/use-today'
import { formatLongDate, parseCalendarDay, partOfDay } from '@/lib/dates'
import { getExWords } from '@/lib/pronouns'

// Below the check-in, so they load just after it: the first paint needs only the check-in. Their
// imports start at boot (preloadTodayCards, from main.tsx), beside the database opening, instead of
// after Today's first render.
const loadNoContact = () => import('@/features/no-contact/components/today-card')
const loadDirection = () => import('@/features/assessment/components/direction-today-card')
const loadWellbeing = () => import('@/features/wellbeing/components/wellbeing-today-card')
const loadHabits = () => import('@/features/habits/components/today-card')
const loadMoodWeek = () => import('@/features/journal/components/mood-week')
const loadOutings = () => import('@/features/outings/components/today-card')
const loadBackupReminder = () => import('@/features/backup/components/backup-reminder')
// The question for today reads the direction and the journey's step: its own chunk, after the check-in.
const loadPrompt = () => import('../today-prompt')

/** Starts fetching Today's cards (from the precache when offline); React.lazy reuses the import. */
export function preloadTodayCards() {
  for (const load of [
    loadPrompt,
    loadMoodWeek,
    loadNoContact,
    loadDirection,
    loadWellbeing,
    loadHabits,
    loadOutings,
    loadBackupReminder,
  ]) {
    // A failure shows where the card is used (its boundary), not here.
    load().catch(() => undefined)
  }
}

const TodayPrompt = lazy(async () => ({ default: (await loadPrompt()).TodayPrompt }))
const NoContactTodayCard = lazy(async () => ({
  default: (await loadNoContact()).NoContactTodayCard,
}))
const DirectionTodayCard = lazy(async () => ({
  default: (await loadDirection()).DirectionTodayCard,
}))
const WellbeingTodayCard = lazy(async () => ({
  default: (await loadWellbeing()).WellbeingTodayCard,
}))
const HabitsTodayCard = lazy(async () => ({ default: (await loadHabits()).HabitsTodayCard }))
const MoodWeek = lazy(async () => ({ default: (await loadMoodWeek()).MoodWeek }))
const OutingsTodayCard = lazy(async () => ({ default: (await loadOutings()).OutingsTodayCard }))
const JourneySuggestion = lazy(async () => ({
  default: (await import('./journey-suggestion')).JourneySuggestion,
}))
const LowDayNote = lazy(async () => ({
  default: (await import('@/features/support/components/low-day-note')).LowDayNote,
}))
const BackupReminder = lazy(async () => ({
  default: (await loadBackupReminder()).BackupReminder,
}))

const GREETINGS = {
  morning: 'Good morning',
  afternoon: 'Good afternoon',
  evening: 'Good evening',
  night: 'Hello',
}

export function TodayRoute() {
  const settings = useSettings()
  const today = useToday()
  const [params] = useSearchParams()
  const [lowDay, setLowDay] = useState(false)
  if (!settings) return <title>Today · Steady</title>

  const part = partOfDay()
  const name = settings.userName
  const date = parseCalendarDay(today)
  return (
    <>
      <title>Today · Steady</title>
      <header className="today-hero">
        <p className="eyebrow">{date ? formatLongDate(date) : today}</p>
        <h1 tabIndex={-1}>
          {GREETINGS[part]}
          {name && (
            <>
              , <bdi>{name}</bdi>
            </>
          )}
        </h1>
        {part === 'night' && <p className="lede">It’s late. Be gentle with yourself tonight.</p>}
      </header>
      <TodayCheckIn
        renderPrompt={(write) => (
          <Suspense fallback={null}>
            <TodayPrompt
              today={today}
              ex={getExWords(settings)}
              memory={settings.promptRotation ?? null}
              onWrite={write}
            />
          </Suspense>
        )}
        focusOnOpen={params.has('check-in')}
        onSaved={(entry) => {
          // Ask once, when there is first something worth keeping.
          if (settings.persistence === 'unknown') {
            // Not needed to paint Today: fetched (or taken from the precache) when first used.
            void import('@/features/settings/data/storage').then((storage) =>
              storage.requestPersistentStorage(),
            )
          }
          // The lowest mood gets one gentle word and a way to help, at most once a day.
          if (entry.mood === 1) {
            void import('@/features/support/data/support-settings')
              .then(({ claimLowDayNote }) => claimLowDayNote(entry.day))
              .then((show) => show && setLowDay(true))
          }
        }}
      />
      {lowDay && (
        <Suspense fallback={null}>
          <LowDayNote />
        </Suspense>
      )}
      <Suspense fallback={<div className="mood-week mood-week--loading" aria-hidden="true" />}>
        <MoodWeek today={today} />
      </Suspense>
      <Suspense fallback={null}>
        <NoContactTodayCard ex={getExWords(settings)} />
        <DirectionTodayCard ex={getExWords(settings)} />
        <WellbeingTodayCard />
        <HabitsTodayCard today={today} />
        <OutingsTodayCard />
        <JourneySuggestion />
        <BackupReminder />
      </Suspense>
    </>
  )
}
