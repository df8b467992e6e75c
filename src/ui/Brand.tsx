/** The default brand header: shows `--pingone-logo` from the stylesheet, and nothing without it. */
export function Brand() {
  return <div data-slot="brand" aria-hidden="true" />
}
