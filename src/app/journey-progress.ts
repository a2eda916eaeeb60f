import { useLiveQuery } from 'dexie-react-hooks'
import { readAssessmentProgress } from '@/features/assessment/data/assessments'
import { countActiveHabits } from '@/features/habits/data/habits'
import { readIntrospectionProgress } from '@/features/introspection/data/introspections'
import { countActiveCommitments } from '@/features/introspection/data/plan'
import type { JourneyProgress } from '@/features/journey/logic/steps'
import { getCurrentPlan } from '@/features/no-contact/data/plans'
import { countOutings } from '@/features/outings/data/outings'
import { countPosts } from '@/features/posting/data/posts'

/**
 * Each step's progress, from its own feature's counts (composed here: features never read each
 * other's tables). Counts and indexes only, so five years of logs cost the same as a week.
 */
export async function readJourneyProgress(): Promise<JourneyProgress> {
  const [assessment, introspection, commitments, plan, habits, outings, posts] = await Promise.all([
    readAssessmentProgress(),
    readIntrospectionProgress(),
    countActiveCommitments(),
    getCurrentPlan(),
    countActiveHabits(),
    countOutings(),
    countPosts(),
  ])
  return {
    assessment,
    introspection: { ...introspection, commitments },
    noContact: { since: plan?.startAt ?? null },
    habits,
    outings,
    posts,
  }
}

/** The journey's progress, live (undefined while loading). */
export function useJourneyProgress(): JourneyProgress | undefined {
  return useLiveQuery(readJourneyProgress)
}
