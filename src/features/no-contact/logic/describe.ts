import type { ContactChannel, ContactLog } from '@/db/types'
import { capitalise, type ExWords } from '@/lib/pronouns'

export const CHANNEL_LABELS: Record<ContactChannel, string> = {
  text: 'Text message',
  call: 'Call',
  social: 'Social media',
  'in-person': 'In person',
  other: 'Other',
}

/** "You reached out", "Robin reached out; you didn't reply", in the person's own names. */
export function describeContact(
  contact: Pick<ContactLog, 'initiator' | 'replied'>,
  ex: ExWords,
): string {
  if (contact.initiator === 'me') return 'You reached out'
  if (contact.initiator === 'mutual') return `You and ${ex.name} were in touch`
  if (contact.initiator === 'encounter') {
    return `You ran into ${ex.name}${contact.replied ? '; you talked' : '; you kept your distance'}`
  }
  return `${capitalise(ex.name)} reached out${contact.replied ? '; you replied' : '; you didn’t reply'}`
}

/** Quiet words for a milestone reached today. */
export function describeMilestone(days: number): string {
  if (days <= 7) return `${days} days. That took real strength.`
  if (days <= 30) return `${days} days. Look how far you have come.`
  return `${days} days. You have built something steady.`
}
