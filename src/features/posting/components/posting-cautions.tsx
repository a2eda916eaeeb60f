/** The article's cautions about posting, in Steady's words, plus the one line Steady adds. */
export function PostingCautions() {
  return (
    <section className="card" aria-labelledby="posting-cautions">
      <h2 id="posting-cautions">A few cautions</h2>
      <ul className="plain-list">
        <li>One post rather than many: a single good moment says more than a stream of them.</li>
        <li>Don’t post continuously, especially if you rarely posted before.</li>
        <li>Keep it positive, and don’t overdo it: you owe no one an update.</li>
        <li>
          Share what’s real. No staged moments, no pretend partners: Steady won’t help fake
          anything.
        </li>
      </ul>
    </section>
  )
}

/** How step 5 always ends: the article's conclusion, whatever the ex does. */
export function WellbeingFirst({ exName }: { exName: string }) {
  return (
    <section className="card card--soft wellbeing-first" aria-labelledby="posting-wellbeing">
      <h2 id="posting-wellbeing">You come first</h2>
      <p>
        Whatever <bdi>{exName}</bdi> does or doesn’t do, your own well-being comes first. Posting is
        optional; looking after yourself isn’t. You’ll be okay, whichever way this goes.
      </p>
    </section>
  )
}
