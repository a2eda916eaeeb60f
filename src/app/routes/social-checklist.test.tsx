import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildSocialChecklistItem } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const PATH = '/journey/no-contact/social'

/** A paragraph by its whole text, names (in their own <bdi>) included. */
function paragraph(pattern: RegExp) {
  return screen.findByText(
    (_, element) => element?.tagName === 'P' && pattern.test(element.textContent ?? ''),
  )
}

/** Rows are keyed by random ids, so find one by its name. */
async function stored(platform: string) {
  return (await db.socialChecklist.toArray()).find((row) => row.platform === platform)
}

function platformCard(name: string) {
  return screen.findByRole('region', { name })
}

test('platforms are added with one tap or by name, and each step records when it was done', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 20, 0))
  await seedWelcomed({ exName: 'Robin', pronouns: 'she' })
  const { user } = renderApp(PATH)
  expect(await screen.findByRole('heading', { level: 1, name: 'Social media' })).toBeInTheDocument()
  expect(
    await paragraph(/^Seeing Robin’s posts and stories keeps reopening the wound/),
  ).toBeVisible()
  expect(await paragraph(/Add the apps where you might see Robin\./)).toBeInTheDocument()

  const quickAdd = screen.getByRole('list', { name: 'Add with one tap' })
  expect(
    within(quickAdd)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual([
    '+ Instagram',
    '+ Facebook',
    '+ TikTok',
    '+ X',
    '+ Snapchat',
    '+ WhatsApp',
    '+ LinkedIn',
  ])
  await user.click(within(quickAdd).getByRole('button', { name: 'Instagram' }))
  const instagram = await platformCard('Instagram')
  // Once listed, it is no longer suggested.
  await waitFor(() =>
    expect(within(quickAdd).queryByRole('button', { name: 'Instagram' })).not.toBeInTheDocument(),
  )

  await user.type(screen.getByLabelText('Another app or site'), '  Strava ')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(await platformCard('Strava')).toBeInTheDocument()
  expect(screen.getByLabelText('Another app or site')).toHaveValue('')

  const unfollowed = within(instagram).getByRole('checkbox', { name: 'Unfollowed her' })
  expect(
    within(instagram).getByRole('checkbox', { name: 'Muted her or hid her stories' }),
  ).not.toBeChecked()
  await user.click(unfollowed)
  await waitFor(() => expect(unfollowed).toBeChecked())
  expect(within(instagram).getByText('Done on Thursday 26 November')).toBeInTheDocument()
  await user.click(within(instagram).getByRole('checkbox', { name: 'Archived photos of us' }))
  await waitFor(async () =>
    expect(await stored('Instagram')).toMatchObject({
      unfollowedAt: new Date(2026, 10, 26, 20, 0).toISOString(),
      mutedAt: null,
      archivedAt: new Date(2026, 10, 26, 20, 0).toISOString(),
    }),
  )

  // Unticking forgets when it was done.
  await user.click(unfollowed)
  await waitFor(() => expect(unfollowed).not.toBeChecked())
  expect(within(instagram).getAllByText(/^Done on/)).toHaveLength(1)
  expect((await stored('Instagram'))?.unfollowedAt).toBeNull()
})

test('empty, duplicate and over-long names are refused with the reason', async () => {
  await seedWelcomed()
  await db.socialChecklist.add(
    buildSocialChecklistItem({ id: 'p1', unfollowedAt: null, archivedAt: null, note: '' }),
  )
  const { user } = renderApp(PATH)
  const field = await screen.findByLabelText('Another app or site')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Type the name of the app or site, for example Instagram.',
  )
  expect(field).toHaveAttribute('aria-invalid', 'true')

  await user.type(field, '   ')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Type the name of the app or site')

  await user.clear(field)
  await user.type(field, ' instagram')
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('instagram is already on the list.')
  // The words stay in the field so they can be fixed.
  expect(field).toHaveValue(' instagram')

  await user.clear(field)
  await user.click(field)
  await user.paste('A'.repeat(101))
  await user.click(screen.getByRole('button', { name: 'Add' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Please keep the name to 100 characters.',
  )
  expect(await db.socialChecklist.count()).toBe(1)
})

test('a note is saved on leaving the field or with Save; an over-long one is refused', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'TikTok' }))
  const card = await platformCard('TikTok')
  const note = within(card).getByLabelText(/Note for TikTok/)
  const typed = 'Muted on the bus 🚌 — שלום <script>alert(1)</script>'
  await user.click(note)
  await user.paste(typed)
  await user.tab()
  expect(await within(card).findByText('Note saved.')).toBeInTheDocument()
  expect((await db.socialChecklist.toArray())[0]?.note).toBe(typed)
  expect(note).toHaveAttribute('dir', 'auto')
  expect(document.querySelector('main script')).toBeNull()

  await user.click(note)
  await user.paste('z'.repeat(20_000))
  await user.click(within(card).getByRole('button', { name: 'Save note' }))
  expect(await within(card).findByRole('alert')).toHaveTextContent(
    /^The note is \d+ characters too long \(up to 20,000\)/,
  )
  expect(note).toHaveValue(typed + 'z'.repeat(20_000))
  expect((await db.socialChecklist.toArray())[0]?.note).toBe(typed)
})

test('a platform can be removed after a second tap, and kept with the first', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Snapchat' }))
  const card = await platformCard('Snapchat')
  await user.click(within(card).getByRole('button', { name: 'Remove Snapchat' }))
  expect(within(card).getByText(/Take Snapchat off your list/)).toBeInTheDocument()
  expect(within(card).getByRole('button', { name: 'Keep it' })).toHaveFocus()
  await user.click(within(card).getByRole('button', { name: 'Keep it' }))
  expect(within(card).getByRole('button', { name: 'Remove Snapchat' })).toHaveFocus()
  expect(await db.socialChecklist.count()).toBe(1)

  await user.click(within(card).getByRole('button', { name: 'Remove Snapchat' }))
  await user.click(within(card).getByRole('button', { name: 'Yes, remove it' }))
  await waitFor(() =>
    expect(screen.queryByRole('region', { name: 'Snapchat' })).not.toBeInTheDocument(),
  )
  expect(await db.socialChecklist.count()).toBe(0)
  // Suggested again once it is off the list.
  expect(screen.getByRole('button', { name: 'Snapchat' })).toBeInTheDocument()
})
