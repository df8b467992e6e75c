import type { StepProps } from '../components'
import { useSignOn } from '../useSignOn'

/** COMPLETED: PingOne is done; the code is on its way to the app. */
export function CompletedStep(_props: StepProps<'completed'>) {
  const { components: C, t } = useSignOn()
  return (
    <C.Layout title={t('completed.title')}>
      <C.Spinner label={t('completed.status')} />
    </C.Layout>
  )
}
