/** A fresh random UUID (flow, session and error ids, codes). */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}

/**
 * A UUID-shaped id derived from `seed`, so users configured without an id keep the same id
 * across restarts (tokens' `sub` must not change). Synchronous FNV-1a, not a security hash.
 */
export function stableId(seed: string): string {
  let hex = ''
  for (let salt = 0; salt < 4; salt++) {
    let hash = 0x811c9dc5 ^ salt
    for (const char of `${salt}:${seed}`) {
      hash ^= char.codePointAt(0) ?? 0
      hash = Math.imul(hash, 0x01000193)
    }
    hex += (hash >>> 0).toString(16).padStart(8, '0')
  }
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  const part = (from: number, to: number) => hex.slice(from, to)
  return `${part(0, 8)}-${part(8, 12)}-5${part(13, 16)}-${variant}${part(17, 20)}-${part(20, 32)}`
}
