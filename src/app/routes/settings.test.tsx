import { screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { usePwaStore, type BeforeInstallPromptEvent } from '@/pwa/store'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

function fakeStorage(persisted: boolean, persistResult = persisted) {
  const storage = {
    persisted: vi.fn().mockResolvedValue(persisted),
    persist: vi.fn().mockResolvedValue(persistResult),
    estimate: vi.fn().mockResolvedValue({ usage: 2_400_000, quota: 1_200_000_000 }),
  }
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage })
  return storage
}

test('names and pronouns can be changed later, and the app uses the new ones', async () => {
  await seedWelcomed({ userName: 'Sam', exName: 'Alex' })
  const { user } = renderApp('/settings/profile')
  const exField = await screen.findByLabelText('Your ex’s name or a nickname')
  expect(exField).toHaveValue('Alex')
  await user.clear(exField)
  await user.type(exField, 'J.')
  await user.click(screen.getByRole('radio', { name: 'he / him' }))
  await user.click(screen.getByRole('button', { name: 'Save names' }))
  expect(await screen.findByText('Saved.')).toBeInTheDocument()
  expect(await db.settings.get('app')).toMatchObject({
    exName: 'J.',
    pronouns: 'he',
    userName: 'Sam',
  })

  await user.click(screen.getByRole('link', { name: 'Support' }))
  expect(
    await screen.findByRole('heading', { name: 'Write it here instead of texting J.' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/to him into words/)).toBeInTheDocument()
})

test('choosing Dark applies at once and is remembered', async () => {
  await seedWelcomed()
  const { user } = renderApp('/settings/appearance')
  await user.click(await screen.findByRole('radio', { name: 'Dark' }))
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
  expect((await db.settings.get('app'))?.theme).toBe('dark')
  expect(localStorage.getItem('steady-theme')).toBe('dark')

  await user.click(screen.getByRole('radio', { name: 'Same as my phone' }))
  await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined())
})

test('the storage panel shows protection and space used', async () => {
  fakeStorage(true)
  await seedWelcomed({ persistence: 'granted' })
  renderApp('/settings/storage')
  expect(
    await screen.findByText('Yes: the browser will not clear Steady’s data on its own'),
  ).toBeInTheDocument()
  expect(await screen.findByText('2.4 MB of 1.2 GB available')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Ask the browser again' })).not.toBeInTheDocument()
  Reflect.deleteProperty(navigator, 'storage')
})

test('when protection was refused, it explains the risk and can ask again', async () => {
  const storage = fakeStorage(false, true)
  await seedWelcomed({ persistence: 'denied' })
  const { user } = renderApp('/settings/storage')
  expect(await screen.findByText('Not yet: the browser said no for now')).toBeInTheDocument()
  expect(
    screen.getByText(/may clear Steady’s data when the phone runs low on space/),
  ).toBeInTheDocument()
  storage.persisted.mockResolvedValue(true)
  await user.click(screen.getByRole('button', { name: 'Ask the browser again' }))
  expect(
    await screen.findByText('Yes: the browser will not clear Steady’s data on its own'),
  ).toBeInTheDocument()
  expect((await db.settings.get('app'))?.persistence).toBe('granted')
  Reflect.deleteProperty(navigator, 'storage')
})

test('a browser without the storage API is described plainly', async () => {
  await seedWelcomed()
  renderApp('/settings/storage')
  expect(await screen.findByText('This browser does not offer it')).toBeInTheDocument()
  expect(screen.getByText('Your browser does not say')).toBeInTheDocument()
})

test('where the browser offers installing, one button does it', async () => {
  await seedWelcomed()
  const prompt = vi.fn().mockResolvedValue(undefined)
  const installEvent = Object.assign(new Event('beforeinstallprompt'), {
    prompt,
    userChoice: Promise.resolve({ outcome: 'accepted' as const }),
  }) as BeforeInstallPromptEvent
  usePwaStore.setState({ installEvent })
  const { user } = renderApp('/settings/storage')
  await user.click(await screen.findByRole('button', { name: 'Install app' }))
  expect(prompt).toHaveBeenCalled()
  expect(await screen.findByRole('heading', { name: 'Installed' })).toBeInTheDocument()
})

test('on an iPhone it explains Add to Home Screen step by step', async () => {
  await seedWelcomed()
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  )
  renderApp('/settings/storage')
  expect(await screen.findByText('Choose “Add to Home Screen”, then “Add”.')).toBeInTheDocument()
})

test('settings show the version, so a person can tell an update arrived', async () => {
  await seedWelcomed()
  renderApp('/settings/about')
  expect(await screen.findByText('Version test (test)')).toBeInTheDocument()
})
