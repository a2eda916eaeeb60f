import { fireEvent, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildEntry, buildOuting } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// Thursday 26 November 2026, 20:00 in Berlin (the tests' zone).
const NOW = new Date(2026, 10, 26, 20, 0)

function freezeDate(at = NOW) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

/** What the app handed to the browser as a download, read back as text. */
function captureDownloads() {
  const files: File[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as File)
    return 'blob:outing'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  return files
}

async function only() {
  const rows = await db.outings.toArray()
  expect(rows).toHaveLength(1)
  return rows[0]!
}

test('planning an outing: an idea names it, people and place are kept, and it can go in the calendar', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.add(
    buildOuting({ id: 'old', withWhom: 'Sam and Alex', day: '2026-11-01', status: 'done' }),
  )
  const { user } = renderApp('/journey/outings/new')
  await user.click(await screen.findByRole('radio', { name: 'Dinner' }))
  expect(screen.getByLabelText('Name')).toHaveValue('Dinner')
  await user.click(screen.getByRole('button', { name: '+ Sam' }))
  expect(screen.getByLabelText('With whom (optional)')).toHaveValue('Sam')
  await user.clear(screen.getByLabelText('Name'))
  await user.type(screen.getByLabelText('Name'), 'Dinner; 映画 after, 🎬')
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-12-05' } })
  fireEvent.change(screen.getByLabelText('Starts (optional)'), { target: { value: '19:00' } })
  fireEvent.change(screen.getByLabelText('Ends (optional)'), { target: { value: '22:30' } })
  await user.type(screen.getByLabelText('Where (optional)'), 'Café Nord, 2nd floor')
  await user.click(screen.getByRole('button', { name: 'Plan it' }))

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Dinner; 映画 after, 🎬' }),
  ).toBeInTheDocument()
  // In the person's own 12- or 24-hour style.
  expect(
    screen.getByText(/^Saturday 5 December, (19:00|7:00 PM)–(22:30|10:30 PM)$/),
  ).toBeInTheDocument()
  const saved = (await db.outings.get({ day: '2026-12-05' }))!
  expect(saved).toMatchObject({
    kind: 'dinner',
    withWhom: 'Sam',
    place: 'Café Nord, 2nd floor',
    startTime: '19:00',
    endTime: '22:30',
    timeZone: 'Europe/Berlin',
    status: 'planned',
    loggedAfter: false,
    sequence: 0,
  })

  const files = captureDownloads()
  await user.click(screen.getByRole('button', { name: 'Add to calendar' }))
  expect(await screen.findByText(/^Downloaded dinner-after\.ics/)).toBeInTheDocument()
  const text = await files[0]!.text()
  expect(text).toContain(`UID:${saved.uid}\r\n`)
  expect(text).toContain('SUMMARY:Dinner\\; 映画 after\\, 🎬\r\n')
  expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261205T190000\r\n')
  expect(files[0]!.type).toBe('text/calendar')

  await user.click(screen.getByRole('button', { name: 'Copy calendar text' }))
  expect(await screen.findByText(/^Copied\./)).toBeInTheDocument()
  expect(await navigator.clipboard.readText()).toContain(`UID:${saved.uid}\r\n`)
})

