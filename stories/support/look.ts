/** What a play function measures about the look: colours, boxes, the kit's root. */

/** The kit's root element (`[data-pingone-signon]`) in the story. */
export function kitRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-pingone-signon]')
  if (!root) throw new Error('No [data-pingone-signon] root in the story.')
  return root
}

/** Relative luminance (0 black … 1 white) of any CSS colour, read back through a canvas. */
export function luminance(color: string): number {
  const context = document.createElement('canvas').getContext('2d')!
  context.fillStyle = color
  context.fillRect(0, 0, 1, 1)
  const [r, g, b] = Array.from(context.getImageData(0, 0, 1, 1).data).map((v) => {
    const c = v / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** The colour a canvas paints for `color`, as `rgb(r, g, b)`: compares colours written any way. */
export function rgb(color: string): string {
  const context = document.createElement('canvas').getContext('2d')!
  context.fillStyle = color
  context.fillRect(0, 0, 1, 1)
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data
  return `rgb(${r}, ${g}, ${b})`
}

/** The first background colour that is not transparent, from `element` up. */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor
    if (background && background !== 'transparent' && background !== 'rgba(0, 0, 0, 0)') return background
  }
  return 'rgb(255, 255, 255)'
}

/**
 * The browser's own styles for a fresh `tag` put in `container` (so it gets the same inherited
 * `color-scheme` and font): what an unstyled element looks like there.
 */
export function browserDefault(tag: string, properties: string[], container: Element = document.body): Record<string, string> {
  const probe = document.createElement(tag)
  container.append(probe)
  const style = getComputedStyle(probe)
  const values = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))
  probe.remove()
  return values
}
