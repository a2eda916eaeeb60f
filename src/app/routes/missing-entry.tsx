import { Link } from '@/components/link'

/** An entry that was deleted (perhaps in another tab) or a link that was never right. */
export function MissingEntry() {
  return (
    <>
      <title>Entry not found · Steady</title>
      <h1 tabIndex={-1}>This entry isn’t here</h1>
      <p>It may have been deleted, perhaps in another tab. Your other entries are safe.</p>
      <Link className="button button--primary" to="/journal">
        Back to the journal
      </Link>
    </>
  )
}
