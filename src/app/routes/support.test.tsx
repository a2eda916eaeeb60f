import { act, fireEvent, screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

test('support is one tap away from every screen', async () => {
  await seedWelcomed()
  for (const path of ['/', '/journal', '/settings', '/journal/missing', '/no-such-page']) {
    const { unmount } = renderApp(path)
    expect(await screen.findByRole('link', { name: 'Support' })).toHaveAttribute('href', '/support')
    unmount()
  }
})

test('in danger: the emergency numbers can be called directly', async () => {
  await seedWelcomed()
  renderApp('/support')
  expect(await screen.findByRole('heading', { name: 'If you are in danger' })).toBeInTheDocument()
  for (const number of ['112', '911', '999', '000']) {
    expect(screen.getByRole('link', { name: new RegExp(`Call ${number}`) })).toHaveAttribute(
      'href',
      `tel:${number}`,
    )
  }
})

test('writing it out instead of texting leads to the check-in', async () => {
  await seedWelcomed({ exName: 'Morgan' })
  const { user } = renderApp('/support')
  expect(
    await screen.findByRole('link', { name: 'Wait it out and write it here' }),
  ).toHaveAttribute('href', '/journey/no-contact/urge')
  await user.click(screen.getByRole('link', { name: 'Write in today’s journal' }))
  expect(await screen.findByLabelText('Write as much or as little as you like')).toHaveFocus()
})

test('the breathing guide paces in, hold and out, and can be stopped', async () => {
  await seedWelcomed()
  renderApp('/support')
  const start = await screen.findByRole('button', { name: 'Start breathing' })
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  fireEvent.click(start)
  expect(screen.getByText('Breathe in for 4')).toBeInTheDocument()
  await act(async () => vi.advanceTimersByTime(4000))
  expect(screen.getByText('Hold for 4')).toBeInTheDocument()
  await act(async () => vi.advanceTimersByTime(4000))
  expect(screen.getByText('Breathe out for 6')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Stop' }))
  expect(screen.getByRole('button', { name: 'Start breathing' })).toBeInTheDocument()
})
