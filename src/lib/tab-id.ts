import { createId } from './ids'

/** Identifies this tab, so a tab can tell its own writes from another tab's. */
export const TAB_ID = createId()
