import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { useForm } from 'react-hook-form'

// The baseline: a bare React page with the kit's dependencies and a hand-made sign-on form. No request.

type Values = { username: string; password: string }

function SignOnForm() {
  const { register, handleSubmit } = useForm<Values>()
  return (
    <form onSubmit={handleSubmit((values) => console.log('sign on as', values.username))}>
      <h1>Sign on</h1>
      <label>
        Username <input autoComplete="username" {...register('username', { required: true })} />
      </label>
      <label>
        Password <input type="password" autoComplete="current-password" {...register('password', { required: true })} />
      </label>
      <button type="submit">Sign on</button>
    </form>
  )
}

const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main>
        <SignOnForm />
      </main>
    </QueryClientProvider>
  </StrictMode>,
)