test('an empty name and an end before the start are explained, and nothing is saved', async () => {
  freezeDate()
  await seedWelcomed()
  const { user } = renderApp('/journey/outings/new')
  await user.click(await screen.findByRole('button', { name: 'Plan it' }))
  expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Give it a short name/)
  expect(screen.getByLabelText('Name')).toHaveFocus()

  await user.type(screen.getByLabelText('Name'), 'Film')
  fireEvent.change(screen.getByLabelText('Starts (optional)'), { target: { value: '21:00' } })
  fireEvent.change(screen.getByLabelText('Ends (optional)'), { target: { value: '01:00' } })
  await user.click(screen.getByRole('button', { name: 'Plan it' }))
  expect(screen.getByLabelText('Ends (optional)')).toHaveAccessibleDescription(
    /ends before it starts/,
  )
  expect(await db.outings.count()).toBe(0)

  await user.click(screen.getByRole('checkbox', { name: 'Ends after midnight' }))
  await user.click(screen.getByRole('button', { name: 'Plan it' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Film' })).toBeInTheDocument()
  expect((await only()).endsNextDay).toBe(true)
})

test('an outing in the past is logged as such, and Steady asks straight away how it went', async () => {
  freezeDate()
  await seedWelcomed()
  const { user } = renderApp('/journey/outings/new')
  await user.type(await screen.findByLabelText('Name'), 'Walk with Mum')
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-25' } })
  expect(
    await screen.findByText(/already come: it will be kept as something you did/),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Log this outing' }))
  expect(await screen.findByText('Logged outing')).toBeInTheDocument()
  expect((await only()).loggedAfter).toBe(true)
  expect(screen.getByRole('heading', { name: 'How did it go?' })).toBeInTheDocument()
})

test('after its time, it happened: how it felt and a note are kept', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.add(buildOuting({ id: 'o1', day: '2026-11-25', startTime: '19:00' }))
  const { user } = renderApp('/journey/outings/o1')
  await user.click(await screen.findByRole('radio', { name: 'Yes, it did' }))
  await user.click(screen.getByRole('radio', { name: 'Good' }))
  await user.type(screen.getByLabelText('Anything to remember? (optional)'), 'Laughed a lot')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText('Saved. Thank you for going.')).toBeInTheDocument()
  expect(await db.outings.get('o1')).toMatchObject({
    status: 'done',
    mood: 4,
    reflection: 'Laughed a lot',
  })
  // The form gives way to what was kept.
  expect(await screen.findByText('Looking back')).toBeInTheDocument()
  expect(screen.getByText('Laughed a lot', { selector: 'dd' })).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'How did it go?' })).not.toBeInTheDocument()
})

test('after its time, it didn’t happen: said without judgement, and it can be planned again', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.add(buildOuting({ id: 'o1', day: '2026-11-25' }))
  const { user } = renderApp('/journey/outings/o1')
  await user.click(await screen.findByRole('radio', { name: 'No, it didn’t' }))
  expect(screen.getByText(/Plans move, and that’s all right/)).toBeInTheDocument()
  expect(screen.queryByRole('radio', { name: 'Good' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText('Saved. No harm done.')).toBeInTheDocument()
  expect(await db.outings.get('o1')).toMatchObject({ status: 'missed', mood: null })

  await user.click(await screen.findByRole('button', { name: 'Plan it again' }))
  fireEvent.change(await screen.findByLabelText('Day'), { target: { value: '2026-12-12' } })
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText('Planned outing')).toBeInTheDocument()
  expect(await db.outings.get('o1')).toMatchObject({
    status: 'planned',
    day: '2026-12-12',
    sequence: 1,
  })
})

test('moving an outing across the clock change keeps its UID and time, and raises its sequence', async () => {
  freezeDate(new Date(2026, 2, 20, 12, 0))
  await seedWelcomed()
  await db.outings.add(buildOuting({ id: 'o1', day: '2026-03-27', startTime: '19:00' }))
  const { user } = renderApp('/journey/outings/o1/edit')
  fireEvent.change(await screen.findByLabelText('Day'), { target: { value: '2026-04-03' } })
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText(/the event there will update/)).toBeInTheDocument()
  const moved = (await db.outings.get('o1'))!
  expect(moved).toMatchObject({
    uid: 'o1@steady',
    sequence: 1,
    day: '2026-04-03',
    startTime: '19:00',
  })
  const files = captureDownloads()
  await user.click(await screen.findByRole('button', { name: 'Add to calendar' }))
  await screen.findByText(/^Downloaded/)
  const text = await files[0]!.text()
  expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260403T190000\r\n')
  expect(text).toContain('SEQUENCE:1\r\n')
  expect(text).toContain('TZOFFSETTO:+0200\r\n')
})

