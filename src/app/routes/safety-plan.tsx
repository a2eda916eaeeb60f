import { BackLink } from '@/components/back-link'
import { SafetyPlanEditor } from '@/features/support/components/safety-plan-editor'
import { useSafetyPlan } from '@/features/support/data/safety-plans'

export function SafetyPlanRoute() {
  const plan = useSafetyPlan()
  return (
    <>
      <title>My plan for hard moments · Steady</title>
      <BackLink to="/support">Support</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>My plan for hard moments</h1>
        <p className="lede">
          Write it on a calmer day, in your own words, so it’s ready when you need it. Fill in any
          part, in any order; tap an example to add it. Everything is saved as you type, and stays
          on this phone.
        </p>
      </header>
      {plan !== undefined && <SafetyPlanEditor plan={plan} />}
    </>
  )
}
