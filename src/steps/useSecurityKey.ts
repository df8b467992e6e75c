import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '../errorMessage'
import { isPingOneError } from '../flow/errors'
import type { Translate } from '../messages/types'
import { encodeAssertion, parseRequestOptions } from '../flow/webauthn'
import { useSignOn } from '../useSignOn'

/** True when the browser has WebAuthn. */
export function hasWebAuthn(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function' && Boolean(navigator.credentials?.get)
}

/**
 * ASSERTION_REQUIRED: `start()` (call it from a click: some browsers want a user gesture) asks the
 * browser for the security key, then sends `assertion.check`. The prompt is aborted on unmount.
 */
export function useSecurityKey(requestOptions: string | undefined) {
  const { act, t } = useSignOn()
  const [problem, setProblem] = useState<string>()
  const [prompting, setPrompting] = useState(false)
  const pending = useRef<AbortController | null>(null)
  useEffect(() => () => pending.current?.abort(), [])

  const start = async () => {
    if (pending.current || !requestOptions || !hasWebAuthn()) return
    const controller = new AbortController()
    pending.current = controller
    setProblem(undefined)
    setPrompting(true)
    try {
      const publicKey = parseRequestOptions(requestOptions)
      const credential = await navigator.credentials.get({ publicKey, signal: controller.signal })
      if (controller.signal.aborted) return
      if (!credential) throw new DOMException('No credential', 'NotAllowedError')
      const assertion = encodeAssertion(credential as PublicKeyCredential)
      await act('assertion.check', { origin: window.location.origin, assertion, compatibility: 'FULL' })
    } catch (error) {
      if (!controller.signal.aborted) setProblem(problemMessage(t, error))
    } finally {
      pending.current = null
      if (!controller.signal.aborted) setPrompting(false)
    }
  }
  return { supported: hasWebAuthn(), prompting, problem, start }
}

function problemMessage(t: Translate, error: unknown): string {
  if (isPingOneError(error)) return errorMessage(t, error)
  const name = error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'AbortError') return t('assertion.cancelled')
  if (name === 'SyntaxError' || name === 'TypeError') return t('assertion.badOptions')
  return t('assertion.failed')
}
