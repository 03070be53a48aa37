import { useTranslation } from 'react-i18next'
import type { Framework, RankedInitiative, Summary } from '../../../../../shared/domain'
import { useFixed } from './useFixed'
import { useQuadrantLabel } from './useQuadrantLabel'

/** Decimals as the shared ranking writes them ('72.5', ICE product '168', WSJF '2.15'). */
function decimalsOf(label: string): number {
  return /^-?\d+\.(\d+)$/.exec(label)?.[1]?.length ?? 0
}

/**
 * An initiative's score under a framework, or the reason it has none ("no effort estimate"):
 * never NaN or Infinity on screen.
 */
export function ScoreText({
  row,
  framework,
}: {
  readonly row: RankedInitiative
  readonly framework: Framework
}) {
  const { t } = useTranslation('prioritisation')
  const fixed = useFixed()
  const quadrantLabel = useQuadrantLabel()
  if (row.score === null) {
    return <span className="reason">{t(`reason.${row.reason ?? 'unrated'}`)}</span>
  }
  if (framework === 'moscow') return <span>{t(`moscow.${row.scoreLabel}`)}</span>
  if (framework === 'impact-effort' && row.quadrant) {
    return (
      <span>
        {quadrantLabel(row.quadrant)} · {fixed(row.score, 1)}
      </span>
    )
  }
  return <span>{fixed(row.score, decimalsOf(row.scoreLabel))}</span>
}

/** The raters' spread next to an aggregate: standard deviation and min–max. */
export function SpreadText({
  summary,
  digits = 1,
}: {
  readonly summary: Summary | null
  readonly digits?: number
}) {
  const { t } = useTranslation('prioritisation')
  const fixed = useFixed()
  if (!summary || summary.count === 0 || summary.sd === null) {
    return <span className="muted">{t('spread.none')}</span>
  }
  return (
    <span className="spread">
      {t('spread.text', {
        sd: fixed(summary.sd, digits),
        min: fixed(summary.min, digits),
        max: fixed(summary.max, digits),
        count: summary.count,
      })}
    </span>
  )
}

/** The mark of an initiative on which raters disagree strongly; text, not colour alone. */
export function ContestedBadge({ isContested }: { readonly isContested: boolean }) {
  const { t } = useTranslation('prioritisation')
  if (!isContested) return null
  return (
    <span className="badge contested" title={t('contested.hint')}>
      ⚡ {t('contested.label')}
    </span>
  )
}
