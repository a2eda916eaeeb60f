import { lazy, Suspense, useState } from 'react'
import { useSearchParams } from 'react-router'
import { TodayCheckIn } from '@/features/journal/components/today-check-in'
import { getPromptForDay } from '@/features/journal/logic/prompts'
import { useSettings } from '@/hooks/use-settings'
import { useToday } from '@/hooks/use-today'
import { formatLongDate, parseCalendarDay, partOfDay } from '@/lib/dates'
import { getExWords } from '@/lib/pronouns'

// Below the check-in, so they load just after it: the first paint needs only the check-in.
const NoContactTodayCard = lazy(async () => ({
  default: (await import('@/features/no-contact/components/today-card')).NoContactTodayCard,
}))
const DirectionTodayCard = lazy(async () => ({
  default: (await import('@/features/assessment/components/direction-today-card'))
    .DirectionTodayCard,
}))
const WellbeingTodayCard = lazy(async () => ({
  default: (await import('@/features/wellbeing/components/wellbeing-today-card'))
    .WellbeingTodayCard,
}))
const HabitsTodayCard = lazy(async () => ({
  default: (await import('@/features/habits/components/today-card')).HabitsTodayCard,
}))
const MoodWeek = lazy(async () => ({
  default: (await import('@/features/journal/components/mood-week')).MoodWeek,
}))
const OutingsTodayCard = lazy(async () => ({
  default: (await import('@/features/outings/components/today-card')).OutingsTodayCard,
}))
const JourneySuggestion = lazy(async () => ({
  default: (await import('./journey-screens')).JourneySuggestion,
}))
const LowDayNote = lazy(async () => ({
  default: (await import('@/features/support/components/low-day-note')).LowDayNote,
}))
const BackupReminder = lazy(async () => ({
  default: (await import('@/features/backup/components/backup-reminder')).BackupReminder,
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
        prompt={getPromptForDay(today, getExWords(settings))}
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
