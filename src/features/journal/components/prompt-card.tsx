interface PromptCardProps {
  prompt: string
  onWrite: () => void
}

/** One question a day, for when a blank page is too much. */
export function PromptCard({ prompt, onWrite }: PromptCardProps) {
  return (
    <section className="today-section prompt-card" aria-labelledby="prompt-heading">
      <h2 id="prompt-heading" className="section-label">
        A question for today
      </h2>
      <p className="prompt-text" dir="auto">
        {prompt}
      </p>
      <button type="button" className="button" onClick={onWrite}>
        Write about this
      </button>
    </section>
  )
}
