/** The secrets of one authorization request, kept until its code is delivered. */
export type Transaction = {
  state: string
  nonce: string
  codeVerifier: string
  codeChallenge: string
  redirectUri: string
}

/** Creates state, nonce and a PKCE S256 pair with WebCrypto (RFC 7636). */
export async function createTransaction(redirectUri: string): Promise<Transaction> {
  const codeVerifier = randomString(32)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier))
  return {
    state: randomString(16),
    nonce: randomString(16),
    codeVerifier,
    codeChallenge: base64Url(new Uint8Array(digest)),
    redirectUri,
  }
}

function randomString(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)))
}

function base64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
