import { Link } from '@/components/link'
import { momentWords } from '../logic/moment'
import { useHelpNowStore } from '../store'

/** One soft line after a check-in at the lowest mood: help offered, never pressed on anyone. */
export function LowDayNote() {
  const openHelp = useHelpNowStore((state) => state.openHelp)
  const words = momentWords()
  return (
    <section className="card card--soft" aria-labelledby="low-day-heading">
      <h2 id="low-day-heading">Thank you for writing it down</h2>
      <p>
        It sounds like {words.hardTime}. You don’t have to carry it alone {words.now}.
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => openHelp('full')}>
          Get help now
        </button>
        <Link className="button" to="/support#breathe">
          Breathe for two minutes
        </Link>
      </div>
    </section>
  )
}
