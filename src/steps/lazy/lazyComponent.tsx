import { lazy, useState, type ComponentType } from 'react'
import { kitError } from '../../flow/errors'

/** A component loaded on demand; `preload` fetches its chunk ahead of need (once; again after a failure). */
export type LazyComponent<P> = ComponentType<P> & { preload: () => Promise<void> }

// Components whose chunk failed where they rendered: they fail again at once (React keeps a lazy
// component's failure, so a render never loops on a chunk that cannot load) until tried again.
const failed = new Set<() => void>()

/** Lets every component whose chunk could not be fetched fetch it again when it next renders. */
export function retryFailedChunks(): void {
  for (const retry of failed) retry()
  failed.clear()
}

/**
 * A component whose code is a chunk of its own, fetched by `load` (a dynamic `import()`, which every
 * bundler splits without configuration). Once preloaded it renders at once, like any component;
 * before that it suspends (the nearest `<Suspense>` shows its fallback) until the chunk arrives. A
 * chunk that cannot be fetched throws a `LOAD_FAILED` error where it renders (StepBoundary shows
 * it); {@link retryFailedChunks} lets it try again.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const fetchChunk = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined
        throw kitError('LOAD_FAILED', 'Part of the sign-on page could not be loaded.', error)
      },
    ))
  const suspendUntilLoaded = () =>
    lazy(() =>
      fetchChunk().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(() => (suspending = suspendUntilLoaded()))
          throw error
        },
      ),
    )
  let suspending = suspendUntilLoaded()
  function Lazy(props: P) {
    // Chosen once per mount: switching from the suspending wrapper to the loaded component later
    // would remount the step and lose what the user typed.
    const [Component] = useState(() => loaded ?? suspending)
    return <Component {...props} />
  }
  return Object.assign(Lazy, { preload: () => fetchChunk().then(() => undefined) })
}

/** True for a component made by {@link lazyComponent}. */
export const isLazy = (component: unknown): component is LazyComponent<never> =>
  typeof component === 'function' && typeof (component as Partial<LazyComponent<never>>).preload === 'function'
