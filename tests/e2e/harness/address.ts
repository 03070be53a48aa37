/** Where the e2e static server listens: loopback only, on a fixed port. */
export const E2E_HOST = '127.0.0.1'
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4179)
export const E2E_APP_URL = `http://${E2E_HOST}:${E2E_PORT}/`
