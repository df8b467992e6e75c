import fc from 'fast-check'

/** Text a hostile or broken server might put anywhere a string goes. */
export const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  '<style>*{display:none}</style>',
  '{{userPassword}}',
  '{provider}',
  '{count}',
  '${7*7}',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '\n\n\n',
  '\u0000',
  '\u202Egnp.exe',
  '\uD800 lone surrogate \uDFFF',
  'ñ 名前 🔐 مرحبا',
  'https://evil.example/phish',
]

const longText = fc
  .tuple(fc.constantFrom('A', 'ab ', '<b>x</b>', '🔐', '\n\n'), fc.integer({ min: 500, max: 5000 }))
  .map(([unit, times]) => unit.repeat(times))

/** Random, malicious and very long strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 4, arbitrary: fc.constantFrom(...payloads) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: longText },
)

/** Any JSON value, with hostile strings, kept small enough to render thousands per run. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3, depthSize: 'small' })

/** A value of the wrong type for wherever it lands (or, now and then, the right one by luck). */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0.5, '', [], {}, [null], { href: null }),
  hostileString,
  anyJson,
)
