import { useRoutes } from 'react-router'
import { JourneyRoute } from './journey'
import { NotFoundRoute } from './not-found'
import { PostEditRoute } from './post-edit'
import { PostNewRoute } from './post-new'
import { PostingRoute } from './posting'

/**
 * The journey map and step 5's screens, behind one entry of the app's route table (`journey/*`):
 * every entry there is bytes on the first load (issue 14), and the other steps' screens keep their
 * own, more specific entries. `useRoutes`, as the
 * app's own tree uses, rather than <Routes>, which would add router code to the first load.
 */
export function JourneyScreens() {
  return useRoutes([
    { index: true, element: <JourneyRoute /> },
    { path: 'posting', element: <PostingRoute /> },
    { path: 'posting/new', element: <PostNewRoute /> },
    { path: 'posting/:postId', element: <PostEditRoute /> },
    { path: '*', element: <NotFoundRoute /> },
  ])
}
