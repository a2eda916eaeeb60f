interface PromptCardProps {
  prompt: string
  onWrite: () => void
  /** Moves on to another question (remembered, so a reload keeps it). */
  onAnother: () => void
}

/** One question a day, for when a blank page is too much; another one when it doesn't fit. */
export function PromptCard({ prompt, onWrite, onAnother }: PromptCardProps) {
  return (
    <section className="today-section prompt-card" aria-labelledby="prompt-heading">
      <h2 id="prompt-heading" className="section-label">
        A question for today
      </h2>
      {/* Announced when "Another question" changes it, while focus stays on that button. */}
      <p className="prompt-text" dir="auto" aria-live="polite">
        {prompt}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onWrite}>
          Write about this
        </button>
        <button type="button" className="button" onClick={onAnother}>
          Another question
        </button>
      </div>
    </section>
  )
}
