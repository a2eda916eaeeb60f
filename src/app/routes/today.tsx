import { useReducer, useState } from 'react'
import { useSearchParams } from 'react-router'
import { deferred } from '@/components/deferred'
import { TodayCheckIn } from '@/features/journal/components/today-check-in'
import { useSettings } from '@/hooks/use-settings'
import { useToday } from '@/hooks/use-today'
import { formatLongDate, parseCalendarDay, partOfDay } from '@/lib/dates'
import { getExWords } from '@/lib/pronouns'

// Below the check-in, so they load just after it: the first paint needs only the check-in. Their
// imports start at boot (preloadTodayCards, from main.tsx), beside the database opening, instead of
// after Today's first render. Deferred rather than React.lazy: no Suspense hold once they are here.
// The question for today reads the direction and the journey's step: its own chunk, after the check-in.
const TodayPrompt = deferred(async () => (await import('../today-prompt')).TodayPrompt)
/** Holds the mood strip's place until it and the question above it are here. */
const WEEK_PLACE = <div className="mood-week mood-week--loading" aria-hidden="true" />
const MoodWeek = deferred(
  async () => (await import('@/features/journal/components/mood-week')).MoodWeek,
  WEEK_PLACE,
)
const NoContactTodayCard = deferred(
  async () => (await import('@/features/no-contact/components/today-card')).NoContactTodayCard,
)
const DirectionTodayCard = deferred(
  async () =>
    (await import('@/features/assessment/components/direction-today-card')).DirectionTodayCard,
)
const WellbeingTodayCard = deferred(
  async () =>
    (await import('@/features/wellbeing/components/wellbeing-today-card')).WellbeingTodayCard,
)
const HabitsTodayCard = deferred(
  async () => (await import('@/features/habits/components/today-card')).HabitsTodayCard,
)
const OutingsTodayCard = deferred(
  async () => (await import('@/features/outings/components/today-card')).OutingsTodayCard,
)
const JourneySuggestion = deferred(
  async () => (await import('./journey-suggestion')).JourneySuggestion,
)
const LowDayNote = deferred(
  async () => (await import('@/features/support/components/low-day-note')).LowDayNote,
)
const BackupReminder = deferred(
  async () => (await import('@/features/backup/components/backup-reminder')).BackupReminder,
)

/** Starts fetching Today's cards (from the precache when offline); each card reuses its load. */
export function preloadTodayCards() {
  for (const card of [
    TodayPrompt,
    MoodWeek,
    NoContactTodayCard,
    DirectionTodayCard,
    WellbeingTodayCard,
    HabitsTodayCard,
    OutingsTodayCard,
    JourneySuggestion,
    BackupReminder,
  ]) {
    // A failure shows where the card is used (its error boundary), not here.
    void card.preload()
  }
}

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
  const [questionSettled, settleQuestion] = useReducer(() => true, false)
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
        renderPrompt={(write, hidden) => (
          <TodayPrompt
            today={today}
            ex={getExWords(settings)}
            memory={settings.promptRotation ?? null}
            onWrite={write}
            hidden={hidden}
            onSettled={settleQuestion}
          />
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
      {lowDay && <LowDayNote />}
      {/* Rendered (and reading) at once, shown once the question above has settled: nothing on
          the screen moves when the question arrives. */}
      {!questionSettled && WEEK_PLACE}
      <div hidden={!questionSettled}>
        <MoodWeek today={today} />
        <NoContactTodayCard ex={getExWords(settings)} />
        <DirectionTodayCard ex={getExWords(settings)} />
        <WellbeingTodayCard />
        <HabitsTodayCard today={today} />
        <OutingsTodayCard />
        <JourneySuggestion />
        <BackupReminder />
      </div>
    </>
  )
}
