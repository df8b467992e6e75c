/** Where a secret was found: a readable path, and the object that holds it. */
export type Finding = { path: string; holder: object }

type Fiber = {
  alternate: Fiber | null
  child: Fiber | null
  sibling: Fiber | null
  memoizedState: unknown
  memoizedProps: unknown
  type: unknown
  stateNode: unknown
}

/**
 * Every place in the React tree under `container` that holds `secret`: each component's hooks
 * (`memoizedState`: state, refs, memos, effects' deps, TanStack observers' results) and props, in
 * the current render and the one before (the fiber's alternate),
 * searched deeply, with the caches of any QueryClient met on the way (their queries' and
 * mutations' public fields). Own getters are read too. DOM nodes are left out: the page's text is
 * checked on its own.
 * TanStack's `#private` fields cannot be reached from outside; its public state is what apps,
 * devtools and persisters read.
 */
export function findInReactState(container: Element, secret: string): Finding[] {
  const findings: Finding[] = []
  const seen = new WeakSet<object>()

  const visit = (value: unknown, path: string, holder: object) => {
    if (typeof value === 'string') {
      if (value.includes(secret)) findings.push({ path, holder })
      return
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    if (value instanceof Node || value === globalThis) return
    seen.add(value)
    if (isQueryClient(value)) {
      visit(value.getQueryCache().getAll(), `${path}.queryCache`, value)
      visit(value.getMutationCache().getAll(), `${path}.mutationCache`, value)
    }
    if (isFiber(value)) return
    if (value instanceof Map) {
      for (const [key, entry] of value) {
        visit(key, `${path}<key>`, value)
        visit(entry, `${path}[${String(key)}]`, value)
      }
      return
    }
    if (value instanceof Set) {
      for (const entry of value) visit(entry, `${path}<entry>`, value)
      return
    }
    for (const key of Reflect.ownKeys(value)) {
      visit(ownValue(value, key), `${path}.${String(key)}`, value)
    }
  }

  const walk = (fiber: Fiber | null, path: string) => {
    for (let node = fiber; node; node = node.sibling) {
      const name = `${path}/${fiberName(node)}`
      visit(node.memoizedState, `${name}.state`, node)
      visit(node.memoizedProps, `${name}.props`, node)
      // The fiber's other copy keeps the render before: what it held then is still held.
      if (node.alternate) {
        visit(node.alternate.memoizedState, `${name}.alternate.state`, node.alternate)
        visit(node.alternate.memoizedProps, `${name}.alternate.props`, node.alternate)
      }
      walk(node.child, name)
    }
  }

  walk(rootFiber(container), '')
  return findings
}

/**
 * A data property's value, or what an own getter returns (react-hook-form keeps its values behind
 * getters). React 19's warning getters are skipped: an element's `ref` returns its `props.ref`, and
 * `props.key` only warns; both are visited where they live.
 */
function ownValue(object: object, key: string | symbol): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(object, key)
  if (!descriptor) return undefined
  if ('value' in descriptor) return descriptor.value
  if (isReactWarningGetter(object, key, descriptor.get)) return undefined
  try {
    return descriptor.get?.call(object)
  } catch {
    return undefined
  }
}

function isReactWarningGetter(object: object, key: string | symbol, get: (() => unknown) | undefined): boolean {
  if ((get as { isReactWarning?: boolean } | undefined)?.isReactWarning) return true
  return key === 'ref' && '$$typeof' in object && 'props' in object
}

function rootFiber(container: Element): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'))
  if (!key) throw new Error('No React root is rendered into this container.')
  const hostRoot = (container as unknown as Record<string, Fiber>)[key]!
  // The container points at the root's first fiber; the FiberRoot knows the current one.
  return ((hostRoot.stateNode as { current?: Fiber }).current ?? hostRoot).child!
}

function isFiber(value: object): boolean {
  return 'memoizedState' in value && 'stateNode' in value && 'return' in value
}

function fiberName(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string } | string | null
  if (typeof type === 'string') return type
  return type?.displayName ?? type?.name ?? 'Anonymous'
}

type CacheLike = { getAll(): unknown[] }
function isQueryClient(value: object): value is { getQueryCache(): CacheLike; getMutationCache(): CacheLike } {
  const client = value as Record<string, unknown>
  return typeof client.getQueryCache === 'function' && typeof client.getMutationCache === 'function'
}
