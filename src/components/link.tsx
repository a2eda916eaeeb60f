import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react'
import { useHref, useLinkClickHandler, useLocation, useResolvedPath, type To } from 'react-router'

/**
 * Steady's links, built on react-router's public hooks. react-router's own `Link` and `NavLink`
 * carry its framework-mode prefetching (route manifests, `<link rel="prefetch">` descriptors),
 * which a declarative app never uses but would download before its first paint. Lint keeps those
 * two out of the app (eslint.config.js); deploy/pure-react-router.mjs lets the build drop them.
 */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To
  /** Replace the current history entry instead of adding one. */
  replace?: boolean
  /** History state for the next screen (for example `{ focusHeading: true }`). */
  state?: unknown
  ref?: Ref<HTMLAnchorElement>
}

export function Link({ to, replace, state, onClick, target, children, ...rest }: LinkProps) {
  const href = useHref(to)
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target })
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    // A handler that prevented the default keeps it prevented; a modified click (new tab) is
    // left to the browser by react-router's handler itself.
    if (!event.defaultPrevented) navigate(event)
  }
  return (
    <a {...rest} href={href} target={target} onClick={handleClick}>
      {children}
    </a>
  )
}

export interface NavLinkProps extends LinkProps {
  /** Current only on exactly this path, not on the screens below it. */
  end?: boolean
}

/** A link that says when it leads to the current screen: `aria-current="page"`, which the bar styles. */
export function NavLink({ end = false, ...props }: NavLinkProps) {
  const { pathname } = useLocation()
  const here = pathname.toLowerCase()
  const there = useResolvedPath(props.to).pathname.toLowerCase()
  const below = there.endsWith('/') ? there : `${there}/`
  const current = here === there || (!end && there !== '/' && here.startsWith(below))
  return <Link {...props} aria-current={current ? 'page' : undefined} />
}
