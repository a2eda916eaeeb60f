import type { PronounChoice, PronounSet } from '@/db/types'

export const MAX_NAME_LENGTH = 60
export const MAX_PRONOUN_LENGTH = 20

export interface ProfileInput {
  userName: string
  exName: string
  pronouns: PronounChoice
  customPronouns: PronounSet
}

export type ProfileProblems = Partial<Record<'userName' | 'exName' | 'customPronouns', string>>

/** Everything here is optional; only sizes are limited, so the copy stays readable on a phone. */
export function validateProfile(input: ProfileInput): ProfileProblems {
  const problems: ProfileProblems = {}
  if (input.userName.trim().length > MAX_NAME_LENGTH) {
    problems.userName = `Please keep your name to ${MAX_NAME_LENGTH} characters or fewer.`
  }
  if (input.exName.trim().length > MAX_NAME_LENGTH) {
    problems.exName = `Please keep this name to ${MAX_NAME_LENGTH} characters or fewer; a nickname works well.`
  }
  if (input.pronouns === 'custom') {
    const parts = [
      input.customPronouns.subject,
      input.customPronouns.object,
      input.customPronouns.possessive,
    ]
    if (parts.some((part) => part.trim().length > MAX_PRONOUN_LENGTH)) {
      problems.customPronouns = `Each pronoun can be up to ${MAX_PRONOUN_LENGTH} characters.`
    } else if (parts.every((part) => part.trim() === '')) {
      problems.customPronouns = 'Fill in the pronouns, or pick one of the other options.'
    }
  }
  return problems
}

/** Stored without surrounding spaces; what is inside is kept as typed. */
export function normaliseProfile(input: ProfileInput): ProfileInput {
  return {
    userName: input.userName.trim(),
    exName: input.exName.trim(),
    pronouns: input.pronouns,
    customPronouns: {
      subject: input.customPronouns.subject.trim(),
      object: input.customPronouns.object.trim(),
      possessive: input.customPronouns.possessive.trim(),
    },
  }
}
