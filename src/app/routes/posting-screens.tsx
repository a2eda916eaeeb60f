import { Route, Routes } from 'react-router'
import { PostEditRoute } from './post-edit'
import { PostNewRoute } from './post-new'
import { PostingRoute } from './posting'

/**
 * Step 5's screens behind one entry of the app's route table: each entry there is bytes on the
 * first load (issue 14), and these three small screens are used together anyway.
 */
export function PostingScreens() {
  return (
    <Routes>
      <Route index element={<PostingRoute />} />
      <Route path="new" element={<PostNewRoute />} />
      <Route path=":postId" element={<PostEditRoute />} />
    </Routes>
  )
}
