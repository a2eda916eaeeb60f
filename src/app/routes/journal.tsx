import { EntryList } from '@/features/journal/components/entry-list'

export function JournalRoute() {
  return (
    <>
      <title>Journal · Steady</title>
      <header className="page-header">
        <h1 tabIndex={-1}>Journal</h1>
        <p className="lede">Everything you have written, newest first.</p>
      </header>
      <EntryList />
    </>
  )
}
