import { useId } from 'react'
import type { StepProps } from '../components'
import { NotYou } from '../ui/NotYou'
import { StepError } from '../ui/StepError'
import { useSignOn } from '../useSignOn'

/** AGREEMENT_CONSENT_REQUIRED: the terms, as text in a scrollable region, to accept or decline. */
export function AgreementStep({ step, act, isPending, error }: StepProps<'agreement'>) {
  const { components: C, t } = useSignOn()
  const declineHint = useId()
  const name = step.agreement.name ?? t('agreement.defaultName')
  // Server text stays text: split into paragraphs at blank lines, line breaks kept inside them.
  const paragraphs = (step.agreement.text ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '')
  const answer = (accept: boolean) => {
    if (!isPending) act('user.consent', { accept }).catch(() => undefined)
  }
  return (
    <C.Layout title={t('agreement.title')}>
      <StepError error={error} />
      <p>{t('agreement.intro', { name })}</p>
      <div
        role="region"
        aria-label={name}
        // Focusable, so keyboard users can scroll it.
        tabIndex={0}
        data-slot="agreement"
        lang={step.agreement.language}
        style={{ maxHeight: '16rem', overflowY: 'auto' }}
      >
        {paragraphs.map((paragraph, index) => (
          <p key={index} style={{ whiteSpace: 'pre-line' }}>
            {paragraph.trim()}
          </p>
        ))}
      </div>
      <C.Button aria-disabled={isPending || undefined} onClick={() => answer(true)}>
        {t('agreement.accept')}
      </C.Button>
      <C.Button variant="secondary" aria-disabled={isPending || undefined} aria-describedby={declineHint} onClick={() => answer(false)}>
        {t('agreement.decline')}
      </C.Button>
      <p id={declineHint}>{t('agreement.declineHint')}</p>
      <NotYou />
    </C.Layout>
  )
}
