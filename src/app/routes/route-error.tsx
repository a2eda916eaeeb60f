import { Link } from '@/components/link'

/** A screen failed to load or render: say so calmly, keep the bottom bar, offer a way on. */
export function RouteError({ error }: { error: unknown }) {
  const chunkFailed =
    error instanceof Error && /dynamically imported module|import/i.test(error.message)
  return (
    <>
      <title>Something went wrong · Steady</title>
      <h1 tabIndex={-1}>Something went wrong</h1>
      <p>
        {chunkFailed
          ? 'This screen could not be loaded. If Steady was just updated, reloading fixes it.'
          : 'This screen hit a problem it did not expect.'}{' '}
        Everything you saved is still on this device.
      </p>
      <div className="button-row">
        <Link className="button button--primary" to="/">
          Go to Today
        </Link>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </>
  )
}
