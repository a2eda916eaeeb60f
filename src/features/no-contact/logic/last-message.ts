/** The one last message, in its three optional parts (a typed `last-message` draft). */
export interface LastMessageParts {
  apology: string
  space: string
  doingWell: string
}

export const EMPTY_PARTS: LastMessageParts = { apology: '', space: '', doingWell: '' }

const KEYS = ['apology', 'space', 'doingWell'] as const

/** The message as it would be sent: the parts that have words, one paragraph each. */
export function combineLastMessage(parts: LastMessageParts): string {
  return KEYS.map((key) => parts[key].trim())
    .filter((part) => part !== '')
    .join('\n\n')
}
