import { Link } from '@/components/link'

export function NotFoundRoute() {
  return (
    <>
      <title>Not found · Steady</title>
      <h1 tabIndex={-1}>This page isn’t here</h1>
      <p>The link may be old. Everything you wrote is safe.</p>
      <Link className="button button--primary" to="/">
        Go to Today
      </Link>
    </>
  )
}
