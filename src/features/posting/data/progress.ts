import { db } from '@/db/db'

/** Step 5 on the journey map: how many posts are logged, by count. */
export function countPosts(): Promise<number> {
  return db.posts.count()
}
