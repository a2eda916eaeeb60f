/** "1 entry", "3 entries", "1,204 days": a count with the word that fits it. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
