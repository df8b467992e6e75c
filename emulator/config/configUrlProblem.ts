import type { EmulatorConfig } from './config'
import type { ConfigProblem } from './configProblem'
import { expectedDomain, expectedOrigin, expectedUrl, isDomain, isHttpUrl, isOrigin } from './urlChecks'

/**
 * The first origin or URL of a config that could never match a browser's request: each
 * application's `corsOrigins`, `redirectUris` and `loginPageUrl`, and `customDomains`.
 */
export function configUrlProblem(config: EmulatorConfig): ConfigProblem | undefined {
  const checks: [unknown, string, (value: unknown) => boolean, string][] = []
  config.applications.forEach((app, a) => {
    const at = `applications[${a}]`
    app.corsOrigins.forEach((value, i) => checks.push([value, `${at}.corsOrigins[${i}]`, isOrigin, expectedOrigin]))
    app.redirectUris.forEach((value, i) => checks.push([value, `${at}.redirectUris[${i}]`, isHttpUrl, expectedUrl]))
    if (app.loginPageUrl !== undefined) checks.push([app.loginPageUrl, `${at}.loginPageUrl`, isHttpUrl, expectedUrl])
  })
  config.customDomains?.forEach((value, i) => checks.push([value, `customDomains[${i}]`, isDomain, expectedDomain]))
  const failed = checks.find(([value, , passes]) => !passes(value))
  return failed && { path: failed[1], expected: failed[3], got: failed[0] }
}
