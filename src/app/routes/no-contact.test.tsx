import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import type { ContactLog, NoContactPlan } from '@/db/types'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const NOW = new Date(2026, 10, 26, 20, 0)

/** The big live count on the tracker. */
/** The count's words: the ring's middle ("7 days"), or the first day's "Day 1 · started …". */
async function expectCount(text: string | RegExp) {
  const region = await screen.findByRole('region', { name: 'Your count' })
  await waitFor(() => expect(region).toHaveTextContent(text))
}

function freezeDate(at = NOW) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

async function seedPlan(overrides: Partial<NoContactPlan> = {}) {
  const plan: NoContactPlan = {
    id: 'plan-1',
    mode: 'no-contact',
    startAt: new Date(2026, 10, 1, 0, 0).toISOString(),
    agreedTopics: '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: new Date(2026, 10, 1, 0, 0).toISOString(),
    ...overrides,
  }
  await db.noContactPlans.add(plan)
  return plan
}

async function seedContact(overrides: Partial<ContactLog> & { at: string }) {
  await db.contacts.add({
    id: `c-${overrides.at}`,
    initiator: 'me',
    channel: 'text',
    replied: false,
    withinAgreement: false,
    note: '',
    createdAt: overrides.at,
    updatedAt: overrides.at,
    ...overrides,
  })
}

test('starting now explains what no contact is for, then counts in hours at first', async () => {
  freezeDate()
  await seedWelcomed({ exName: 'Robin', pronouns: 'she' })
  const { user } = renderApp('/journey/no-contact')
  expect(await screen.findByText(/It is for you, not a tactic to win her back/)).toBeInTheDocument()
  expect(screen.getByText(/your safety comes first/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Start counting' }))

  const count = await screen.findByRole('region', { name: 'Your count' })
  // The first day is said calmly, with the time it started: never a big "less than an hour".
  expect(within(count).getByText(/^Day 1 · started \d{1,2}:\d{2}/)).toBeInTheDocument()
  expect(within(count).queryByText(/Less than an hour/)).toBeNull()
  expect(count).toHaveFocus()
  expect(within(count).getByRole('link', { name: 'I want to text her' })).toHaveAttribute(
    'href',
    '/journey/no-contact/urge',
  )
  expect(await db.noContactPlans.count()).toBe(1)
})

test('a back-dated start counts from that day; a start in the future is refused', async () => {
  freezeDate()
  await seedWelcomed()
  const { user } = renderApp('/journey/no-contact')
  await user.click(await screen.findByRole('radio', { name: /An earlier day/ }))
  const day = screen.getByLabelText('Day of the last contact')
  await user.clear(day)
  await user.type(day, '2026-12-24')
  await user.click(screen.getByRole('button', { name: 'Start counting' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The start can be today or a day in the past, not in the future.',
  )
  expect(await db.noContactPlans.count()).toBe(0)

  await user.clear(day)
  await user.type(day, '2026-11-19')
  await user.click(screen.getByRole('button', { name: 'Start counting' }))
  await expectCount('7 days')
  expect(screen.getByText('7 days. That took real strength.')).toHaveAttribute('role', 'status')
})

test('my ex reaching out unanswered keeps the count; my reply restarts it, kindly', async () => {
  freezeDate()
  await seedWelcomed({ exName: 'Alex' })
  await seedPlan()
  const { user } = renderApp('/journey/no-contact')
  await expectCount('25 days')

  await user.click(screen.getByRole('link', { name: 'Log contact' }))
  await user.click(await screen.findByRole('radio', { name: 'Alex did' }))
  expect(screen.getByRole('radio', { name: 'No, I didn’t reply' })).toBeChecked()
  expect(screen.getByText('This does not restart your count.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText('Logged. Your count keeps going.')).toBeInTheDocument()
  await expectCount('25 days')
  expect(await screen.findByText('Alex reached out; you didn’t reply')).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'Log contact' }))
  await user.click(await screen.findByRole('radio', { name: 'I did' }))
  await user.click(screen.getByRole('radio', { name: 'Call' }))
  expect(
    screen.getByText(/This restarts your count. That’s all right: a restart, not a failure/),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(
    await screen.findByText('Logged. Your count starts again from here, and your history stays.'),
  ).toBeInTheDocument()
  await expectCount(/Day 1 · started \d{1,2}:\d{2}/)
  expect(
    within(screen.getByRole('region', { name: 'Your count' })).getByText('Your longest: 25 days'),
  ).toBeInTheDocument()
  expect(screen.getByText('Longest stretch').previousElementSibling).toHaveTextContent('25 days')
  expect(screen.getByText('Each one a restart, not a failure')).toBeInTheDocument()
})

test('who reached out is never presumed; running into each other keeps the count unless you talked', async () => {
  freezeDate()
  await seedWelcomed({ exName: 'Alex' })
  await seedPlan()
  const { user } = renderApp('/journey/no-contact')
  await expectCount('25 days')
  await user.click(screen.getByRole('link', { name: 'Log contact' }))
  const who = await screen.findByRole('group', { name: 'Who reached out?' })
  for (const radio of within(who).getAllByRole('radio')) expect(radio).not.toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(screen.getByRole('alert')).toHaveTextContent('Choose who reached out')
  expect(await db.contacts.count()).toBe(0)

  await user.click(within(who).getByRole('radio', { name: 'We ran into each other' }))
  expect(screen.getByRole('radio', { name: 'No, I kept my distance' })).toBeChecked()
  expect(screen.getByText('This does not restart your count.')).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: 'In person' }))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText('Logged. Your count keeps going.')).toBeInTheDocument()
  await expectCount('25 days')
  expect(await screen.findByText('You ran into Alex; you kept your distance')).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'Log contact' }))
  await user.click(await screen.findByRole('radio', { name: 'We ran into each other' }))
  await user.click(screen.getByRole('radio', { name: 'Yes, we talked' }))
  expect(screen.getByText(/This restarts your count/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expectCount(/Day 1 · started \d{1,2}:\d{2}/)
})

