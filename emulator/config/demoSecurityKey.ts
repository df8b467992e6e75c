/**
 * TEST-ONLY KEY. The demo user `mfa-key`'s security key: a fixed P-256 key pair, published here on
 * purpose so that tests and Chromium's virtual authenticator (CDP `WebAuthn.addCredential`) can
 * sign in as that user. Never register it anywhere real.
 */
export const demoSecurityKey = {
  /** The credential id, base64url (WebAuthn's `id`). */
  credentialId: '4_uTymhRjnWAboFQ0R45DBIpOtoBy92S355qLzTbhoE',
  /** The private key, PKCS#8 DER, base64: what CDP `WebAuthn.addCredential` takes. */
  privateKey:
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg4OzWojA51QVjt3LPmfwehR3rMnsycjbEPAaZ+FwOXeShRANCAAQEUMuW9wUV+w/X4RvS3soKNGaHwISZd4JbprZQFWJvRzhD/tczwI4AcPIfEwpP3JAKL1pZu2wVIqKwI1Pr0dnO',
  /** The public key, SPKI DER, base64: what the emulator verifies assertions with. */
  publicKey:
    'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBFDLlvcFFfsP1+Eb0t7KCjRmh8CEmXeCW6a2UBVib0c4Q/7XM8COAHDyHxMKT9yQCi9aWbtsFSKisCNT69HZzg==',
} as const
