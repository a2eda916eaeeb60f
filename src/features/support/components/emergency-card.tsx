const EMERGENCY_NUMBERS = [
  { number: '112', where: 'Europe and many other countries' },
  { number: '911', where: 'United States and Canada' },
  { number: '999', where: 'United Kingdom' },
  { number: '000', where: 'Australia' },
] as const

/** Emergency numbers, one tap each. Needs no router and no data, so even the lock screen shows it. */
export function EmergencyCard() {
  return (
    <section className="card card--urgent" aria-labelledby="danger-heading">
      <h2 id="danger-heading">If you are in danger</h2>
      <p>
        If you might hurt yourself or someone else, or you are not safe where you are, call your
        local emergency number now.
      </p>
      <ul className="emergency-list">
        {EMERGENCY_NUMBERS.map((item) => (
          <li key={item.number}>
            <a className="button button--wide" href={`tel:${item.number}`}>
              Call {item.number}
              <span className="emergency-list__where">{item.where}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
