/** `npm run test:soak` sets SOAK=1: the full counts. CI runs the same tests with smaller ones. */
export const IS_SOAK = process.env['SOAK'] === '1'

/** The CI count, or the soak count under SOAK=1. */
export function count(ci: number, soak: number): number {
  return IS_SOAK ? soak : ci
}

/** A small seeded random generator (mulberry32), so a failing run can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The seed of this run: from SEED when given, else a new one that the tests print. */
export function runSeed(): number {
  const given = Number(process.env['SEED'])
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1
}
