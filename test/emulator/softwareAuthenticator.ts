import type { Flow } from '../../src/flow/types'

/** What a test may change about one assertion, to see the emulator refuse it. */
export type AssertionChange = {
  counter?: number
  challenge?: string
  rpId?: string
  flags?: number
  type?: string
  tamper?: boolean
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fromB64 = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))

/**
 * A security key in software: signs WebAuthn assertions with a P-256 PKCS#8 key, in the encoding the
 * kit sends (`assertion` JSON string, binary fields base64url, the signature in DER like real keys).
 */
export async function softwareAuthenticator(key: { credentialId: string; privateKey: string }) {
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    fromB64(key.privateKey),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign'],
  )
  let counter = 0
  return {
    async sign(flow: Flow, origin: string, change: AssertionChange = {}): Promise<string> {
      const options = JSON.parse(flow.publicKeyCredentialRequestOptions!) as { challenge: number[]; rpId: string }
      counter = change.counter ?? counter + 1
      const clientData = new TextEncoder().encode(
        JSON.stringify({
          type: change.type ?? 'webauthn.get',
          challenge: change.challenge ?? b64url(new Uint8Array(new Int8Array(options.challenge).buffer)),
          origin,
          crossOrigin: false,
        }),
      )
      const rpIdHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(change.rpId ?? options.rpId)))
      const authData = new Uint8Array(37)
      authData.set(rpIdHash)
      authData[32] = change.flags ?? 0x05
      new DataView(authData.buffer).setUint32(33, counter)
      const clientHash = new Uint8Array(await crypto.subtle.digest('SHA-256', clientData))
      const raw = new Uint8Array(
        await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, new Uint8Array([...authData, ...clientHash])),
      )
      if (change.tamper) raw[10] = (raw[10] ?? 0) ^ 0xff
      return JSON.stringify({
        id: key.credentialId,
        rawId: key.credentialId,
        type: 'public-key',
        response: {
          clientDataJSON: b64url(clientData),
          authenticatorData: b64url(authData),
          signature: b64url(rawToDer(raw)),
          userHandle: null,
        },
      })
    },
  }
}

function rawToDer(raw: Uint8Array): Uint8Array {
  const integer = (half: Uint8Array) => {
    let bytes = half
    while (bytes.length > 1 && bytes[0] === 0 && (bytes[1] ?? 0) < 0x80) bytes = bytes.slice(1)
    if ((bytes[0] ?? 0) >= 0x80) bytes = new Uint8Array([0, ...bytes])
    return [0x02, bytes.length, ...bytes]
  }
  const body = [...integer(raw.slice(0, 32)), ...integer(raw.slice(32))]
  return new Uint8Array([0x30, body.length, ...body])
}
