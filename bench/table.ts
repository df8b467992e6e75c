/** A Markdown table; columns after the first are right-aligned (they hold figures). */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  const rule = header.map((_, index) => (index === 0 ? '---' : '---:'))
  return [line(header), line(rule), ...rows.map(line)].join('\n')
}

/** Milliseconds with one decimal. */
export const ms = (value: number) => value.toFixed(1)

/** Bytes as `12,345 B (12.1 KiB)`. */
export const bytes = (value: number) => `${value.toLocaleString('en-US')} B (${(value / 1024).toFixed(1)} KiB)`
