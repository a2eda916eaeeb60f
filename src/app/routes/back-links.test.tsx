// One back link pattern for every sub-screen (issue 8): the first link in the page's main part is
// "‹ Parent", leading to the screen it was opened from.
import { cleanup, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { buildEntry, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const SUB_SCREENS: [path: string, heading: string, parent: string, to: string][] = [
  ['/support/plan', 'My plan for hard moments', 'Support', '/support'],
  ['/support/people', 'People I trust', 'Support', '/support'],
  ['/journey/no-contact', 'No contact', 'Journey', '/journey'],
  ['/journey/no-contact/contacts/new', 'Log contact', 'No contact', '/journey/no-contact'],
  ['/journal/back-link/edit', 'Edit entry', 'The entry', '/journal/back-link'],
  ['/journal/back-link', '', 'Journal', '/journal'],
  ['/settings/appearance', 'Appearance', 'Settings', '/settings'],
]

test('every sub-screen starts with one back link to its parent', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ id: 'back-link' })])
  for (const [path, heading, parent, to] of SUB_SCREENS) {
    renderApp(path)
    await screen.findByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })
    const main = screen.getByRole('main')
    const [first] = within(main).getAllByRole('link')
    expect(first, path).toHaveAccessibleName(parent)
    expect(first, path).toHaveAttribute('href', to)
    expect(within(main).getAllByRole('link', { name: parent }), path).toHaveLength(1)
    cleanup()
  }
})
