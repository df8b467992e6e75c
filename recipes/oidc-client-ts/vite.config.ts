import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// A single-page app: the dev server answers /login and /callback with index.html, and
// src/main.tsx picks the page by path.
export default defineConfig({ plugins: [react()] })
