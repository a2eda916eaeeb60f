import { act, render, screen } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
import { expect, test, vi } from 'vitest'
import { deferred } from './deferred'

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>
}

/** A load the test resolves or rejects by hand. */
function manualLoad() {
  let resolve!: (component: typeof Greeting) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<typeof Greeting>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { load: vi.fn(() => promise), resolve, reject }
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  override render() {
    return this.state.error ? <p role="alert">{String(this.state.error)}</p> : this.props.children
  }
}

test('shows its fallback until the code is here, then the component with its props', async () => {
  const { load, resolve } = manualLoad()
  const Card = deferred(load, <p>Saving a place</p>)
  render(<Card name="Sam" />)
  expect(screen.getByText('Saving a place')).toBeInTheDocument()

  await act(async () => resolve(Greeting))
  expect(screen.getByText('Hello, Sam')).toBeInTheDocument()
  expect(screen.queryByText('Saving a place')).not.toBeInTheDocument()
  expect(load).toHaveBeenCalledOnce()
})

test('once preloaded it renders on the first render, with no fallback at all', async () => {
  const { load, resolve } = manualLoad()
  const Card = deferred(load, <p>Saving a place</p>)
  const preloaded = Card.preload()
  resolve(Greeting)
  await preloaded

  render(<Card name="Sam" />)
  expect(screen.getByText('Hello, Sam')).toBeInTheDocument()
  expect(screen.queryByText('Saving a place')).not.toBeInTheDocument()
  // The preload and every later render share one load.
  void Card.preload()
  expect(load).toHaveBeenCalledOnce()
})

test('a failed load reaches the nearest error boundary', async () => {
  const { load, reject } = manualLoad()
  const Card = deferred(load)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  render(
    <Boundary>
      <Card name="Sam" />
    </Boundary>,
  )
  await act(async () => reject(new Error('offline')))
  expect(screen.getByRole('alert')).toHaveTextContent('offline')
})
