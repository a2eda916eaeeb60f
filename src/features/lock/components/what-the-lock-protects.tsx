import { Disclosure } from '@/components/disclosure'

/**
 * Exactly what the lock's encryption covers and what it does not (the README says the same): the
 * person decides how much to trust it, and how long a passcode to choose.
 */
export function WhatTheLockProtects({ open = false }: { open?: boolean }) {
  return (
    <>
      <p>
        With the lock on, everything you write is encrypted on this device: journal entries and
        letters with their tags, notes on contacts, urges, habits and outings, the last message,
        your answers to the questions, your safety plan, the people you trust, the names you chose
        and anything not yet saved. The key to it is opened only by your passcode, so someone who
        copies the browser’s files can’t read your words without it.
      </p>
      <Disclosure summary="What the lock doesn’t protect" defaultOpen={open}>
        <ul className="plain-list">
          <li>
            Dates and times, moods, ratings, counts and ticks stay readable: someone with the
            browser’s files could see when and how often you wrote, not what. Tags are encrypted
            too, but so that the journal can still find them, someone could see which entries share
            a tag, though not what the tag says.
          </li>
          <li>
            Your passcode’s strength matters. Someone who copies the phone’s data can try passcodes
            as fast as their computer allows, so a short PIN can be guessed. A few words are much
            safer.
          </li>
          <li>
            Words written before you turned the lock on can linger in the browser’s files until the
            browser tidies them away; no app can erase them. To be sure: make a backup, clear
            Steady’s site data in your browser’s settings, then restore the backup.
          </li>
          <li>It can’t stop a screenshot, or someone looking while Steady is open.</li>
        </ul>
      </Disclosure>
    </>
  )
}
