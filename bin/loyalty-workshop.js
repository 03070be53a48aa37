#!/usr/bin/env node
// The `loyalty-workshop` command: runs the CLI bundle that `npm run build` writes to out/main.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../out/main/cli.js', import.meta.url)

if (!existsSync(fileURLToPath(cli))) {
  console.error('Run `npm run build` first.')
  process.exit(2)
}

await import(cli.href)
