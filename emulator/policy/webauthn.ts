import { findApp, type Ctx } from '../state/context'
import type { Device } from './devices'
import type { FlowRecord } from '../state/store'

/**
 * WebAuthn for ASSERTION_REQUIRED, by hand with WebCrypto (ES256 only), so that the emulator runs
 * in browsers too: request options in PingOne's shape, and assertion verification.
 */

/** The relying party id: the host of the app's sign-on page (`localhost` for the demo). */
export function rpId(ctx: Ctx, flow: FlowRecord): string {
  const app = findApp(ctx, flow.authorize.clientId)
  const page = app?.loginPageUrl ?? app?.corsOrigins[0]
  return page ? new URL(page).hostname : 'localhost'
}

/** `publicKeyCredentialRequestOptions`: a JSON string whose binary fields are signed byte arrays. */
export function requestOptions(ctx: Ctx, flow: FlowRecord, device: Device): string {
  const signed = (data: string) => Array.from(new Int8Array(fromBase64url(data)))
  return JSON.stringify({
    challenge: signed(flow.mfa?.challenge ?? ''),
    timeout: 120000,
    rpId: rpId(ctx, flow),
    allowCredentials: device.credentialId ? [{ type: 'public-key', id: signed(device.credentialId) }] : [],
    userVerification: 'preferred',
  })
}

/** The credential `assertion.check` sends, as a JSON string with base64url binary fields. */
type Assertion = {
  id?: unknown
  rawId?: unknown
  type?: unknown
  response?: { clientDataJSON?: unknown; authenticatorData?: unknown; signature?: unknown }
}

/**
 * Checks an assertion against the flow's challenge and the device's key. Returns the new signature
 * counter, or undefined when anything is wrong.
 */
export async function verifyAssertion(
  ctx: Ctx,
  flow: FlowRecord,
  device: Device,
  body: Record<string, unknown>,
): Promise<number | undefined> {
  try {
    const assertion = JSON.parse(String(body.assertion)) as Assertion
    const response = assertion.response ?? {}
    const clientDataBytes = fromBase64url(String(response.clientDataJSON))
    const authData = fromBase64url(String(response.authenticatorData))
    const signature = fromBase64url(String(response.signature))
    const clientData = JSON.parse(new TextDecoder().decode(clientDataBytes)) as Record<string, unknown>
    const app = findApp(ctx, flow.authorize.clientId)
    const origins = [...(app?.corsOrigins ?? []), ...(app?.loginPageUrl ? [new URL(app.loginPageUrl).origin] : [])]

    const checks = [
      assertion.type === 'public-key',
      device.credentialId !== undefined && assertion.rawId === device.credentialId,
      clientData.type === 'webauthn.get',
      typeof flow.mfa?.challenge === 'string' && clientData.challenge === flow.mfa.challenge,
      clientData.origin === body.origin && origins.includes(String(body.origin)),
      authData.length >= 37 && equal(authData.slice(0, 32), await sha256(new TextEncoder().encode(rpId(ctx, flow)))),
      ((authData[32] ?? 0) & 0x01) === 0x01,
    ]
    if (checks.includes(false) || !device.publicKey) return undefined

    const counter = new DataView(authData.buffer, authData.byteOffset + 33, 4).getUint32(0)
    const previous = ctx.store.signCounts.get(device.id) ?? 0
    if ((counter !== 0 || previous !== 0) && counter <= previous) return undefined

    const key = await crypto.subtle.importKey(
      'spki',
      fromBase64url(device.publicKey),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    )
    const signed = new Uint8Array([...authData, ...(await sha256(clientDataBytes))])
    const raw = derToRaw(signature)
    const valid = raw && (await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, signed))
    return valid ? counter : undefined
  } catch {
    return undefined
  }
}

/** Decodes base64url or base64 (with or without padding) to bytes. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data))
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

/** Authenticators sign in ASN.1 DER (`SEQUENCE { r INTEGER, s INTEGER }`); WebCrypto wants r || s. */
function derToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  if (der[0] !== 0x30) return undefined
  let offset = 2
  const out = new Uint8Array(64)
  for (const half of [0, 32]) {
    if (der[offset] !== 0x02) return undefined
    const length = der[offset + 1] ?? 0
    let value = der.slice(offset + 2, offset + 2 + length)
    while (value.length > 32 && value[0] === 0) value = value.slice(1)
    if (value.length > 32) return undefined
    out.set(value, half + 32 - value.length)
    offset += 2 + length
  }
  return out
}
