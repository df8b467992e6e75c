import type { StepProps } from '../components'
import { useSignOn } from '../useSignOn'

/** Any status this kit cannot show yet: names it and offers a fresh start. */
export function UnknownStep({ step, restart }: StepProps<'unknown'>) {
  const { components: C, t } = useSignOn()
  return (
    <C.Layout title={t('unknownStep.title')}>
      <C.Alert tone="info">
        {withCode(t('unknownStep.message', { status: marker }), step.status)}
      </C.Alert>
      <C.Button onClick={restart}>{t('common.restart')}</C.Button>
    </C.Layout>
  )
}

// The status goes into the translated sentence wherever the locale puts it, as a <code> element.
const marker = '\u0000'

function withCode(message: string, status: string) {
  const [before, ...after] = message.split(marker)
  if (after.length === 0) return message
  return (
    <>
      {before}
      <code>{status}</code>
      {after.join(status)}
    </>
  )
}
