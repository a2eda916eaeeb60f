/**
 * A small iCalendar (RFC 5545) writer: content lines, text escaping and folding. Hand-written because
 * it is about a kilobyte, where a library would be tens.
 */

const encoder = new TextEncoder()
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks. Other control
 * characters are not allowed in TEXT, so they become spaces; tab is allowed and kept.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
  )
}

/**
 * Folds one content line into physical lines of at most 75 octets (§3.1), never inside a UTF-8
 * character: each continuation starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const physical: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_OCTETS) {
      physical.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  physical.push(current)
  return physical.join('\r\n')
}

/** A whole calendar file: every line folded, each ending in CRLF, the last one included. */
export function writeCalendar(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('')
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0')
}

/** A UTC date-time (§3.3.5, form 2): 20261126T174500Z. */
export function formatUtc(epochMs: number): string {
  const date = new Date(epochMs)
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
}

/** A local date (§3.3.4): 20261205. */
export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`
}

/** A local date-time without zone letter (§3.3.5, forms 1 and 3): 20261205T190000. */
export function formatLocal(wall: {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second?: number
}): string {
  return `${formatDate(wall.year, wall.month, wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second ?? 0)}`
}

/** A UTC offset (§3.3.14): +0100, -0330, +053028 when seconds are needed. */
export function formatOffset(minutes: number, seconds = 0): string {
  const sign = minutes < 0 || (minutes === 0 && seconds < 0) ? '-' : '+'
  const total = Math.abs(minutes * 60 + seconds)
  const text = `${sign}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}`
  return total % 60 ? `${text}${pad(total % 60)}` : text
}

/** A duration (§3.3.6) from whole minutes: PT1H30M, P1D, PT0S. Negative for "before". */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : ''
  let rest = Math.abs(Math.round(minutes))
  if (rest === 0) return 'PT0S'
  if (rest % 1440 === 0) return `${sign}P${rest / 1440}D`
  const days = Math.floor(rest / 1440)
  rest -= days * 1440
  const hours = Math.floor(rest / 60)
  const mins = rest % 60
  return `${sign}P${days ? `${days}D` : ''}T${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`
}
