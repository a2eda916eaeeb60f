import { useSearchParams } from 'react-router'
import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { Icon } from '@/components/icons'
import { DayEntries, OnThisDay } from '@/features/journal/components/day-entries'
import { MonthCalendar, monthTitle } from '@/features/journal/components/month-calendar'
import {
  monthOf,
  parseMonth,
  shiftMonth,
  type CalendarMonth,
} from '@/features/journal/logic/month-calendar'
import type { CalendarDay } from '@/db/types'
import { parseCalendarDay, toCalendarDay } from '@/lib/dates'

export function JournalMonthRoute() {
  const [params, setParams] = useSearchParams()
  const today = toCalendarDay(new Date())
  const month = parseMonth(params.get('month'), monthOf(today))
  const dayParam = params.get('day')
  const selected =
    dayParam && parseCalendarDay(dayParam) && monthOf(dayParam) === month ? dayParam : null
  // Picking a day replaces the address (arrowing across a month is not thirty steps back);
  // moving to another month is a step of its own.
  const select = (day: CalendarDay) =>
    setParams({ month: monthOf(day), day }, { replace: monthOf(day) === month })
  const monthLink = (to: CalendarMonth) => `/journal/month?month=${to}`
  const previous = shiftMonth(month, -1)
  const next = shiftMonth(month, 1)
  return (
    <>
      <title>{`${monthTitle(month)} · Journal · Steady`}</title>
      <BackLink to="/journal">Journal</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Your month</h1>
        <p className="lede">How each day felt. Pick a day to read it.</p>
      </header>
      <div className="month-nav">
        <Link
          className="button button--quiet"
          to={monthLink(previous)}
          aria-label={`Previous month, ${monthTitle(previous)}`}
        >
          <Icon name="chevron-left" />
        </Link>
        <h2 id="month-title" className="month-nav__title">
          {monthTitle(month)}
        </h2>
        <Link
          className="button button--quiet"
          to={monthLink(next)}
          aria-label={`Next month, ${monthTitle(next)}`}
        >
          <Icon name="chevron-right" />
        </Link>
      </div>
      <MonthCalendar month={month} selected={selected} today={today} onSelect={select} />
      {selected && <DayEntries day={selected} />}
      <OnThisDay today={today} />
    </>
  )
}
