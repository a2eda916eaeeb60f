import { useRoutes } from 'react-router'
import { PostEditRoute } from './post-edit'
import { PostNewRoute } from './post-new'
import { PostingRoute } from './posting'

/**
 * Step 5's screens behind one entry of the app's route table: each entry there is bytes on the
 * first load (issue 14), and these three small screens are used together anyway. `useRoutes`, as
 * the app's own tree uses, rather than <Routes>, which would add to the first load's router code.
 */
export function PostingScreens() {
  return useRoutes([
    { index: true, element: <PostingRoute /> },
    { path: 'new', element: <PostNewRoute /> },
    { path: ':postId', element: <PostEditRoute /> },
  ])
}
