import { ListGroup, ListRow } from '@/components/list-row'
import type { Post } from '@/db/types'
import { describeDay, formatTime, toCalendarDay } from '@/lib/dates'

/** Logged posts, newest first; each opens to change or delete it. */
export function PostList({ posts, now }: { posts: readonly Post[]; now: Date }) {
  return (
    <ListGroup label="What you posted">
      {posts.map((post) => {
        const when = `${describeDay(toCalendarDay(new Date(post.at)), now)}, ${formatTime(post.at)}`
        return (
          <ListRow
            key={post.id}
            icon="message"
            to={`/journey/posting/${post.id}`}
            title={<bdi>{post.what.trim() || 'A post'}</bdi>}
            hint={
              <>
                {post.where && (
                  <>
                    <bdi>{post.where}</bdi> ·{' '}
                  </>
                )}
                {when}
              </>
            }
          />
        )
      })}
    </ListGroup>
  )
}
