/** An entry's tags, read only: as text (never markup), each in its own direction. */
export function TagList({
  tags,
  label = 'Tags',
}: {
  tags: readonly string[] | undefined
  label?: string
}) {
  if (!tags || tags.length === 0) return null
  return (
    <span className="tag-list">
      <span className="visually-hidden">{label}: </span>
      {tags.map((tag, index) => (
        <span key={tag} className="tag">
          <bdi>{tag}</bdi>
          {/* Read as a list by screen readers, unseen by eyes that have the chips' gaps. */}
          {index < tags.length - 1 && <span className="visually-hidden">, </span>}
        </span>
      ))}
    </span>
  )
}
