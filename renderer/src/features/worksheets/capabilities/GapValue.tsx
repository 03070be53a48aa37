import type { Level } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'

/** A capability's gap (target - current) with its sign; a dash while a level is missing. */
export function GapValue({ current, target }: { readonly current: Level; readonly target: Level }) {
  const format = useFormat()
  if (current === null || target === null) return <span className="gap gap-unknown">–</span>
  const gap = target - current
  const tone = gap > 0 ? 'gap-open' : 'gap-closed'
  return (
    <span className={`gap ${tone}`}>
      {gap > 0 ? `+${format.number(gap, 0)}` : format.number(gap, 0)}
    </span>
  )
}
