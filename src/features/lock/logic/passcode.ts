export const MIN_PASSCODE_LENGTH = 4
/** Far beyond any passcode a person types on a phone; keeps a pasted novel out of PBKDF2. */
export const MAX_PASSCODE_LENGTH = 200

export interface NewPasscodeInput {
  passcode: string
  confirm: string
}

export interface PasscodeProblems {
  passcode?: string
  confirm?: string
}

/** Counts what a person sees as characters, so an emoji is one, not two. */
function length(text: string): number {
  return [...text].length
}

/** Digits or any text, at least 4 characters, typed the same twice. Never trimmed: spaces count. */
export function validateNewPasscode({ passcode, confirm }: NewPasscodeInput): PasscodeProblems {
  if (passcode === '') return { passcode: 'Choose a passcode of at least 4 characters.' }
  if (length(passcode) < MIN_PASSCODE_LENGTH) {
    return { passcode: 'That’s a little short: use at least 4 characters.' }
  }
  if (length(passcode) > MAX_PASSCODE_LENGTH) {
    return { passcode: `Use at most ${MAX_PASSCODE_LENGTH} characters.` }
  }
  if (confirm === '') return { confirm: 'Type the passcode once more to confirm it.' }
  if (confirm !== passcode) return { confirm: 'The two don’t match. Type the same passcode twice.' }
  return {}
}

/**
 * The same passcode can arrive as different code points (an accented letter typed on two keyboards):
 * hash one canonical form so it always matches.
 */
export function normalisePasscode(passcode: string): string {
  return passcode.normalize('NFC')
}
