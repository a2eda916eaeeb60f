import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { AppProviders, AppRoutes } from '@/app/app'
import { updateSettings } from '@/hooks/use-settings'

/** Renders the whole app at `path` over the real (fake-indexeddb) database, as a person would see it. */
export function renderApp(path = '/') {
  // A memory router around the app's own route tree, so tests can read where the app went.
  const router = createMemoryRouter([{ path: '*', Component: AppRoutes }], {
    initialEntries: [path],
  })
  const user = userEvent.setup()
  const utils = render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...utils, user, router }
}

/** A person who has finished (or skipped) the welcome. */
export async function seedWelcomed(profile: Parameters<typeof updateSettings>[0] = {}) {
  await updateSettings({ onboardedAt: '2026-11-01T09:00:00.000Z', ...profile })
}

/** For the few tests where an error in the console is the expected outcome. */
export function expectConsoleError() {
  ;(globalThis as { __allowConsoleError?: boolean }).__allowConsoleError = true
}
