import { screen, waitFor, within } from '@testing-library/react'
import { subDays } from 'date-fns'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'
import { addDaysToDay } from '@/lib/day-numbers'
import {
  buildEntry,
  buildHabit,
  buildHabitLog,
  buildNoContactPlan,
  buildOuting,
  buildUrge,
  buildWellbeingCheck,
} from '../../../tests/setup/factories'
import { seedLock, unlockWith } from '../../../tests/setup/lock'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const PASSCODE = 'river walk 2468'

const today = () => toCalendarDay(new Date())

/** Thirty days of check-ins: mood 2 for the first fifteen, 4 for the last fifteen (today among them). */
async function seedMonthOfMoods() {
  const entries = Array.from({ length: 30 }, (_, i) => {
    const day = addDaysToDay(today(), i - 29)
    const at = parseCalendarDay(day)!
    at.setHours(21)
    return buildEntry({ id: `entry-${day}`, day, at, mood: i < 15 ? 2 : 4 })
  })
  await db.entries.bulkAdd(entries)
}

async function openFigure(user: ReturnType<typeof renderApp>['user'], name: string) {
  const figure = await screen.findByRole('figure', { name })
  await user.click(within(figure).getByText('Show as table'))
  return within(figure).getByRole('table')
}

test('mood over time: the takeaway in words, a range to choose, and the data as a table', async () => {
  await seedWelcomed()
  await seedMonthOfMoods()
  const { user } = renderApp('/progress')
  await screen.findByRole('heading', { name: 'Your progress', level: 1 })

  const takeaway = 'Your mood rose from 2.0 to 4.0 over the last 30 days'
  expect(await screen.findByRole('img', { name: takeaway })).toBeInTheDocument()
  const table = await openFigure(user, takeaway)
  const rows = within(table).getAllByRole('row')
  // A header and a row per day, newest first: today's mood, its 7-day average, its check-in.
  expect(rows).toHaveLength(31)
  expect(
    within(rows[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['4 of 5', '4.0', 'Yes'])

  await user.click(screen.getByRole('radio', { name: 'Week' }))
  expect(
    await screen.findByRole('figure', {
      name: 'Your mood held steady around 4.0 over the last 7 days',
    }),
  ).toBeInTheDocument()

  await user.click(screen.getByRole('radio', { name: 'Year' }))
  const yearTable = await openFigure(user, 'Your mood rose from 2.0 to 4.0 over the last year')
  expect(within(yearTable).getByRole('columnheader', { name: 'Average mood' })).toBeInTheDocument()
})

test('the year in pixels: a cell per day, numbered by mood, impossible dates marked', async () => {
  await seedWelcomed()
  await seedMonthOfMoods()
  renderApp('/progress')
  const year = new Date().getFullYear()
  const inYear = Array.from({ length: 30 }, (_, i) => addDaysToDay(today(), i - 29)).filter((day) =>
    day.startsWith(String(year)),
  ).length
  const table = await screen.findByRole('table', {
    name: `Your year in pixels, ${year}: a mood on ${inYear} days`,
  })
  const leap = new Date(year, 1, 29).getMonth() === 1
  expect(within(table).getAllByText('Not a day')).toHaveLength(leap ? 6 : 7)
  expect(within(table).getAllByRole('row')).toHaveLength(32)
})

test('no contact, urges, habits, outings and the wellbeing check each state their takeaway', async () => {
  await seedWelcomed()
  await seedMonthOfMoods()
  const now = new Date()
  await db.noContactPlans.bulkAdd([
    buildNoContactPlan({
      mode: 'no-contact',
      startAt: subDays(now, 40).toISOString(),
      endedAt: subDays(now, 35).toISOString(),
    }),
    buildNoContactPlan({ mode: 'no-contact', startAt: subDays(now, 10).toISOString() }),
  ])
  await db.urges.bulkAdd([
    buildUrge({ at: now.toISOString() }),
    buildUrge({ at: now.toISOString() }),
  ])
  const habit = buildHabit({
    name: 'Walk',
    target: { kind: 'daily' },
    pauses: [],
    startDay: addDaysToDay(today(), -29),
  })
  await db.habits.add(habit)
  await db.habitLogs.bulkAdd(
    Array.from({ length: 15 }, (_, i) =>
      buildHabitLog({ habitId: habit.id, day: addDaysToDay(today(), -i) }),
    ),
  )
  await db.outings.add(buildOuting({ day: today(), status: 'done', mood: 4 }))
  await db.wellbeingChecks.bulkAdd([
    buildWellbeingCheck({
      at: subDays(now, 20).toISOString(),
      day: addDaysToDay(today(), -20),
      interest: 2,
      down: 2,
      nervous: 1,
      worry: 1,
    }),
    buildWellbeingCheck({
      at: now.toISOString(),
      day: today(),
      interest: 0,
      down: 1,
      nervous: 0,
      worry: 0,
    }),
  ])
  const { user } = renderApp('/progress')

  const counts = await openFigure(
    user,
    'Your current count, 10 days, is your longest yet, over 2 counts',
  )
  expect(within(counts).getByRole('rowheader', { name: 'Count 2' })).toBeInTheDocument()
  expect(within(counts).getByRole('cell', { name: 'Still going' })).toBeInTheDocument()
  expect(screen.getByText('Milestones reached: 3 days, 7 days.')).toBeInTheDocument()

  const urges = await openFigure(
    user,
    '2 urges noted this week; 2 in the busiest of the last 12 weeks',
  )
  expect(within(urges).getAllByRole('row')).toHaveLength(13)

  const strength = await screen.findByRole('figure', {
    name: /^Walk: strength rose from \d+% to \d+% over the last 30 days$/,
  })
  expect(strength).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Walk: the last 12 weeks' })).toBeInTheDocument()

  const outings = await openFigure(user, '1 outing this month; 1 in the last 12 months')
  expect(within(outings).getAllByRole('row')).toHaveLength(13)

  await openFigure(
    user,
    'Over 2 checks, low mood or little interest went from quite a lot to a little; nerves or worry from a little to not at all',
  )

  expect(
    await screen.findByText(
      'On days you ticked “Walk”, your mood averaged 4.0; on other days, 2.0.',
    ),
  ).toBeInTheDocument()
  expect(screen.queryByText(/score/i)).not.toBeInTheDocument()
})

test('with little data, Progress invites a check-in and keeps patterns back', async () => {
  await seedWelcomed()
  await db.entries.add(buildEntry({ day: today(), at: new Date(), mood: 3 }))
  renderApp('/progress')
  expect(
    await screen.findByRole('figure', {
      name: 'You noted your mood on 1 day over the last 30 days: 3 of 5',
    }),
  ).toBeInTheDocument()
  expect(
    await screen.findByText(
      /Patterns appear once there are 30 days with a mood; so far there is 1 day/,
    ),
  ).toBeInTheDocument()
  expect(
    screen.getByText('No count yet. Start one from the no-contact tracker.'),
  ).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'How have you been?' })).not.toBeInTheDocument()
})

