import {
  Component,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type ErrorInfo,
  type ReactNode,
} from 'react'
import { matchRoutes, Outlet, useLocation, useRoutes, type RouteObject } from 'react-router'
import { RouteError } from './routes/route-error'

/**
 * One screen of the app. `lazy` loads the screen's own chunk on first visit (the shape react-router's
 * data routes use, so a route reads the same either way); `Component` is bundled with the app.
 */
export interface AppRoute {
  path?: string
  index?: boolean
  Component?: ComponentType
  lazy?: () => Promise<{ Component: ComponentType }>
  /** Contains a failing child screen: the bottom bar stays, and the screen says what happened. */
  catchErrors?: boolean
  children?: AppRoute[]
}

/**
 * Declarative mode instead of the data router: Steady uses none of the data APIs (loaders, actions,
 * fetchers), and the declarative router is about 16 KB lighter on the first load (issue 14).
 * Built once per route table, so a lazy component keeps its identity across renders.
 */
export function toRouteObjects(routes: AppRoute[]): RouteObject[] {
  return routes.map((route): RouteObject => {
    const lazyScreen = route.lazy ? lazyScreenOf(route.lazy) : undefined
    const Screen = lazyScreen?.Screen ?? route.Component
    const screen = Screen ? <Screen /> : undefined
    const element = route.catchErrors ? <RouteErrorBoundary>{screen}</RouteErrorBoundary> : screen
    const children = route.children ? toRouteObjects(route.children) : undefined
    const handle: ScreenHandle | undefined = lazyScreen && { preload: lazyScreen.preload }
    return route.index
      ? { index: true, element, handle }
      : { path: route.path, element, handle, ...(children ? { children } : {}) }
  })
}

interface ScreenHandle {
  preload: () => Promise<unknown>
}

/**
 * Starts loading the screen at this address before React first renders (from main.tsx), so the
 * first render finds it here. A lazy screen that suspends on its first render is revealed by
 * React up to 300 ms after its code arrived (a Suspense boundary's throttle): on a link opened
 * straight to Support, the screen's text waited about 290 ms for nothing.
 */
export function preloadScreenAt(routes: RouteObject[], pathname: string) {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const handle = route.handle as ScreenHandle | undefined
    // A failure is shown by the screen's boundary when it renders, not here.
    handle?.preload().catch(() => undefined)
  }
}

/**
 * A screen loaded on first visit. Rendered at once when its code is already here (preloaded);
 * otherwise through React.lazy, so a navigation keeps the old screen until the new one is ready.
 * Which of the two is chosen once per mount, so a screen never remounts and loses what is typed.
 */
function lazyScreenOf(load: NonNullable<AppRoute['lazy']>) {
  let loaded: ComponentType | undefined
  let loading: Promise<{ default: ComponentType }> | undefined
  const preload = () =>
    (loading ??= load().then(({ Component }) => {
      loaded = Component
      return { default: Component }
    }))
  // A failed load is forgotten, so that a preload failing at boot leaves the screen's own load free
  // to try again when it is rendered.
  const retrying = () =>
    preload().catch((error: unknown) => {
      loading = undefined
      throw error
    })
  const Suspending = lazy(retrying)
  function Screen() {
    const [Ready] = useState(() => loaded)
    return Ready ? <Ready /> : <Suspending />
  }
  return { Screen, preload: retrying }
}

/** Renders the screen that matches the address. */
export function RouteTree({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes)
}

/**
 * The screens under it, each loaded when first opened. A screen that throws, or whose chunk cannot
 * be fetched, shows a calm message in place of the screen; moving to another screen clears it.
 */
function RouteErrorBoundary({ children }: { children?: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <ScreenBoundary pathname={pathname}>
      <Suspense fallback={null}>{children ?? <Outlet />}</Suspense>
    </ScreenBoundary>
  )
}

interface ScreenBoundaryProps {
  pathname: string
  children: ReactNode
}

class ScreenBoundary extends Component<ScreenBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override componentDidUpdate(previous: ScreenBoundaryProps) {
    // Another screen was chosen: give it its chance to render.
    if (previous.pathname !== this.props.pathname && this.state.error !== null) {
      this.setState({ error: null })
    }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Stays on this device: the console is the only place an error goes.
    console.error('A screen of Steady hit an error', error, info.componentStack)
  }

  override render() {
    return this.state.error === null ? this.props.children : <RouteError error={this.state.error} />
  }
}
