import { useSignOn } from '../useSignOn'

/** Shown while PingOne answers the first request (and while the locale's messages load). */
export function LoadingStep() {
  const { components: C, t } = useSignOn()
  return (
    <C.Layout title={t('loading.title')}>
      <C.Spinner label={t('loading.status')} />
    </C.Layout>
  )
}
