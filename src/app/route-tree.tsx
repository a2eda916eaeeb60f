import {
  Component,
  lazy,
  Suspense,
  type ComponentType,
  type ErrorInfo,
  type ReactNode,
} from 'react'
import { Outlet, useLocation, useRoutes, type RouteObject } from 'react-router'
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
    const Screen = route.lazy
      ? lazy(async () => ({ default: (await route.lazy!()).Component }))
      : route.Component
    const screen = Screen ? <Screen /> : undefined
    const element = route.catchErrors ? <RouteErrorBoundary>{screen}</RouteErrorBoundary> : screen
    const children = route.children ? toRouteObjects(route.children) : undefined
    return route.index
      ? { index: true, element }
      : { path: route.path, element, ...(children ? { children } : {}) }
  })
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
