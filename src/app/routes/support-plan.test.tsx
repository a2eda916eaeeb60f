import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

async function storedPlan() {
  return db.safetyPlans.get('mine')
}

test('Support leads to making a plan; each part is saved as it is typed, exactly as typed', async () => {
  await seedWelcomed()
  const { user, unmount } = renderApp('/support')
  await user.click(await screen.findByRole('link', { name: 'Make a plan for hard moments' }))
  const signs = await screen.findByRole('textbox', { name: 'My warning signs' })
  expect(screen.getAllByRole('textbox')).toHaveLength(6)
  const typed = 'I stop sleeping\nשלום, <b>not bold</b> 🌙'
  await user.type(signs, typed)
  await waitFor(async () => expect((await storedPlan())?.warningSigns).toBe(typed))
  expect(screen.getByText('Saved on this phone.')).toBeInTheDocument()

  // An example is one tap, added on a line of its own.
  const coping = screen.getByRole('textbox', { name: 'Things I can do on my own' })
  const examples = screen.getByRole('group', { name: 'Examples for Things I can do on my own' })
  await user.click(within(examples).getByRole('button', { name: '+ A hot shower' }))
  await user.click(within(examples).getByRole('button', { name: '+ Music that calms me' }))
  expect(coping).toHaveValue('A hot shower\nMusic that calms me')
  unmount()
  // Leaving at once still saves what was waiting.
  await waitFor(async () =>
    expect((await storedPlan())?.ownCoping).toBe('A hot shower\nMusic that calms me'),
  )

  // Back on Support the plan shows first, as text, and can be changed any time.
  renderApp('/support')
  const plan = await screen.findByRole('region', { name: 'My plan for hard moments' })
  expect(within(plan).getByText(/not bold/)).toBeInTheDocument()
  expect(plan.querySelector('b')).toBeNull()
  expect(within(plan).getByRole('link', { name: 'Change my plan' })).toHaveAttribute(
    'href',
    '/support/plan',
  )
})

test('a very long part is refused with the reason, and the words stay on screen', async () => {
  await seedWelcomed()
  renderApp('/support/plan')
  const field = await screen.findByRole('textbox', { name: 'Making my surroundings safer' })
  const long = 'x'.repeat(5_010)
  await act(async () => {
    // Pasting a long text at once, as a person would.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    setter.call(field, long)
    field.dispatchEvent(new Event('input', { bubbles: true }))
  })
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /10 characters longer than Steady keeps/,
  )
  expect(field).toHaveValue(long)
  expect((await storedPlan())?.saferSurroundings ?? '').toBe('')
})

test('when storage fails, the plan says it is not saved yet and keeps the words', async () => {
  await seedWelcomed()
  const { user } = renderApp('/support/plan')
  const field = await screen.findByRole('textbox', { name: 'My warning signs' })
  vi.spyOn(db.safetyPlans, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'))
  await user.type(field, 'Late nights')
  expect(await screen.findByRole('alert')).toHaveTextContent(/out of space.*Copy your text/)
  expect(field).toHaveValue('Late nights')
})

test('trusted people: add up to three, with a clear message for a malformed number', async () => {
  await seedWelcomed()
  const { user } = renderApp('/support/people')
  const name = await screen.findByLabelText('Name')
  await user.type(name, 'Maya')
  await user.type(screen.getByLabelText('Phone number'), '07700 9OO 123')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(await screen.findByText(/can only have digits/)).toBeInTheDocument()
  expect(screen.getByLabelText('Phone number')).toHaveAttribute('aria-invalid', 'true')
  await waitFor(() => expect(screen.getByLabelText('Phone number')).toHaveFocus())
  expect(await db.trustedPeople.count()).toBe(0)

  await user.clear(screen.getByLabelText('Phone number'))
  await user.type(screen.getByLabelText('Phone number'), '+44 7700 900123')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  await waitFor(async () => expect(await db.trustedPeople.count()).toBe(1))
  expect(await screen.findByRole('button', { name: 'Change Maya' })).toBeInTheDocument()
  for (const [who, number] of [
    ['Sam', '555 0101'],
    ['نور', '555 0102'],
  ]) {
    await user.type(screen.getByLabelText('Name'), who!)
    await user.type(screen.getByLabelText('Phone number'), number!)
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(await screen.findByRole('button', { name: `Change ${who}` })).toBeInTheDocument()
  }
  expect(await screen.findByText(/Three people is the most/)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument()

  // Removing can be undone.
  await user.click(screen.getByRole('button', { name: 'Remove Sam' }))
  await waitFor(async () => expect(await db.trustedPeople.count()).toBe(2))
  await user.click(await screen.findByRole('button', { name: 'Undo' }))
  await waitFor(async () => expect(await db.trustedPeople.count()).toBe(3))
})

test('Support offers "Text Maya" with a line ready to send, and "Call Maya"', async () => {
  await seedWelcomed()
  await db.trustedPeople.add({
    id: 'p1',
    name: 'Maya',
    phone: '(555) 010-4477',
    dial: '5550104477',
    createdAt: '2026-11-20T20:00:00.000Z',
    updatedAt: '2026-11-20T20:00:00.000Z',
  })
  renderApp('/support')
  const card = await screen.findByRole('region', {
    name: 'Reach out to someone who cares about you',
  })
  const text = await within(card).findByRole('link', { name: 'Text Maya' })
  expect(text.getAttribute('href')).toMatch(
    /^sms:5550104477\?&body=I%E2%80%99m%20having%20a%20hard%20/,
  )
  expect(within(card).getByRole('link', { name: 'Call Maya' })).toHaveAttribute(
    'href',
    'tel:5550104477',
  )
})

test('a check-in at the lowest mood gets one soft line with help, once a day', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('radio', { name: 'Very low' }))
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  const note = await screen.findByRole('region', { name: 'Thank you for writing it down' })
  expect(within(note).getByRole('link', { name: 'Breathe for two minutes' })).toHaveAttribute(
    'href',
    '/support#breathe',
  )
  await user.click(within(note).getByRole('button', { name: 'Get help now' }))
  expect(screen.getByRole('dialog')).toBeInTheDocument()
  await user.click(screen.getAllByRole('button', { name: 'Close' })[0]!)

  // Another very low entry the same day: no second note.
  await user.click(screen.getByRole('button', { name: 'Add another entry' }))
  await user.click(screen.getByRole('radio', { name: 'Very low' }))
  await user.type(screen.getByLabelText('Write as much or as little as you like'), 'Still low')
  await user.click(screen.getByRole('button', { name: 'Save entry' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect(screen.getAllByRole('region', { name: 'Thank you for writing it down' })).toHaveLength(1)
  expect((await db.settings.get('app'))?.lowDayNoteShownOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
})

test('other moods get no extra words', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('radio', { name: 'Low' }))
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect(screen.queryByRole('region', { name: 'Thank you for writing it down' })).toBeNull()
  expect((await db.settings.get('app'))?.lowDayNoteShownOn).toBeUndefined()
})
