import type { Initiative } from '../../../../../shared/domain'
import { dayNumber } from '../../../../../shared/charts'

/** For each initiative, the other initiatives of the same owner that run at the same time. */
export function ownerOverlaps(
  initiatives: readonly Initiative[],
): ReadonlyMap<string, readonly Initiative[]> {
  const byOwner = new Map<string, { initiative: Initiative; start: number; end: number }[]>()
  for (const initiative of initiatives) {
    const owner = initiative.owner.trim()
    const start = dayNumber(initiative.start)
    const end = dayNumber(initiative.end)
    if (owner === '' || start === null || end === null || end < start) continue
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), { initiative, start, end }])
  }
  const result = new Map<string, Initiative[]>()
  for (const bars of byOwner.values()) {
    for (const a of bars) {
      for (const b of bars) {
        if (a === b || a.start > b.end || b.start > a.end) continue
        result.set(a.initiative.id, [...(result.get(a.initiative.id) ?? []), b.initiative])
      }
    }
  }
  return result
}
