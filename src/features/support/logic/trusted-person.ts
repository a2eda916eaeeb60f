import { UserError } from '@/lib/errors'
import { checkPhoneNumber } from './phone'

/** One to three people: enough to have someone, few enough to choose fast in a hard moment. */
export const MAX_TRUSTED_PEOPLE = 3
export const MAX_NAME_LENGTH = 80

export interface TrustedPersonInput {
  name: string
  phone: string
}

export interface TrustedPersonProblems {
  name?: string
  phone?: string
}

/** Checks a trusted person as typed: the name to show and the digits to dial, or what to fix. */
export function checkTrustedPerson(
  input: TrustedPersonInput,
):
  | { ok: true; name: string; phone: string; dial: string }
  | { ok: false; problems: TrustedPersonProblems } {
  const problems: TrustedPersonProblems = {}
  const name = input.name.trim()
  if (name === '') problems.name = 'Add their name, or what you call them.'
  else if (name.length > MAX_NAME_LENGTH)
    problems.name = `Please keep the name to ${MAX_NAME_LENGTH} characters.`
  const phone = checkPhoneNumber(input.phone)
  if (!phone.ok) problems.phone = phone.problem
  if (problems.name || problems.phone || !phone.ok) return { ok: false, problems }
  return { ok: true, name, phone: input.phone.trim(), dial: phone.dial }
}

/** What to fix before saving, written for the person (describeError), with each field's part. */
export class SupportInputError extends UserError {
  override name = 'SupportInputError'
  constructor(
    message: string,
    readonly problems: TrustedPersonProblems = {},
  ) {
    super(message)
  }
}
