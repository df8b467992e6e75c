import { useSignOn } from '../useSignOn'

/** Shown while PingOne answers the first request. */
export function LoadingStep() {
  const { components: C } = useSignOn()
  return (
    <C.Layout title="Sign on">
      <p role="status">Loading…</p>
    </C.Layout>
  )
}
