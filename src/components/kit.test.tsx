// The shared kit as a person meets it: names, roles, and what a tap or a key does.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { expect, test, vi } from 'vitest'
import { BackLink } from './back-link'
import { SunWaveMark, Wordmark } from './brand'
import { Disclosure } from './disclosure'
import { EmptyState } from './empty-state'
import { FilePicker } from './file-picker'
import { ListGroup, ListRow } from './list-row'
import { ProgressRing } from './progress-ring'
import { Segmented } from './segmented'
import { Tile, TileRow } from './tile'

/** Renders `element` at `/` in a memory router, with a second screen to prove where links lead. */
function renderRouted(element: React.ReactNode) {
  const router = createMemoryRouter(
    [
      { path: '/', element },
      { path: '*', element: <h1>Somewhere else</h1> },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  return { router, user: userEvent.setup() }
}

test('list rows are links or buttons named by their title and hint, inside a named list', async () => {
  const onErase = vi.fn()
  const { router, user } = renderRouted(
    <ListGroup label="Your data">
      <ListRow
        icon="archive"
        title="Backup & restore"
        hint="Last backup: never"
        to="/settings/backup"
      />
      <ListRow icon="trash" title="Delete everything" tone="danger" onClick={onErase} />
    </ListGroup>,
  )
  const list = screen.getByRole('list', { name: 'Your data' })
  expect(within(list).getAllByRole('listitem')).toHaveLength(2)
  expect(screen.getByRole('heading', { level: 2, name: 'Your data' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Delete everything' }))
  expect(onErase).toHaveBeenCalledOnce()

  const link = screen.getByRole('link', { name: /^Backup & restore\s*Last backup: never$/ })
  await user.click(link)
  expect(router.state.location.pathname).toBe('/settings/backup')
})

function ThemeChoice({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState<'system' | 'light' | 'dark'>('system')
  return (
    <Segmented
      legend="Theme"
      value={value}
      onChange={(next) => {
        setValue(next)
        onChange(next)
      }}
      options={[
        { value: 'system', label: 'Same as my phone' },
        { value: 'light', label: 'Light' },
        { value: 'dark', label: 'Dark' },
      ]}
    />
  )
}

test('a segmented control is a named group of radios: tap or arrow keys choose', async () => {
  const onChange = vi.fn()
  render(<ThemeChoice onChange={onChange} />)
  const user = userEvent.setup()
  const group = screen.getByRole('group', { name: 'Theme' })
  expect(within(group).getAllByRole('radio')).toHaveLength(3)
  expect(screen.getByRole('radio', { name: 'Same as my phone' })).toBeChecked()

  await user.click(screen.getByText('Dark'))
  expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
  expect(onChange).toHaveBeenLastCalledWith('dark')

  await user.keyboard('{ArrowLeft}')
  expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked()
  expect(onChange).toHaveBeenLastCalledWith('light')
})

test('chips with numbers keep the number type and show hints', async () => {
  const onChange = vi.fn()
  render(
    <Segmented
      variant="chips"
      legend="Wait for"
      value={10}
      onChange={onChange}
      options={[
        { value: 5, label: '5 min' },
        { value: 10, label: '10 min', hint: 'suggested' },
      ]}
    />,
  )
  expect(screen.getByRole('radio', { name: /10 min/ })).toBeChecked()
  expect(screen.getByText('suggested')).toBeInTheDocument()
  await userEvent.setup().click(screen.getByRole('radio', { name: '5 min' }))
  expect(onChange).toHaveBeenCalledWith(5)
})

test('the file picker is a labelled file input that reports the chosen file and its name', async () => {
  const onChoose = vi.fn()
  const { rerender } = render(
    <FilePicker label="Choose backup file" accept=".json" onChoose={onChoose} />,
  )
  const input = screen.getByLabelText('Choose backup file')
  expect(input).toHaveAttribute('type', 'file')
  const file = new File(['{}'], 'steady-backup.json', { type: 'application/json' })
  await userEvent.setup().upload(input, file)
  expect(onChoose).toHaveBeenCalledWith(file)
  // Emptied, so picking the same file again is a change too.
  expect((input as HTMLInputElement).value).toBe('')

  rerender(
    <FilePicker
      label="Choose backup file"
      accept=".json"
      onChoose={onChoose}
      fileName="steady-backup.json"
    />,
  )
  expect(screen.getByText('steady-backup.json')).toBeInTheDocument()
})

test('a disclosure opens and closes on its summary and starts closed unless asked', async () => {
  const user = userEvent.setup()
  render(
    <Disclosure summary="Change the start or the kind of count">
      <p>Inside</p>
    </Disclosure>,
  )
  const details = screen.getByRole('group')
  expect(details).not.toHaveAttribute('open')
  await user.click(screen.getByText('Change the start or the kind of count'))
  expect(details).toHaveAttribute('open')
  expect(screen.getByText('Inside')).toBeVisible()
})

test('a progress ring is a progressbar that says its value in words, clamped to its range', () => {
  render(
    <>
      <ProgressRing value={10} max={14} label="Toward 14 days" valueText="10 of 14 days">
        <span>10</span>
      </ProgressRing>
      <ProgressRing value={20} max={14} label="Past the goal" valueText="Done" size="small" />
    </>,
  )
  const ring = screen.getByRole('progressbar', { name: 'Toward 14 days' })
  expect(ring).toHaveAttribute('aria-valuenow', '10')
  expect(ring).toHaveAttribute('aria-valuemax', '14')
  expect(ring).toHaveAttribute('aria-valuetext', '10 of 14 days')
  expect(screen.getByRole('progressbar', { name: 'Past the goal' })).toHaveAttribute(
    'aria-valuenow',
    '14',
  )
  // The drawn fill: 10/14 of the way round.
  const fill = ring.querySelector('.progress-ring__fill')!
  const circumference = Number(fill.getAttribute('stroke-dasharray'))
  expect(Number(fill.getAttribute('stroke-dashoffset'))).toBeCloseTo(circumference * (4 / 14))
})

test('tiles say the number and what it counts', () => {
  render(
    <TileRow label="This week">
      <Tile value={3} label="urges" hint="fewer than last week" />
    </TileRow>,
  )
  const group = screen.getByRole('group', { name: 'This week' })
  expect(group).toHaveTextContent('3urgesfewer than last week')
})

test('an empty state has a decorative picture, one heading, and one way on', () => {
  const { container } = render(
    <EmptyState
      illustration="notebook"
      title="Nothing here yet"
      action={<button type="button">Write the first entry</button>}
    >
      Your check-ins and entries will gather here.
    </EmptyState>,
  )
  expect(screen.getByRole('heading', { level: 2, name: 'Nothing here yet' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Write the first entry' })).toBeInTheDocument()
  expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
  expect(screen.queryByRole('img')).toBeNull()
})

test('the back link names the parent screen and leads there', async () => {
  const { router, user } = renderRouted(<BackLink to="/journey/no-contact">No contact</BackLink>)
  await user.click(screen.getByRole('link', { name: 'No contact' }))
  expect(router.state.location.pathname).toBe('/journey/no-contact')
})

test('the mark is decorative beside the name, and an image when it stands alone', () => {
  render(
    <>
      <Wordmark />
      <SunWaveMark title="Steady" />
    </>,
  )
  expect(screen.getByText('Steady')).toBeInTheDocument()
  expect(screen.getAllByRole('img')).toHaveLength(1)
  expect(screen.getByRole('img', { name: 'Steady' })).toBeInTheDocument()
})
