import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { toCalendarDay } from '@/lib/dates'
import { addDaysToDay } from '@/lib/day-numbers'
import { buildHabit } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const today = () => toCalendarDay(new Date())

async function seedHabit(overrides: Parameters<typeof buildHabit>[0] = {}) {
  const habit = buildHabit({
    name: 'A walk outside',
    target: { kind: 'daily' },
    pauses: [],
    startDay: addDaysToDay(today(), -40),
    ...overrides,
  })
  delete habit.from
  await db.habits.add(habit)
  return habit
}

test('a preset is added in one tap, then ticked and unticked on Today', async () => {
  await seedWelcomed()
  const { user, router } = renderApp('/journey/habits/new')
  await user.click(await screen.findByRole('button', { name: 'Add A walk outside' }))
  await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/journey\/habits\/.+/))
  expect(await db.habits.toArray()).toEqual([
    expect.objectContaining({ name: 'A walk outside', from: 'preset:walk', startDay: today() }),
  ])

  await router.navigate('/')
  const tick = await screen.findByRole('button', { name: 'A walk outside' })
  expect(tick).toHaveAttribute('aria-pressed', 'false')
  await user.click(tick)
  await waitFor(() => expect(tick).toHaveAttribute('aria-pressed', 'true'))
  expect(await db.habitLogs.toArray()).toEqual([
    expect.objectContaining({ day: today(), status: 'done' }),
  ])
  expect(screen.getByText(/All done for today/)).toBeInTheDocument()

  // A second tap well after the first unticks.
  await new Promise((resolve) => setTimeout(resolve, 650))
  await user.click(tick)
  await waitFor(() => expect(tick).toHaveAttribute('aria-pressed', 'false'))
  expect(await db.habitLogs.count()).toBe(0)
})

test('a double tap on Today is one log, and the habit stays ticked', async () => {
  await seedWelcomed()
  await seedHabit()
  const { user } = renderApp('/')
  const tick = await screen.findByRole('button', { name: 'A walk outside' })
  await user.dblClick(tick)
  await waitFor(() => expect(tick).toHaveAttribute('aria-pressed', 'true'))
  expect(await db.habitLogs.count()).toBe(1)
})

test('Today with no habits invites one, without a count of zero', async () => {
  await seedWelcomed()
  renderApp('/')
  expect(await screen.findByRole('link', { name: 'Choose a habit' })).toHaveAttribute(
    'href',
    '/journey/habits/new',
  )
})

test('a weekly habit on Today says how the week is going', async () => {
  await seedWelcomed()
  await seedHabit({ name: 'A workout', target: { kind: 'weekly', times: 3 } })
  renderApp('/')
  expect(await screen.findByText('0 of 3 this week')).toBeInTheDocument()
})

test('making a habit of one’s own: bad input is explained and nothing is saved', async () => {
  await seedWelcomed()
  await seedHabit()
  const { user } = renderApp('/journey/habits/new')
  const name = await screen.findByLabelText('Name')
  const add = screen.getByRole('button', { name: 'Add habit' })

  await user.click(add)
  expect(await screen.findByRole('alert')).toHaveTextContent('Give the habit a name')

  await user.type(name, '  a walk OUTSIDE ')
  await user.click(add)
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'You already have a habit called “A walk outside”',
  )

  await user.clear(name)
  await user.type(name, 'Stretching <b>')
  await user.click(screen.getByRole('radio', { name: 'Some times a week, any days' }))
  const times = screen.getByLabelText('Times a week (1 to 7)')
  for (const bad of ['0', '8']) {
    await user.clear(times)
    await user.type(times, bad)
    await user.click(add)
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose from 1 to 7 times a week.')
  }
  await user.click(screen.getByRole('radio', { name: 'On days I choose' }))
  for (const day of ['Monday', 'Wednesday', 'Friday']) {
    await user.click(screen.getByRole('checkbox', { name: day }))
  }
  await user.click(add)
  expect(await screen.findByRole('alert')).toHaveTextContent('Choose at least one day of the week.')
  expect(await db.habits.count()).toBe(1)

  await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }))
  await user.click(screen.getByRole('radio', { name: 'Plum' }))
  await user.click(add)
  expect(
    await screen.findByRole('heading', { level: 1, name: /Stretching <b>/ }),
  ).toBeInTheDocument()
  const saved = (await db.habits.toArray()).find((habit) => habit.name === 'Stretching <b>')
  expect(saved).toMatchObject({ colour: 'plum', target: { kind: 'weekdays', days: [2] } })
})

