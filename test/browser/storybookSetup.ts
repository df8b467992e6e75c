import { spawnSync } from 'node:child_process'

// The story tests run the built catalogue, exactly what `npm run build-storybook` publishes.
export default function buildStorybook() {
  const build = spawnSync('npm', ['run', 'build-storybook', '--', '--quiet', '--output-dir', 'storybook-static'], {
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  })
  if (build.status !== 0) throw new Error(`Storybook did not build:\n${build.stdout}\n${build.stderr}`)
}
