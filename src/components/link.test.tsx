import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { expect, test, vi } from 'vitest'
import { Link, NavLink } from './link'

function Where() {
  const { pathname, state } = useLocation()
  return (
    <p data-testid="where">
      {pathname} {JSON.stringify(state)}
    </p>
  )
}

function renderAt(path: string, ui: React.ReactNode) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      {ui}
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  )
}

test('a link has a real address and moves within the app, with its state', async () => {
  const user = userEvent.setup()
  renderAt(
    '/',
    <Link to="/journal/month" state={{ focusHeading: true }} className="button">
      Month
    </Link>,
  )
  const link = screen.getByRole('link', { name: 'Month' })
  expect(link).toHaveAttribute('href', '/journal/month')
  expect(link).toHaveClass('button')

  await user.click(link)
  expect(screen.getByTestId('where')).toHaveTextContent('/journal/month {"focusHeading":true}')
})

test('a click handler runs first, and one that prevents the default keeps the person here', async () => {
  const user = userEvent.setup()
  const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault())
  renderAt(
    '/',
    <Link to="/settings" onClick={onClick}>
      Settings
    </Link>,
  )
  await user.click(screen.getByRole('link', { name: 'Settings' }))
  expect(onClick).toHaveBeenCalledOnce()
  expect(screen.getByTestId('where')).toHaveTextContent('/ null')
})

test('a relative link resolves against the screen it is on', () => {
  render(
    <MemoryRouter initialEntries={['/journey/no-contact']}>
      <Routes>
        <Route path="/journey/no-contact" element={<Link to="urge">Urge</Link>} />
      </Routes>
    </MemoryRouter>,
  )
  expect(screen.getByRole('link', { name: 'Urge' })).toHaveAttribute(
    'href',
    '/journey/no-contact/urge',
  )
})

test.each([
  ['/', '/', true, 'page'],
  ['/journal', '/', true, null],
  ['/journal', '/journal', false, 'page'],
  ['/journal/abc/edit', '/journal', false, 'page'],
  ['/journalling', '/journal', false, null],
  ['/Journal', '/journal', false, 'page'],
  ['/settings', '/journal', false, null],
])('at %s, the bar link to %s (end: %s) is current: %s', (at, to, end, current) => {
  renderAt(
    at,
    <NavLink to={to} end={end}>
      The link
    </NavLink>,
  )
  const link = screen.getByRole('link', { name: 'The link' })
  if (current) expect(link).toHaveAttribute('aria-current', current)
  else expect(link).not.toHaveAttribute('aria-current')
})
