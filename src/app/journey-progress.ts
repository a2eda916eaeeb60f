import { useLiveQuery } from 'dexie-react-hooks'
import { readAssessmentProgress } from '@/features/assessment/data/progress'
import { countActiveHabits } from '@/features/habits/data/progress'
import { readIntrospectionProgress } from '@/features/introspection/data/progress'
import type { JourneyProgress } from '@/features/journey/logic/steps'
import { readNoContactSince } from '@/features/no-contact/data/progress'
import { countOutings } from '@/features/outings/data/progress'
import { countPosts } from '@/features/posting/data/progress'

/**
 * Each step's progress, from its own feature's small progress reader (composed here: features never
 * read each other's tables). Counts and indexes, so five years of logs cost about what a week does.
 * The readers sit apart from the features' other data code, so the map's chunk stays small and the
 * first load names no extra chunks (issue 14).
 */
export async function readJourneyProgress(): Promise<JourneyProgress> {
  const [assessment, introspection, since, habits, outings, posts] = await Promise.all([
    readAssessmentProgress(),
    readIntrospectionProgress(),
    readNoContactSince(),
    countActiveHabits(),
    countOutings(),
    countPosts(),
  ])
  return { assessment, introspection, noContact: { since }, habits, outings, posts }
}

/** The journey's progress, live (undefined while loading). */
export function useJourneyProgress(): JourneyProgress | undefined {
  return useLiveQuery(readJourneyProgress)
}