test('editing or deleting a past contact works the count out again, with undo', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  await seedContact({ at: new Date(2026, 10, 20, 21, 0).toISOString(), note: 'texted at night' })
  const { user } = renderApp('/journey/no-contact')
  await expectCount('5 days')

  await user.click(await screen.findByRole('link', { name: /texted at night/ }))
  await user.click(await screen.findByRole('radio', { name: /Your ex did/ }))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await expectCount('25 days')

  await user.click(await screen.findByRole('link', { name: /texted at night/ }))
  await user.click(await screen.findByRole('radio', { name: 'I did' }))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await expectCount('5 days')

  await user.click(await screen.findByRole('link', { name: /texted at night/ }))
  await user.click(await screen.findByRole('button', { name: 'Delete this contact' }))
  await expectCount('25 days')
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await expectCount('5 days')
})

test('a contact in the future or with a huge note is refused with the reason, and nothing is saved', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact/contacts/new')
  const day = await screen.findByLabelText('Day')
  await user.click(screen.getByRole('radio', { name: 'I did' }))
  await user.clear(day)
  await user.type(day, '2026-11-27')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This is in the future. Log contact once it has happened.',
    ),
  )
  // The form moves focus to its problem on the next frame; a person types again after that.
  await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus())

  await user.clear(day)
  await user.type(day, '2026-11-26')
  await user.click(screen.getByLabelText('Note (optional)'))
  await user.paste('x'.repeat(20_001))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  // The earlier problem stays on screen until the new save has been checked: wait for the new one.
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent('The note is 1 characters too long'),
  )
  expect(await db.contacts.count()).toBe(0)
})

test('limited contact: contact within what was agreed does not restart the count', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan({ mode: 'limited', agreedTopics: 'school pick-ups' })
  const { user } = renderApp('/journey/no-contact/contacts/new')
  await user.click(await screen.findByRole('radio', { name: 'I did' }))
  await user.click(
    await screen.findByRole('checkbox', {
      name: 'It was only about what we agreed (school pick-ups)',
    }),
  )
  expect(screen.getByText('This does not restart your count.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expectCount('25 days')
})

test('notes keep emoji, right-to-left text and markup exactly, shown as text', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact/contacts/new')
  await user.click(await screen.findByRole('radio', { name: 'I did' }))
  await user.click(screen.getByLabelText('Note (optional)'))
  await user.paste('<b>hi</b> 🌧️ שלום')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  const note = await screen.findByText('<b>hi</b> 🌧️ שלום')
  expect(note).toHaveAttribute('dir', 'auto')
  expect((await db.contacts.toArray())[0]?.note).toBe('<b>hi</b> 🌧️ שלום')
})

