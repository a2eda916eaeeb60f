import { BackLink } from '@/components/back-link'
import { useParams } from 'react-router'
import { Link } from '@/components/link'
import { UrgeEditForm } from '@/features/no-contact/components/urge-edit-form'
import { useUrge } from '@/features/no-contact/data/urges'

export function UrgeEditRoute() {
  const { urgeId = '' } = useParams()
  const urge = useUrge(urgeId)
  if (urge === undefined) return <title>Edit urge · Steady</title>
  if (urge === null) {
    return (
      <>
        <title>Urge not found · Steady</title>
        <h1 tabIndex={-1}>This urge isn’t here</h1>
        <p>It may have been deleted, perhaps in another tab. Everything else you noted is safe.</p>
        <Link className="button button--primary" to="/journey/no-contact">
          Back to no contact
        </Link>
      </>
    )
  }
  return (
    <>
      <title>Edit urge · Steady</title>
      <BackLink to="/journey/no-contact">No contact</BackLink>
      <h1 tabIndex={-1}>Edit urge</h1>
      <UrgeEditForm key={urge.id} urge={urge} />
    </>
  )
}
