export type PronounChoice = 'she' | 'he' | 'they' | 'custom'

export interface PronounSet {
  /** she / he / they / xe */
  subject: string
  /** her / him / them / xem */
  object: string
  /** her / his / their / xyr */
  possessive: string
}

export const PRONOUN_SETS: Record<Exclude<PronounChoice, 'custom'>, PronounSet> = {
  she: { subject: 'she', object: 'her', possessive: 'her' },
  he: { subject: 'he', object: 'him', possessive: 'his' },
  they: { subject: 'they', object: 'them', possessive: 'their' },
}

export interface ExWords {
  /** The name or nickname the person chose, or "your ex". */
  name: string
  /** True when the person gave a name: copy can then start a sentence with it. */
  named: boolean
  subject: string
  object: string
  possessive: string
}

/** How the app refers to the ex everywhere. "they/them" when nothing was chosen: never assume. */
export function getExWords(settings: {
  exName: string
  pronouns: PronounChoice
  customPronouns: PronounSet
}): ExWords {
  const name = settings.exName.trim()
  const chosen =
    settings.pronouns === 'custom' ? settings.customPronouns : PRONOUN_SETS[settings.pronouns]
  const set: PronounSet = {
    subject: chosen.subject.trim() || 'they',
    object: chosen.object.trim() || 'them',
    possessive: chosen.possessive.trim() || 'their',
  }
  return { name: name || 'your ex', named: name !== '', ...set }
}

/** Upper-cases the first letter, for words that start a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
