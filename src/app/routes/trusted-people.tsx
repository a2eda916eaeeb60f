import { BackLink } from '@/components/back-link'
import { TrustedPeopleEditor } from '@/features/support/components/trusted-people-editor'
import { useTrustedPeople } from '@/features/support/data/trusted-people'

export function TrustedPeopleRoute() {
  const people = useTrustedPeople()
  return (
    <>
      <title>People I trust · Steady</title>
      <BackLink to="/support">Support</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>People I trust</h1>
        <p className="lede">
          One to three people you could text on a hard night. Their names and numbers stay on this
          phone; Steady never contacts anyone.
        </p>
      </header>
      {people && <TrustedPeopleEditor people={people} />}
    </>
  )
}
