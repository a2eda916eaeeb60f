import { ListGroup, ListRow } from '@/components/list-row'
import type { Outing } from '@/db/types'
import { describeWhen, STATUS_LABELS } from '../logic/describe'
import type { Plan } from '../logic/planner'

function hint(outing: Outing, now: Date, currentZone: string, withStatus: boolean) {
  const parts = [describeWhen(outing, { now, currentZone })]
  if (outing.withWhom.trim()) parts.push(`with ${outing.withWhom.trim()}`)
  if (withStatus) parts.push(STATUS_LABELS[outing.status])
  return <bdi>{parts.join(' · ')}</bdi>
}

/** Waiting to be asked about, then upcoming by week, then past ones below. */
export function OutingList({
  plan,
  now,
  currentZone,
}: {
  plan: Plan
  now: Date
  currentZone: string
}) {
  const row = (outing: Outing, withStatus = false) => (
    <ListRow
      key={outing.id}
      icon="spark"
      to={`/journey/outings/${outing.id}`}
      title={<bdi>{outing.title}</bdi>}
      hint={hint(outing, now, currentZone, withStatus)}
    />
  )
  return (
    <>
      {plan.toSettle.length > 0 && (
        <ListGroup label="How did it go?">{plan.toSettle.map((outing) => row(outing))}</ListGroup>
      )}
      {plan.upcoming.map((week) => (
        <ListGroup key={week.monday} label={week.label}>
          {week.outings.map((outing) => row(outing))}
        </ListGroup>
      ))}
      {plan.past.length > 0 && (
        <ListGroup label="Past outings">{plan.past.map((outing) => row(outing, true))}</ListGroup>
      )}
    </>
  )
}
