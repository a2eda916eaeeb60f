import { BackLink } from '@/components/back-link'
import { useNavigate, useParams } from 'react-router'
import { CommitmentForm } from '@/features/introspection/components/commitment-form'
import { useLatestValues } from '@/features/introspection/data/introspections'
import { updateCommitment, useCommitment } from '@/features/introspection/data/plan'

export function PlanEditRoute() {
  const { commitmentId = '' } = useParams()
  const commitment = useCommitment(commitmentId)
  const values = useLatestValues()
  const navigate = useNavigate()
  return (
    <>
      <title>Edit a commitment · Steady</title>
      <BackLink to="/journey/plan">Action plan</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>
          {commitment === null ? 'This commitment isn’t here' : 'Edit a commitment'}
        </h1>
      </header>
      {commitment && values !== undefined && (
        <CommitmentForm
          initial={commitment}
          values={values}
          submitLabel="Save changes"
          onSubmit={async (input) => {
            await updateCommitment(commitment.id, input)
            await navigate('/journey/plan')
          }}
          onCancel={() => void navigate('/journey/plan')}
        />
      )}
    </>
  )
}