test('planned in another time zone: the times say whose they are, and can move to this one', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.add(buildOuting({ id: 'o1', timeZone: 'Europe/London', startTime: '19:00' }))
  const { user } = renderApp('/journey/outings/o1')
  expect(
    await screen.findByText(/^Saturday 5 December, (19:00|7:00 PM) \(London time\)$/),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Change or move' }))
  await user.click(await screen.findByRole('button', { name: 'Use Berlin time instead' }))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText(/^Saturday 5 December, (19:00|7:00 PM)$/)).toBeInTheDocument()
  expect((await db.outings.get('o1'))?.timeZone).toBe('Europe/Berlin')
})

test('cancelling can be undone', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.add(buildOuting({ id: 'o1' }))
  const { user } = renderApp('/journey/outings/o1')
  await user.click(await screen.findByRole('button', { name: 'Cancel outing' }))
  expect(await screen.findByText(/Cancelled\. If it’s in your calendar/)).toBeInTheDocument()
  expect((await db.outings.get('o1'))?.status).toBe('cancelled')
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await vi.waitFor(async () => expect((await db.outings.get('o1'))?.status).toBe('planned'))
})

test('the planner: to ask about, upcoming by week, past below, and one file of all upcoming', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.bulkAdd([
    buildOuting({ id: 'a', title: 'Film night', day: '2026-11-28' }),
    buildOuting({ id: 'b', title: 'Family lunch', day: '2026-12-01', startTime: null }),
    buildOuting({ id: 'c', title: 'Yoga class', day: '2026-11-25' }),
    buildOuting({ id: 'd', title: 'Bowling', day: '2026-11-10', status: 'cancelled' }),
  ])
  const { user } = renderApp('/journey/outings')
  const thisWeek = await screen.findByRole('list', { name: 'This week' })
  expect(within(thisWeek).getByRole('link', { name: /Film night/ })).toBeInTheDocument()
  expect(
    within(screen.getByRole('list', { name: 'Next week' })).getByRole('link', {
      name: /Family lunch/,
    }),
  ).toBeInTheDocument()
  expect(
    within(screen.getByRole('list', { name: 'How did it go?' })).getByRole('link', {
      name: /Yoga class/,
    }),
  ).toBeInTheDocument()
  expect(
    within(screen.getByRole('list', { name: 'Past outings' })).getByRole('link', {
      name: /Bowling.*Cancelled/,
    }),
  ).toBeInTheDocument()

  const files = captureDownloads()
  expect(screen.getByText(/For importing on a computer/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Download all upcoming' }))
  await screen.findByText(/^Downloaded steady-upcoming-outings\.ics/)
  const text = await files[0]!.text()
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2)
  expect(text).toContain('DTSTART;VALUE=DATE:20261201\r\n')
})

test('the mood pattern appears with three outing days and three other days, worded as what happened', async () => {
  freezeDate()
  await seedWelcomed()
  const pattern = () => screen.findByRole('region', { name: 'Outing days and your mood' })
  const days = [20, 21, 22, 23, 24, 25]
  await db.entries.bulkAdd(
    days.map((d, i) => buildEntry({ at: new Date(2026, 10, d, 21), mood: i < 3 ? 4 : 2 })),
  )
  await db.outings.bulkAdd(
    days.slice(0, 2).map((d) => buildOuting({ day: `2026-11-${d}`, status: 'done' })),
  )
  const first = renderApp('/journey/outings')
  expect(await within(await pattern()).findByText(/After at least 3 days/)).toBeInTheDocument()
  first.unmount()
  await db.outings.add(buildOuting({ day: '2026-11-22', status: 'done' }))
  renderApp('/journey/outings')
  expect(
    await within(await pattern()).findByText(
      'On the days you went out, your mood was higher, on average. Outing days: 4.0 out of 5 over 3 days. Other days: 2.0 out of 5 over 3 days.',
    ),
  ).toBeInTheDocument()
})

test('Today shows the next outing, and later asks gently how it went', async () => {
  freezeDate()
  await seedWelcomed()
  await db.outings.add(buildOuting({ id: 'o1', title: 'Dinner with Sam', day: '2026-11-27' }))
  const first = renderApp('/')
  const card = await screen.findByRole('region', { name: 'Dinner with Sam' })
  expect(within(card).getByText('Next outing')).toBeInTheDocument()
  expect(within(card).getByRole('link', { name: 'See the outing' })).toHaveAttribute(
    'href',
    '/journey/outings/o1',
  )
  first.unmount()

  freezeDate(new Date(2026, 10, 28, 10, 0))
  renderApp('/')
  const asking = await screen.findByRole('region', { name: 'Dinner with Sam' })
  expect(
    within(asking).getByText(/How did it go\? Whatever happened is fine\./),
  ).toBeInTheDocument()
  expect(within(asking).getByRole('link', { name: 'Tell Steady how it went' })).toBeInTheDocument()
})

