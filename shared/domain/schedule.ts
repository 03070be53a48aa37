import type { Initiative } from './schema/prioritisation'

const DAY_MS = 86_400_000

/** Days since 1970 of a real `YYYY-MM-DD` date; null for an empty or impossible one. */
function day(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, date)
  const check = new Date(time)
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? time / DAY_MS : null
}

/**
 * For each initiative, the other initiatives of the same owner (names compared trimmed) that run
 * at the same time, both end days included. Initiatives without an owner, without both dates or
 * ending before they start overlap nothing. Others keep the register's order.
 */
export function ownerOverlaps(
  initiatives: readonly Initiative[],
): ReadonlyMap<string, readonly Initiative[]> {
  const byOwner = new Map<string, { initiative: Initiative; start: number; end: number }[]>()
  for (const initiative of initiatives) {
    const owner = initiative.owner.trim()
    const start = day(initiative.start)
    const end = day(initiative.end)
    if (owner === '' || start === null || end === null || end < start) continue
    const bars = byOwner.get(owner) ?? []
    bars.push({ initiative, start, end })
    byOwner.set(owner, bars)
  }
  const result = new Map<string, Initiative[]>()
  for (const bars of byOwner.values()) {
    for (const a of bars) {
      for (const b of bars) {
        if (a === b || a.start > b.end || b.start > a.end) continue
        const list = result.get(a.initiative.id) ?? []
        list.push(b.initiative)
        result.set(a.initiative.id, list)
      }
    }
  }
  return result
}
