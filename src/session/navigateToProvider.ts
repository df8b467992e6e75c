import type { ResolvedConfig } from '../flow/config'
import { toPingOneError, type PingOneError } from '../flow/errors'
import { trustedUrl } from '../flow/http'
import type { FlowSession } from '../flow/startFlow'
import { saveTransaction } from '../flow/transactionStore'

/**
 * Sends the browser to an external identity provider. The PKCE transaction is kept in
 * sessionStorage meanwhile, so the sign-on resumes when PingOne sends the browser back.
 */
export function navigateToProvider(config: ResolvedConfig, session: FlowSession, href: string): PingOneError | null {
  try {
    const url = trustedUrl(config, href)
    if (session.transaction) saveTransaction(session.flow.id, session.transaction)
    window.location.assign(url.href)
    return null
  } catch (error) {
    return toPingOneError(error)
  }
}
