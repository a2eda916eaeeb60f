import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { EmptyState } from '@/components/empty-state'
import { PostList } from '@/features/posting/components/post-list'
import { PostingCautions, WellbeingFirst } from '@/features/posting/components/posting-cautions'
import { PostingPace } from '@/features/posting/components/posting-pace'
import { setUsualPostingRhythm, usePaceTimes, useRecentPosts } from '@/features/posting/data/posts'
import { useNow } from '@/hooks/use-now'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { useToday } from '@/hooks/use-today'
import { getExWords } from '@/lib/pronouns'

/** Step 5: post with intent. The cautions, a pause before posting, the log and its pace. */
export function PostingRoute() {
  const settings = useSettings()
  const ex = getExWords(settings ?? DEFAULT_SETTINGS)
  const now = useNow()
  const today = useToday()
  const posts = useRecentPosts()
  const times = usePaceTimes(today)
  return (
    <>
      <title>Post with intent · Steady</title>
      <BackLink to="/journey">Journey</BackLink>
      <header className="page-header">
        <p className="eyebrow">Step 5</p>
        <h1 tabIndex={-1}>Post with intent</h1>
        <p className="lede">
          Sharing a good moment can feel good. A short pause first helps it be for you.
        </p>
      </header>
      <PostingCautions />
      <div className="button-row">
        <Link className="button button--primary" to="/journey/posting/new">
          Pause before posting
        </Link>
        <Link className="button" to="/journey/posting/new?step=log">
          Log a post I made
        </Link>
      </div>
      {posts !== undefined && times !== undefined && settings !== undefined && (
        <>
          {posts.length === 0 ? (
            <EmptyState illustration="horizon" title="Nothing logged yet">
              When you post something, note it here. You’ll see your pace against your own usual
              rhythm.
            </EmptyState>
          ) : (
            <>
              <PostingPace
                times={times}
                rhythm={settings.usualPostingRhythm ?? null}
                now={now}
                onRhythmChange={(rhythm) => void setUsualPostingRhythm(rhythm)}
              />
              <PostList posts={posts} now={now} />
            </>
          )}
        </>
      )}
      <WellbeingFirst exName={ex.name} />
    </>
  )
}
