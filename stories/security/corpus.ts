/**
 * Script and HTML payloads a hostile (or compromised) PingOne could put in any string it sends.
 * Each one, if any part of it ran as code, calls `window.__xss(id)` (see trap.ts); rendered as
 * text, each must read exactly as written. The id names the payload's kind.
 */
export const corpus = {
  script: `<script>__xss('script')</script>`,
  img: `<img src=x onerror="__xss('img')">`,
  svg: `<svg onload="__xss('svg')"><circle r=1 /></svg>`,
  svgAnimate: `<svg><animate onbegin="__xss('svg-animate')" attributeName=x dur=1s>`,
  javascriptUrl: `javascript:__xss('javascript-url')//`,
  iframe: `"><iframe srcdoc="<script>parent.__xss('iframe')</script>"></iframe>`,
  anchor: `<a href="javascript:__xss('anchor')">Read more</a>`,
  details: `<details open ontoggle="__xss('details')">`,
  autofocus: `<input autofocus onfocus="__xss('autofocus')">`,
  mutation: `<math><mtext><table><mglyph><style><img src=x onerror="__xss('mutation')">`,
  attribute: `' onmouseover='__xss("attribute")' x='`,
  style: `<style>@import url("javascript:__xss('style')")</style>`,
  meta: `<meta http-equiv="refresh" content="0;url=javascript:__xss('meta')">`,
  object: `<object data="javascript:__xss('object')"></object>`,
  template: `{{constructor.constructor('__xss("template")')()}}`,
  templateLiteral: `\${__xss('template-literal')}`,
  placeholders: `{name} {provider} {username} {count}`,
  entities: `&lt;img src=x onerror=__xss(&#39;entities&#39;)&gt; &amp;amp;`,
  rightToLeftOverride: `Acme \u202Egnp.exe\u202C ID`,
  unbroken: `W${'w'.repeat(160)}`,
  long: `${'This sentence is here to make the text very long. '.repeat(40)}The end.`,
} as const

export type PayloadKind = keyof typeof corpus
