import { addDays, startOfDay } from 'date-fns'
import { useEffect, useState } from 'react'
import type { CalendarDay } from '@/db/types'
import { toCalendarDay } from '@/lib/dates'

/**
 * Today's local calendar day, kept right across midnight (a timer to the next midnight) and after the
 * phone wakes or the time zone changes (checked whenever the app becomes visible again).
 */
export function useToday(): CalendarDay {
  const [today, setToday] = useState(() => toCalendarDay(new Date()))

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    function check() {
      const now = new Date()
      setToday(toCalendarDay(now))
      clearTimeout(timer)
      // One second past midnight, so the new day has surely begun even if the timer fires early.
      timer = setTimeout(check, addDays(startOfDay(now), 1).getTime() - now.getTime() + 1000)
    }
    function onVisible() {
      if (document.visibilityState === 'visible') check()
    }
    check()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [])

  return today
}
