export type Delivery = 'shared' | 'downloaded' | 'cancelled'

/**
 * Hands a file to the person: the phone's share sheet where the browser can share files (save to
 * Files, Drive, a message to oneself), else an ordinary download. Nothing goes to any server.
 */
export async function deliverFile(file: File): Promise<Delivery> {
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name })
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // Sharing failed for another reason (not allowed here): fall back to a download.
    }
  }
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return 'downloaded'
}
