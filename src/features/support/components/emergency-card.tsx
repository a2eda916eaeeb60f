import { EMERGENCY_NUMBERS, type Country } from '../logic/helplines'

/**
 * Emergency numbers, one tap each: the person's country's first, and the others always there (a
 * guess can be wrong, and someone may be travelling). Needs no router and no data.
 */
export function EmergencyCard({ country = null }: { country?: Country | null }) {
  const first = country?.emergency.dial
  const numbers = [...EMERGENCY_NUMBERS].sort(
    (a, b) => Number(b.dial === first) - Number(a.dial === first),
  )
  return (
    <section className="card card--urgent" aria-labelledby="danger-heading">
      <h2 id="danger-heading">If you are in danger</h2>
      <p>
        If you might hurt yourself or someone else, or you are not safe where you are, call your
        local emergency number now.
      </p>
      <ul className="emergency-list">
        {numbers.map((item) => (
          <li key={item.dial}>
            <a className="button button--wide" href={`tel:${item.dial}`}>
              Call {item.dial}
              <span className="emergency-list__where">
                {item.dial === first && country ? country.name : item.where}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
