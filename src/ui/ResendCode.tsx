import { useState } from 'react'
import { errorMessage } from '../errorMessage'
import { toPingOneError } from '../flow/errors'
import type { FlowAction } from '../flow/types'
import { useSignOn } from '../useSignOn'

/** A "Send a new code" button for `action`, with a polite note once PingOne has sent it. */
export function ResendCode({ action }: { action: FlowAction }) {
  const { components: C, act, isPending, t } = useSignOn()
  const [note, setNote] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)
  const resend = () => {
    if (isPending) return
    setNote(null)
    act(action, {}).then(
      () => setNote({ tone: 'info', text: t('resendCode.sent') }),
      (error: unknown) => setNote({ tone: 'error', text: errorMessage(t, toPingOneError(error)) }),
    )
  }
  return (
    <>
      <C.Link aria-disabled={isPending || undefined} onClick={resend}>
        {t('resendCode.send')}
      </C.Link>
      {note && <C.Alert tone={note.tone}>{note.text}</C.Alert>}
    </>
  )
}