test('an action-plan commitment becomes a habit in one tap, remembering where it came from', async () => {
  await seedWelcomed()
  const { user } = renderApp(
    '/journey/habits/new?name=Call%20daily%2C%2030%20minutes&from=plan:abc',
  )
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Make it a habit' }),
  ).toBeInTheDocument()
  expect(screen.getByLabelText('Name')).toHaveValue('Call daily, 30 minutes')
  await user.click(screen.getByRole('button', { name: 'Add habit' }))
  await screen.findByRole('heading', { level: 1, name: /Call daily/ })
  expect((await db.habits.toArray())[0]).toMatchObject({
    name: 'Call daily, 30 minutes',
    from: 'plan:abc',
  })
})

test('a habit’s screen shows strength, a kind streak, and a heat map with words in every cell', async () => {
  await seedWelcomed()
  const habit = await seedHabit({ startDay: addDaysToDay(today(), -5) })
  for (const back of [5, 4, 3, 1]) {
    const day = addDaysToDay(today(), -back)
    await db.habitLogs.add({
      id: `${habit.id}:${day}`,
      habitId: habit.id,
      day,
      status: 'done',
      note: '',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    })
  }
  renderApp(`/journey/habits/${habit.id}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: /A walk outside/ }),
  ).toBeInTheDocument()
  const stats = await screen.findByRole('group', { name: 'Strength and streak' })
  expect(stats).toHaveTextContent('Day 1')
  expect(stats).toHaveTextContent(/Your best: 3 days/)
  expect(stats).toHaveTextContent(/\d+%/)
  expect(stats).not.toHaveTextContent(/\b0 days\b/)

  const region = screen.getByRole('region', { name: 'A walk outside: the last 20 weeks' })
  const table = within(region).getByRole('table', {
    name: 'A walk outside: done 4 of the 6 days since you started',
  })
  expect(within(table).getAllByRole('row')).toHaveLength(8)
  // Every day cell (20 weeks × 7 days) says its day and what happened; the corner cell is empty.
  const cells = within(table)
    .getAllByRole('cell')
    .filter((cell) => cell.textContent !== '')
  expect(cells).toHaveLength(140)
  expect(
    cells.every((cell) =>
      /: (done|not done|not done yet|before you started|still to come|a rest day|skipped|paused)$/.test(
        cell.textContent ?? '',
      ),
    ),
  ).toBe(true)
  expect(screen.getByRole('heading', { name: 'Earlier runs' })).toBeInTheDocument()
})

test('logging a past day with a note; days in the future or before the start are refused', async () => {
  await seedWelcomed()
  const habit = await seedHabit({ startDay: addDaysToDay(today(), -3) })
  const { user } = renderApp(`/journey/habits/${habit.id}`)
  const form = await screen.findByRole('form', { name: 'Log a day' })
  const day = within(form).getByLabelText('Day')
  const save = within(form).getByRole('button', { name: 'Save this day' })

  await user.clear(day)
  await user.type(day, addDaysToDay(today(), 1))
  await user.click(within(form).getByRole('radio', { name: 'Done' }))
  await user.click(save)
  expect(await within(form).findByRole('alert')).toHaveTextContent('That day hasn’t come yet')

  await user.clear(day)
  await user.type(day, addDaysToDay(today(), -4))
  await user.click(within(form).getByRole('radio', { name: 'Done' }))
  await user.click(save)
  expect(await within(form).findByRole('alert')).toHaveTextContent(
    /starts on .*move its start earlier/,
  )
  expect(await db.habitLogs.count()).toBe(0)

  const yesterday = addDaysToDay(today(), -2)
  await user.clear(day)
  await user.type(day, yesterday)
  await user.click(within(form).getByRole('radio', { name: /Skipped on purpose/ }))
  await user.type(within(form).getByLabelText('Note (optional)'), 'Rain all day 🌧️')
  await user.click(save)
  await waitFor(async () =>
    expect(await db.habitLogs.get(`${habit.id}:${yesterday}`)).toMatchObject({
      status: 'skipped',
      note: 'Rain all day 🌧️',
    }),
  )
})

test('a pause that ends before it starts is refused; a pause is listed, and resume ends it', async () => {
  await seedWelcomed()
  const habit = await seedHabit()
  const { user } = renderApp(`/journey/habits/${habit.id}`)
  const form = await screen.findByRole('form', { name: 'Add a pause' })
  await user.type(within(form).getByLabelText(/Last day/), addDaysToDay(today(), -3))
  await user.click(within(form).getByRole('button', { name: 'Add a pause' }))
  expect(await within(form).findByRole('alert')).toHaveTextContent(
    'The pause ends before it starts',
  )

  await user.clear(within(form).getByLabelText(/Last day/))
  await user.click(within(form).getByRole('button', { name: 'Add a pause' }))
  expect(await screen.findByText(/until you resume\.$/)).toBeInTheDocument()
  expect((await db.habits.get(habit.id))?.pauses).toEqual([{ from: today(), to: null }])

  await user.click(screen.getByRole('button', { name: 'Resume today' }))
  await waitFor(async () => expect((await db.habits.get(habit.id))?.pauses).toEqual([]))
})

test('archive takes a habit off Today; delete offers Undo, which brings back every log', async () => {
  await seedWelcomed()
  const habit = await seedHabit()
  const day = addDaysToDay(today(), -1)
  await db.habitLogs.add({
    id: `${habit.id}:${day}`,
    habitId: habit.id,
    day,
    status: 'done',
    note: 'kept',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  })
  const { user, router } = renderApp(`/journey/habits/${habit.id}`)
  await user.click(await screen.findByRole('button', { name: 'Archive' }))
  await waitFor(async () => expect((await db.habits.get(habit.id))?.archivedAt).not.toBeNull())
  await router.navigate('/')
  expect(await screen.findByRole('link', { name: 'Choose a habit' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'A walk outside' })).not.toBeInTheDocument()

  await router.navigate(`/journey/habits/${habit.id}`)
  await user.click(await screen.findByRole('button', { name: 'Delete' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/habits'))
  expect(await screen.findByText(/“A walk outside” deleted, with its log\./)).toBeInTheDocument()
  expect(await db.habitLogs.count()).toBe(0)
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await waitFor(async () => expect(await db.habitLogs.count()).toBe(1))
  expect(await db.habits.get(habit.id)).toMatchObject({ name: 'A walk outside' })
})

test('editing a habit renames it; the Journey lists habits beside the other tools', async () => {
  await seedWelcomed()
  const habit = await seedHabit()
  const { user, router } = renderApp(`/journey/habits/${habit.id}/edit`)
  const name = await screen.findByLabelText('Name')
  await user.clear(name)
  await user.type(name, 'Walk by the sea')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: /Walk by the sea/ }),
  ).toBeInTheDocument()

  await router.navigate('/journey')
  expect(await screen.findByRole('link', { name: /^Focus on yourself/ })).toHaveAttribute(
    'href',
    '/journey/habits',
  )
  expect(screen.getByRole('link', { name: /^Give space/ })).toBeInTheDocument()
})
