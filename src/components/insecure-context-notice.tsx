import { hasWebCrypto, INSECURE_CONTEXT_WHY } from '@/lib/secure-context'

/**
 * Says, next to a tool that needs WebCrypto, that it can't work on this page and why. Shows nothing
 * on a secure page (HTTPS or localhost), which is every installed copy of Steady.
 */
export function InsecureContextNotice({ unavailable }: { unavailable: string }) {
  if (hasWebCrypto()) return null
  return (
    <p className="form-problem" role="note">
      {unavailable} can’t work here. {INSECURE_CONTEXT_WHY}
    </p>
  )
}
