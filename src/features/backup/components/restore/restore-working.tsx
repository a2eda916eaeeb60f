/** Reading, checking or writing: what is happening, with progress once it is known. */
export function RestoreWorking({
  label,
  done,
  total,
}: {
  label: string
  done: number
  total: number
}) {
  return (
    <div role="status">
      <p>{label}</p>
      {total > 0 ? (
        <progress value={done} max={total} aria-label={label}>
          {Math.round((done / total) * 100)}%
        </progress>
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  )
}