test('Today invites planning when there is nothing planned', async () => {
  await seedWelcomed()
  renderApp('/')
  const card = await screen.findByRole('region', { name: 'Something to look forward to' })
  expect(within(card).getByRole('link', { name: 'Plan an outing' })).toHaveAttribute(
    'href',
    '/journey/outings/new',
  )
})

test('the daily reminder is honest about what it does, and adding it again replaces it', async () => {
  freezeDate()
  await seedWelcomed()
  const { user } = renderApp('/journey/outings/reminder')
  expect(
    await screen.findByText(/remind you even on days you have already checked in/),
  ).toBeInTheDocument()
  expect(screen.getByText(/delete it, choosing “all events”/)).toBeInTheDocument()
  fireEvent.change(screen.getByLabelText('Time of the reminder'), { target: { value: '21:30' } })
  const files = captureDownloads()
  await user.click(screen.getByRole('button', { name: 'Add the reminder to my calendar' }))
  await screen.findByText(/^Downloaded steady-check-in-reminder\.ics/)
  const first = (await db.settings.get('app'))!.checkInReminder!
  expect(first).toMatchObject({ time: '21:30', sequence: 0, timeZone: 'Europe/Berlin' })
  expect(await files[0]!.text()).toContain('RRULE:FREQ=DAILY\r\n')

  await user.click(screen.getByRole('checkbox', { name: 'Saturday' }))
  await user.click(screen.getByRole('checkbox', { name: 'Sunday' }))
  await user.click(screen.getByRole('button', { name: 'Add the reminder to my calendar' }))
  await vi.waitFor(() => expect(files).toHaveLength(2))
  const second = (await db.settings.get('app'))!.checkInReminder!
  expect(second).toMatchObject({
    uid: first.uid,
    sequence: 1,
    weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
  })
  const text = await files[1]!.text()
  expect(text).toContain(`UID:${first.uid}\r\n`)
  expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n')

  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
    await user.click(screen.getByRole('checkbox', { name: day }))
  expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one day.')
  expect(
    screen.queryByRole('button', { name: 'Add the reminder to my calendar' }),
  ).not.toBeInTheDocument()
})

test('a missing outing says so kindly', async () => {
  await seedWelcomed()
  renderApp('/journey/outings/nope')
  expect(await screen.findByRole('heading', { name: 'This outing isn’t here' })).toBeInTheDocument()
})

test('the journey lists the outing planner', async () => {
  await seedWelcomed()
  renderApp('/journey')
  expect(await screen.findByRole('link', { name: /^Live your life/ })).toHaveAttribute(
    'href',
    '/journey/outings',
  )
})

test('what is typed while planning is kept as a draft, and saving removes it', async () => {
  freezeDate()
  await seedWelcomed()
  const first = renderApp('/journey/outings/new')
  await first.user.type(await screen.findByLabelText('Name'), 'Picnic 🧺, 公园')
  await first.user.type(screen.getByLabelText('Where (optional)'), 'By the river')
  await vi.waitFor(async () =>
    expect((await db.drafts.get('outing:new'))?.fields).toMatchObject({
      title: 'Picnic 🧺, 公园',
      place: 'By the river',
    }),
  )
  first.unmount()

  const { user } = renderApp('/journey/outings/new')
  expect(await screen.findByLabelText('Name')).toHaveValue('Picnic 🧺, 公园')
  expect(screen.getByLabelText('Where (optional)')).toHaveValue('By the river')
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-12-06' } })
  await user.click(screen.getByRole('button', { name: 'Plan it' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Picnic 🧺, 公园' }),
  ).toBeInTheDocument()
  expect(await db.drafts.get('outing:new')).toBeUndefined()
})
