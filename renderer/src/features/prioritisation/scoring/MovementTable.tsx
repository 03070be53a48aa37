import { useTranslation } from 'react-i18next'
import { movement } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useProject } from '../../../state/project-store'
import { useFixed } from '../common/useFixed'

/** How a re-voted initiative moved: each criterion and the score, before and after discussion. */
export function MovementTable({ initiativeId }: { readonly initiativeId: string }) {
  const { t } = useTranslation('prioritisation')
  const format = useFormat()
  const fixed = useFixed()
  const project = useProject()
  const moved = movement(project, initiativeId)
  if (!moved) return null
  const signed = (value: number | null) =>
    value === null ? '–' : `${value > 0 ? '+' : ''}${fixed(value)}`
  const span = (min: number | null, max: number | null) =>
    min === null || max === null ? '–' : `${format.number(min, 1)}–${format.number(max, 1)}`
  return (
    <table
      className="data-table movement"
      aria-label={t('revote.movementLabel', { round: moved.round })}
    >
      <caption>{t('revote.movementCaption', { round: moved.round })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('criteria.name')}</th>
          <th scope="col">{t('revote.before')}</th>
          <th scope="col">{t('revote.after')}</th>
          <th scope="col">{t('revote.change')}</th>
          <th scope="col">{t('revote.rangeBeforeAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {moved.criteria.map((row, i) => (
          <tr key={row.criterionId}>
            <th scope="row">{project.criteria[i]?.name}</th>
            <td>{fixed(row.before.value)}</td>
            <td>{fixed(row.after.value)}</td>
            <td>{signed(row.delta)}</td>
            <td>
              {span(row.before.min, row.before.max)} → {span(row.after.min, row.after.max)}
            </td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{t('revote.weightedScore')}</th>
          <td>{fixed(moved.scoreBefore)}</td>
          <td>{fixed(moved.scoreAfter)}</td>
          <td>
            {signed(
              moved.scoreBefore === null || moved.scoreAfter === null
                ? null
                : moved.scoreAfter - moved.scoreBefore,
            )}
          </td>
          <td>
            {moved.wasContested ? t('contested.label') : t('revote.agreed')} →{' '}
            {moved.isContested ? t('contested.label') : t('revote.agreed')}
          </td>
        </tr>
      </tbody>
    </table>
  )
}
