import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const PLAN = {
  id: 'mine' as const,
  warningSigns: 'I replay old messages',
  ownCoping: 'A hot shower\nמוזיקה 🎧',
  distractions: '',
  helpers: '',
  professionals: '',
  saferSurroundings: '',
  updatedAt: '2026-11-20T20:00:00.000Z',
}

test('Get help now is one tap from every screen of the app', async () => {
  await seedWelcomed()
  for (const path of ['/', '/journal', '/settings', '/journey/no-contact', '/no-such-page']) {
    const { unmount, user } = renderApp(path)
    await user.click(await screen.findByRole('button', { name: 'Get help now' }))
    expect(screen.getByRole('dialog', { name: /You don’t have to get through/ })).toBeVisible()
    unmount()
  }
})

test('own plan first, then people, grounding, talk lines and emergency numbers, in that order', async () => {
  await seedWelcomed()
  await db.safetyPlans.put(PLAN)
  await db.trustedPeople.add({
    id: 'p1',
    name: 'Maya',
    phone: '+44 7700 900123',
    dial: '+447700900123',
    createdAt: '2026-11-20T20:00:00.000Z',
    updatedAt: '2026-11-20T20:00:00.000Z',
  })
  await db.settings.update('app', { country: 'GB' })
  const { user } = renderApp('/journal')
  await user.click(await screen.findByRole('button', { name: 'Get help now' }))
  const help = screen.getByRole('dialog')
  await within(help).findByText('I replay old messages')
  await within(help).findByRole('region', { name: 'If you are in danger' })
  const headings = within(help)
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent)
  expect(headings).toEqual([
    'Your plan for hard moments',
    'One minute to ground yourself',
    'Talk to someone now',
    'If you are in danger',
  ])
  expect(within(help).getByRole('link', { name: 'Text Maya' }).getAttribute('href')).toMatch(
    /^sms:\+447700900123\?&body=I%E2%80%99m%20having%20a%20hard%20(night|day)%2C%20can%20you%20talk%3F$/,
  )
  expect(within(help).getByRole('link', { name: 'Call Maya' })).toHaveAttribute(
    'href',
    'tel:+447700900123',
  )
  expect(within(help).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
    'href',
    'tel:116123',
  )
  // The country's emergency number comes first; the others stay.
  const danger = within(help).getByRole('region', { name: 'If you are in danger' })
  expect(within(danger).getAllByRole('link')[0]).toHaveAccessibleName(/Call 999/)
  expect(within(danger).getAllByRole('link')).toHaveLength(4)
})

test('a stray tap never closes it; Close does, and focus goes back', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  const opener = await screen.findByRole('button', { name: 'Get help now' })
  await user.click(opener)
  const help = screen.getByRole('dialog')
  await waitFor(() => expect(within(help).getByRole('heading', { level: 1 })).toHaveFocus())

  // Taps on its text, and on the app behind (made inert), change nothing.
  await user.click(within(help).getByText(/one step at a time/))
  await user.click(document.body)
  expect(screen.getByRole('dialog')).toBeInTheDocument()
  expect(document.querySelector('.help-host')).toHaveAttribute('inert')
  await user.click(within(help).getAllByRole('button', { name: 'Close' })[0]!)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(opener).toHaveFocus()
})

test('the country is guessed from the language and can be changed, which Steady remembers', async () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-AU'])
  await seedWelcomed()
  const { user } = renderApp('/support')
  const where = await screen.findByLabelText('Where are you?')
  expect(where).toHaveValue('AU')
  expect(screen.getByText(/Guessed from your phone’s language/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Call 13 11 14' })).toHaveAttribute('href', 'tel:131114')
  expect(screen.getByRole('link', { name: 'Text 0477 13 11 14' })).toHaveAttribute(
    'href',
    'sms:0477131114',
  )
  await user.selectOptions(where, 'CA')
  await waitFor(async () => expect((await db.settings.get('app'))?.country).toBe('CA'))
  expect(await screen.findByRole('link', { name: 'Call 9-8-8' })).toHaveAttribute('href', 'tel:988')
  await user.selectOptions(screen.getByLabelText('Where are you?'), '')
  expect(await screen.findByText('findahelpline.com')).toBeInTheDocument()
  // Emergency numbers stay, whatever the country.
  expect(screen.getByRole('link', { name: /Call 112/ })).toHaveAttribute('href', 'tel:112')
})

test('with no country to guess, the international directory is shown as text', async () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'de'])
  await seedWelcomed()
  renderApp('/support')
  expect(await screen.findByLabelText('Where are you?')).toHaveValue('')
  const address = screen.getByText('findahelpline.com')
  expect(address.closest('a')).toBeNull()
})

test('when storage is blocked, /support and Get help now still work, without the personal parts', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US'])
  const open = vi
    .spyOn(db, 'open')
    .mockRejectedValue(new DOMException('The user denied permission', 'SecurityError'))
  window.history.pushState({}, '', '/support')
  try {
    const { unmount, user } = renderApp('/support')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'When it’s very hard' }),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988')
    expect(screen.getByRole('link', { name: /Call 911/ })).toHaveAttribute('href', 'tel:911')
    expect(screen.getByText(/your own plan isn’t shown here/)).toBeInTheDocument()
    // Changing the country works for this visit, with nothing to store it in.
    await user.selectOptions(screen.getByLabelText('Where are you?'), 'GB')
    expect(screen.getByRole('link', { name: 'Call 116 123' })).toBeInTheDocument()
    unmount()

    window.history.pushState({}, '', '/')
    const again = renderApp('/')
    await screen.findByRole('heading', { name: 'Steady can’t store anything right now' })
    await again.user.click(screen.getByRole('button', { name: 'Get help now' }))
    const help = screen.getByRole('dialog')
    expect(
      await within(help).findByRole('region', { name: 'If you are in danger' }),
    ).toBeInTheDocument()
    expect(within(help).getByRole('link', { name: 'Call 116 123' })).toBeInTheDocument()
    expect(within(help).queryByRole('heading', { name: 'Your plan for hard moments' })).toBeNull()
  } finally {
    open.mockRestore()
    window.history.pushState({}, '', '/')
  }
})

test('the grounding minute moves through the five senses, by itself or with Next', async () => {
  await seedWelcomed()
  const { user } = renderApp('/support')
  await user.click(await screen.findByRole('button', { name: 'Start the minute' }))
  expect(screen.getByText('Step 1 of 5')).toBeInTheDocument()
  expect(screen.getByText(/Name five things you can see/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Next' }))
  expect(screen.getByText('Step 2 of 5')).toBeInTheDocument()
  for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Next' }))
  expect(screen.getByText(/That was a minute for yourself/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
})
