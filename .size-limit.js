// Size budgets (`npm run size`), brotli, peers excluded. Locales load on demand: the kit's budget
// leaves their chunks out (as a host's bundler does), and one locale has a budget of its own.
const peers = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form']

/** Keeps `import('./locales/…')` out of the measured bundle, as it is out of the page's first load. */
const localesOnDemand = {
  name: 'locales-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/locales\// }, (args) => ({ path: args.path, external: true }))
  },
}

export default [
  {
    name: 'PingOneSignOn (kit, peers excluded)',
    path: 'dist/index.js',
    import: '{ PingOneSignOn }',
    ignore: peers,
    modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), localesOnDemand] }),
    // 18.7 kB after issue 5: server answers checked field by field, retries, timeouts, resync.
    limit: '19 kB',
  },
  {
    name: 'one locale, loaded on demand (ja, the largest)',
    path: 'dist/locales/ja-*.js',
    limit: '5 kB',
  },
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    limit: '1.35 kB',
  },
]
