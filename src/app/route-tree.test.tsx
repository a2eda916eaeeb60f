import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { MemoryRouter } from 'react-router'
import { expect, test, vi } from 'vitest'
import { preloadScreenAt, RouteTree, toRouteObjects, type AppRoute } from './route-tree'

function Journal() {
  return <h1>Journal</h1>
}
function Support() {
  return <h1>Support</h1>
}

function table(loadJournal: AppRoute['lazy']) {
  const loadSupport = vi.fn(async () => ({ Component: Support }))
  const routes: AppRoute[] = [
    { path: '/support', lazy: loadSupport },
    { path: '/', children: [{ path: 'journal', lazy: loadJournal }] },
  ]
  return { routeObjects: toRouteObjects(routes), loadSupport }
}

function renderAt(path: string, routeObjects: ReturnType<typeof toRouteObjects>) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Suspense fallback={<p>Opening…</p>}>
        <RouteTree routes={routeObjects} />
      </Suspense>
    </MemoryRouter>,
  )
}

test('a screen preloaded at boot is on the first render: no fallback, so no Suspense hold', async () => {
  const loadJournal = vi.fn(async () => ({ Component: Journal }))
  const { routeObjects, loadSupport } = table(loadJournal)
  await act(async () => preloadScreenAt(routeObjects, '/journal'))
  expect(loadJournal).toHaveBeenCalledOnce()
  expect(loadSupport).not.toHaveBeenCalled()

  renderAt('/journal', routeObjects)
  expect(screen.getByRole('heading', { name: 'Journal' })).toBeInTheDocument()
  expect(screen.queryByText('Opening…')).not.toBeInTheDocument()
  expect(loadJournal).toHaveBeenCalledOnce()
})

test('a screen not preloaded suspends as before, then shows', async () => {
  const { routeObjects, loadSupport } = table(vi.fn(async () => ({ Component: Journal })))
  renderAt('/support', routeObjects)
  expect(screen.getByText('Opening…')).toBeInTheDocument()
  expect(await screen.findByRole('heading', { name: 'Support' })).toBeInTheDocument()
  expect(loadSupport).toHaveBeenCalledOnce()
})

test('a preload that fails (offline, say) leaves the screen free to load when it is opened', async () => {
  const loadJournal = vi
    .fn<NonNullable<AppRoute['lazy']>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValue({ Component: Journal })
  const { routeObjects } = table(loadJournal)
  await act(async () => preloadScreenAt(routeObjects, '/journal'))

  renderAt('/journal', routeObjects)
  expect(await screen.findByRole('heading', { name: 'Journal' })).toBeInTheDocument()
  expect(loadJournal).toHaveBeenCalledTimes(2)
})

test('an address that matches no screen preloads nothing', async () => {
  const loadJournal = vi.fn(async () => ({ Component: Journal }))
  const { routeObjects, loadSupport } = table(loadJournal)
  await act(async () => preloadScreenAt(routeObjects, '/nowhere'))
  expect(loadJournal).not.toHaveBeenCalled()
  expect(loadSupport).not.toHaveBeenCalled()
})
