import { ListGroup, ListRow } from '@/components/list-row'

/** The way to Progress from the Journey map. */
export function ProgressLink() {
  return (
    <ListGroup label="Looking back">
      <ListRow
        icon="spark"
        to="/progress"
        title="Your progress"
        hint="Mood, counts, habits and outings, in pictures"
      />
    </ListGroup>
  )
}
