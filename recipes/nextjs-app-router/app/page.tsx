import { SignIn } from './SignIn'

// A server component: rendered on the server, no hooks, no event handlers. It renders the client
// component below, which the server renders to HTML too (the kit's loading step) and the browser
// then hydrates and runs.
export default function Page() {
  return (
    <main style={{ maxWidth: '28rem', margin: '3rem auto', padding: '0 1rem' }}>
      <SignIn />
    </main>
  )
}
