import { useTranslation } from 'react-i18next'
import { matrixAxes, type CriterionAggregate } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useProject } from '../../../state/project-store'
import { useFixed } from '../common/useFixed'
import { useQuadrantLabel } from '../common/useQuadrantLabel'
import type { MatrixRow } from './matrix-rows'

export interface TooltipAt {
  readonly initiativeId: string
  readonly left: number
  readonly top: number
}

/** The details of the bubble under the pointer or the focus: values, spread, quadrant. */
export function MatrixTooltip({ at, row }: { readonly at: TooltipAt; readonly row: MatrixRow }) {
  const { t } = useTranslation('prioritisation')
  const format = useFormat()
  const fixed = useFixed()
  const quadrantLabel = useQuadrantLabel()
  const axes = matrixAxes(useProject())
  const line = (name: string | undefined, aggregate: CriterionAggregate | null) =>
    name && aggregate?.value !== null && aggregate ? (
      <div>
        {name}: <strong>{fixed(aggregate.value)}</strong>{' '}
        <span className="spread">
          (
          {t('spread.text', {
            sd: format.number(aggregate.sd, 1),
            min: format.number(aggregate.min, 1),
            max: format.number(aggregate.max, 1),
            count: aggregate.count,
          })}
          )
        </span>
      </div>
    ) : null
  return (
    <div className="matrix-tooltip" role="tooltip" style={{ left: at.left, top: at.top }}>
      <strong>{row.title}</strong>
      <div>{row.quadrant ? quadrantLabel(row.quadrant) : '–'}</div>
      {line(axes.y?.criterion.name, row.impact)}
      {line(axes.x?.criterion.name, row.effort)}
      {line(axes.size?.criterion.name, row.size)}
      {row.isContested && <div>⚡ {t('contested.label')}</div>}
    </div>
  )
}
