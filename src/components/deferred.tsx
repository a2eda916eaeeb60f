import { useEffect, useReducer, type ComponentType, type ReactNode } from 'react'

export interface Deferred<P extends object> {
  (props: P): ReactNode
  /** Starts loading now (from boot, say); the component reuses this one load. */
  preload: () => Promise<void>
}

/**
 * A component whose code loads on demand, like `React.lazy`, but without Suspense: until its
 * chunk is here it renders `fallback`, then itself in an ordinary update. React holds back the
 * content of a Suspense boundary for up to 300 ms after a fallback was shown, to reveal several
 * together; on Today that hold kept the cards, and the reads they start once shown, waiting
 * about 270 ms after their code had arrived. Once loaded, it renders at once, even on first mount.
 * A failed load is thrown to the nearest error boundary, as `React.lazy` would.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): Deferred<P> {
  let loaded: ComponentType<P> | undefined
  let failure: { error: unknown } | undefined
  let loading: Promise<void> | undefined
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component
      },
      (error: unknown) => {
        failure = { error }
      },
    ))

  function DeferredComponent(props: P) {
    const [, update] = useReducer((count: number) => count + 1, 0)
    useEffect(() => {
      if (loaded || failure) return
      let current = true
      void preload().then(() => current && update())
      return () => {
        current = false
      }
    }, [])
    if (failure) throw failure.error
    if (!loaded) return fallback
    const Loaded = loaded
    return <Loaded {...props} />
  }
  return Object.assign(DeferredComponent, { preload })
}
