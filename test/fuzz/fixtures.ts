// The published PingOne bodies (../shared/pingone/fixtures; see its INDEX.md), as the fuzz starts from them.
const files = {
  ...import.meta.glob<unknown>('../fixtures/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<unknown>('./fixtures/*.json', { eager: true, import: 'default' }),
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const name = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '')

// The adjacent MFA API wraps its body in the connector's `rawResponse`.
const unwrap = (body: unknown) => (isRecord(body) && isRecord(body.rawResponse) ? body.rawResponse : body)

/** Every published flow response (a body with `status` or `_links`), by file name. */
export const flowFixtures: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(files)
    .map(([path, body]) => [name(path), unwrap(body)] as const)
    .filter((entry): entry is readonly [string, Record<string, unknown>] => isRecord(entry[1]) && ('status' in entry[1] || '_links' in entry[1])),
)

/** The published `_embedded.socialProviders` fragment. */
export const publishedSocialProviders = (files['./fixtures/USERNAME_PASSWORD_REQUIRED__socialProviders-fragment__read-flow.json'] as {
  socialProviders: unknown[]
}).socialProviders