test('Progress is one tap from the Journey map', async () => {
  await seedWelcomed()
  const { user, router } = renderApp('/journey')
  await user.click(await screen.findByRole('link', { name: /^Your progress/ }))
  expect(router.state.location.pathname).toBe('/progress')
  expect(
    await screen.findByText(/Your mood appears here after your first check-in/),
  ).toBeInTheDocument()
})

test('under the app lock, Progress draws every chart without decrypting the journal, habit notes or outings', async () => {
  await seedWelcomed()
  await seedMonthOfMoods()
  const habit = buildHabit({ name: 'Walk', target: { kind: 'daily' }, pauses: [] })
  await db.habits.add(habit)
  await db.habitLogs.bulkAdd(
    Array.from({ length: 10 }, (_, i) =>
      buildHabitLog({ habitId: habit.id, day: addDaysToDay(today(), -i) }),
    ),
  )
  await db.outings.add(buildOuting({ day: today(), status: 'done', mood: 4 }))
  await seedLock(PASSCODE)

  const { user } = renderApp('/progress')
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt')
  try {
    await unlockWith(user, PASSCODE)
    await screen.findByRole('heading', { name: 'Your progress', level: 1 })
    await waitFor(() => expect(document.querySelector('.card--loading')).toBeNull())
    expect((await screen.findAllByText(/Walk/)).length).toBeGreaterThan(0)

    // Each sealed field is opened with its table and field as additional data: read them back.
    const opened = decrypt.mock.calls.map(([algorithm]) =>
      new TextDecoder().decode((algorithm as AesGcmParams).additionalData as Uint8Array),
    )
    expect(opened, 'the habit’s name is shown, so it is opened').toContain('habits.name')
    expect(
      opened.filter((label) => /^(entries|habitLogs|outings)\./.test(label)),
      'words Progress never shows stay sealed',
    ).toEqual([])
  } finally {
    decrypt.mockRestore()
  }
})
