/** `pingone-emulator --help`. */
export const usage = `Usage: pingone-emulator [--port 4010] [--host localhost] [--app-origin ORIGIN]... [--config FILE]

Serves a local PingOne environment (defaultConfig unless --config) over HTTP.

  --port PORT          port to listen on; 0 picks a free one (default: $PORT or 4010)
  --host HOST          host name or address to bind (default: $HOST or localhost)
  --app-origin ORIGIN  your app's origin, e.g. http://localhost:3000: registered on the first
                       application for CORS, as redirect URI ORIGIN/ and (the first one given)
                       as its login page ORIGIN/. Repeatable.
  --config FILE        a JSON emulator config; top-level fields it leaves out come from defaultConfig
  --help               show this help

Environment: PORT, HOST, and ALLOWED_HOSTS (comma-separated host names to answer for besides
loopback); flags win.`
