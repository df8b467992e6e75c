import type { Transaction } from './pkce'

// The PKCE verifier and state must survive the full-page social round trip (reference §10, P8).
// sessionStorage is per tab and is cleared when the tab closes; nothing else is stored. A tab is
// at one provider at a time, so it keeps at most one transaction.
const prefix = 'pingone-signon:'

/** Keeps a transaction for `flowId` until its code is delivered, in place of any other. */
export function saveTransaction(flowId: string, transaction: Transaction): void {
  forgetOtherTransactions(flowId)
  try {
    sessionStorage.setItem(prefix + flowId, JSON.stringify(transaction))
  } catch {
    // Storage disabled: the round trip will come back in redirect mode.
  }
}

/** The transaction kept for `flowId`, or null (then the flow was started by someone else). */
export function loadTransaction(flowId: string): Transaction | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(prefix + flowId) ?? 'null')
    return isTransaction(value) ? value : null
  } catch {
    return null
  }
}

/** Forgets the transaction kept for `flowId`. */
export function forgetTransaction(flowId: string): void {
  try {
    sessionStorage.removeItem(prefix + flowId)
  } catch {
    // nothing kept
  }
}

/** Forgets the transactions kept for flows other than `flowId`: they were abandoned. */
export function forgetOtherTransactions(flowId: string): void {
  try {
    const stale = Object.keys(sessionStorage).filter((key) => key.startsWith(prefix) && key !== prefix + flowId)
    for (const key of stale) sessionStorage.removeItem(key)
  } catch {
    // nothing kept
  }
}

function isTransaction(value: unknown): value is Transaction {
  if (typeof value !== 'object' || value === null) return false
  const keys = ['state', 'nonce', 'codeVerifier', 'codeChallenge', 'redirectUri'] as const
  return keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
}