test('Today shows the live count with a one-tap way out of an urge', async () => {
  freezeDate()
  await seedWelcomed({ pronouns: 'he' })
  await seedPlan({ startAt: new Date(2026, 10, 25, 15, 0).toISOString() })
  renderApp('/')
  const card = await screen.findByRole('region', { name: 'Your no-contact count' })
  expect(within(card).getByRole('progressbar', { name: 'Toward 3 days' })).toHaveAttribute(
    'aria-valuetext',
    '1 of 3 days',
  )
  expect(card).toHaveTextContent('1 day and 5 hours')
  expect(within(card).getByRole('link', { name: 'I want to text him' })).toHaveAttribute(
    'href',
    '/journey/no-contact/urge',
  )
})

test('stopping keeps the history; a new start begins a fresh count', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact')
  await user.click(await screen.findByText('Change the start or the kind of contact'))
  await user.click(screen.getByRole('button', { name: 'Stop counting' }))
  await user.click(screen.getByRole('button', { name: 'Yes, stop counting' }))
  expect(await screen.findByRole('button', { name: 'Start counting' })).toBeInTheDocument()
  expect((await db.noContactPlans.get('plan-1'))?.endedAt).toBeTruthy()
})

test('a stopped count stays in the history and the totals, before and after a new start', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact')
  await user.click(await screen.findByText('Change the start or the kind of contact'))
  await user.click(screen.getByRole('button', { name: 'Stop counting' }))
  await user.click(screen.getByRole('button', { name: 'Yes, stop counting' }))
  await screen.findByRole('button', { name: 'Start counting' })

  const history = await screen.findByRole('region', { name: 'Your history' })
  expect(within(history).getByText('Longest stretch').previousElementSibling).toHaveTextContent(
    '25 days',
  )
  expect(
    within(history).getByText('All days without contact').previousElementSibling,
  ).toHaveTextContent('25 days')
  expect(within(history).getByRole('list', { name: /Every count so far/ })).toHaveTextContent(
    /25 days \(you stopped counting\)/,
  )

  await user.click(screen.getByRole('button', { name: 'Start counting' }))
  await expectCount(/Day 1 · started \d{1,2}:\d{2}/)
  const after = await screen.findByRole('region', { name: 'Your history' })
  expect(within(after).getByText('Longest stretch').previousElementSibling).toHaveTextContent(
    '25 days',
  )
  expect(within(after).getAllByRole('listitem')).toHaveLength(2)
})

test('the journey lists the no-contact tool and the bottom bar reaches it', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('link', { name: 'Journey' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Your journey' })).toBeInTheDocument()
  await user.click(await screen.findByRole('link', { name: /^Give space/ }))
  expect(await screen.findByRole('heading', { level: 1, name: 'No contact' })).toBeInTheDocument()
})

test('a start after a logged contact counts from the start; that contact is shown as before it', async () => {
  freezeDate()
  await seedWelcomed()
  await seedContact({ at: new Date(2026, 10, 5, 21, 0).toISOString(), note: 'the last call' })
  const { user } = renderApp('/journey/no-contact')
  await user.click(await screen.findByRole('radio', { name: /An earlier day/ }))
  const day = screen.getByLabelText('Day of the last contact')
  await user.clear(day)
  await user.type(day, '2026-11-10')
  await user.click(screen.getByRole('button', { name: 'Start counting' }))
  await expectCount('16 days')
  const contact = await screen.findByRole('link', { name: /the last call/ })
  expect(contact).toHaveTextContent('Before this count began')
})

test('an emptied date or time is explained, and nothing is saved', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact/contacts/new')
  await user.click(await screen.findByRole('radio', { name: 'I did' }))
  await user.clear(screen.getByLabelText('Time'))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(screen.getByRole('alert')).toHaveTextContent('Choose a real date and time.')
  expect(await db.contacts.count()).toBe(0)
})

test('changing the start stays open after saving, so its “Saved” is seen, and the count follows', async () => {
  freezeDate()
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact')
  await user.click(await screen.findByText('Change the start or the kind of contact'))
  const start = screen.getByLabelText('Counting from')
  await user.clear(start)
  await user.type(start, '2026-11-20')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByText('Saved. The count is worked out again from your log.'),
  ).toBeVisible()
  expect(screen.getByLabelText('Counting from')).toBeVisible()
  await expectCount(/6 days/)
  expect(screen.getByText('Saved. The count is worked out again from your log.')).toBeVisible()
})
