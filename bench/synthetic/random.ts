/**
 * A small seeded pseudo-random generator (mulberry32), so that every bench run and every test
 * sees the same synthetic projects. Not for anything that needs real randomness.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** A normally distributed value (Box-Muller) with the given mean and standard deviation. */
  normal(mean: number, sd: number): number
}

/** A mulberry32 generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new RangeError('cannot pick from an empty list')
      return list[int(0, list.length - 1)] as T
    },
    chance: (p) => next() < p,
    normal(mean, sd) {
      // 1 - next() keeps the logarithm's argument in (0, 1].
      const radius = Math.sqrt(-2 * Math.log(1 - next()))
      return mean + sd * radius * Math.cos(2 * Math.PI * next())
    },
  }
}
