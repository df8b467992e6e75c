/**
 * WebAuthn glue for ASSERTION_REQUIRED. PingOne sends `publicKeyCredentialRequestOptions` as a JSON
 * string whose binary fields are signed byte arrays; `assertion.check` takes the credential back as
 * a JSON string whose binary fields are base64url.
 */

type RawOptions = {
  challenge?: unknown
  timeout?: unknown
  rpId?: unknown
  userVerification?: unknown
  allowCredentials?: { type?: unknown; id?: unknown; transports?: unknown }[]
}

/** Parses PingOne's options for `navigator.credentials.get({ publicKey })`; throws on a malformed string. */
export function parseRequestOptions(json: string): PublicKeyCredentialRequestOptions {
  const raw = JSON.parse(json) as RawOptions
  if (!raw || typeof raw !== 'object') throw new TypeError('The security key options are not an object.')
  return {
    challenge: toBuffer(raw.challenge),
    ...(typeof raw.timeout === 'number' ? { timeout: raw.timeout } : {}),
    ...(typeof raw.rpId === 'string' ? { rpId: raw.rpId } : {}),
    ...(typeof raw.userVerification === 'string'
      ? { userVerification: raw.userVerification as UserVerificationRequirement }
      : {}),
    allowCredentials: (Array.isArray(raw.allowCredentials) ? raw.allowCredentials : []).map((credential) => ({
      type: 'public-key',
      id: toBuffer(credential.id),
      ...(Array.isArray(credential.transports) ? { transports: credential.transports as AuthenticatorTransport[] } : {}),
    })),
  }
}

/** The credential as `assertion.check`'s `assertion`: JSON, every binary field base64url. */
export function encodeAssertion(credential: PublicKeyCredential): string {
  const response = credential.response as AuthenticatorAssertionResponse
  return JSON.stringify({
    id: credential.id,
    rawId: base64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: base64url(response.clientDataJSON),
      authenticatorData: base64url(response.authenticatorData),
      signature: base64url(response.signature),
      userHandle: response.userHandle ? base64url(response.userHandle) : null,
    },
  })
}

// Signed bytes (-128..127) as PingOne sends them; Int8Array keeps their bit patterns.
function toBuffer(value: unknown): ArrayBuffer {
  if (!Array.isArray(value) || !value.every((n) => typeof n === 'number')) {
    throw new TypeError('The security key options carry no byte array.')
  }
  return new Int8Array(value as number[]).buffer
}

function base64url(buffer: ArrayBuffer): string {
  let binary = ''
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
