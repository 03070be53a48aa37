import { useTranslation } from 'react-i18next'
import { matrixAxes } from '../../../../../shared/domain'
import { useProject } from '../../../state/project-store'
import { ContestedBadge } from '../common/ScoreText'
import { useQuadrantLabel } from '../common/useQuadrantLabel'
import { AggregateCell } from '../scoring/AggregateCell'
import type { MatrixRow } from './matrix-rows'
import { InitiativeTitleLink } from '../common/InitiativeTitleLink'

/** The matrix as a table: the same facts for screen readers, keyboards and anyone who prefers rows. */
export function MatrixTable({ rows }: { readonly rows: readonly MatrixRow[] }) {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const quadrantLabel = useQuadrantLabel()
  const axes = matrixAxes(project)
  const none = <span className="reason">{t('reason.unrated')}</span>
  return (
    <div className="table-scroll">
      <table className="data-table matrix-table" aria-label={t('matrix.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('register.column.title')}</th>
            <th scope="col">{t('register.column.quadrant')}</th>
            <th scope="col">{axes.y?.criterion.name ?? t('matrix.axis.yCriterionId')}</th>
            <th scope="col">{axes.x?.criterion.name ?? t('matrix.axis.xCriterionId')}</th>
            {axes.size && <th scope="col">{axes.size.criterion.name}</th>}
            <th scope="col">{t('contested.column')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.initiativeId}
              data-initiative-id={row.initiativeId}
              data-quadrant={row.quadrant ?? ''}
            >
              <th scope="row">
                <InitiativeTitleLink id={row.initiativeId} title={row.title} />
              </th>
              <td>{row.quadrant ? quadrantLabel(row.quadrant) : t('register.noQuadrant')}</td>
              <td>{row.impact ? <AggregateCell aggregate={row.impact} /> : none}</td>
              <td>{row.effort ? <AggregateCell aggregate={row.effort} /> : none}</td>
              {axes.size && <td>{row.size ? <AggregateCell aggregate={row.size} /> : none}</td>}
              <td>
                <ContestedBadge isContested={row.isContested} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
