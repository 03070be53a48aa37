import { useTranslation } from 'react-i18next'
import { normalisedWeights, type WeightSensitivity } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useProject } from '../../../state/project-store'
import { useSensitivity } from '../common/derived'
import { WeightSlider } from '../criteria/WeightSlider'

function StableRange({ item }: { readonly item: WeightSensitivity }) {
  const { t } = useTranslation('prioritisation')
  const format = useFormat()
  const low = item.down === null ? null : item.weight - item.down
  const high = item.up === null ? null : item.weight + item.up
  const isFragile = (item.down !== null && item.down < 0.5) || (item.up !== null && item.up < 0.5)
  return (
    <span className={isFragile ? 'stable-range fragile' : 'stable-range'}>
      {low === null && high === null
        ? t('sensitivity.alwaysStable')
        : t('sensitivity.range', {
            low: low === null ? t('sensitivity.zero') : format.number(low, 2),
            high: high === null ? t('sensitivity.anyHigher') : format.number(high, 2),
          })}
      {isFragile && <strong> {t('sensitivity.fragile')}</strong>}
    </span>
  )
}

/**
 * Weighted-scoring sensitivity, live: drag a weight and see at once whether the top three still
 * hold, and for every criterion the range of weights over which they do.
 */
export function SensitivityPanel() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const sensitivity = useSensitivity()
  const shares = normalisedWeights(project.criteria)
  const titleOf = (id: string) =>
    project.initiatives.find((initiative) => initiative.id === id)?.title ?? id
  return (
    <section className="sensitivity" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">{t('sensitivity.heading')}</h2>
      <p className="muted">{t('sensitivity.hint')}</p>
      {sensitivity === null ? (
        <p className="warning">{t('reason.no-weights')}</p>
      ) : (
        <p aria-live="polite">
          {t('sensitivity.top')}{' '}
          <strong>{sensitivity.topInitiativeIds.map(titleOf).join(' · ') || '–'}</strong>
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('criteria.name')}</th>
            <th scope="col">{t('criteria.weight')}</th>
            <th scope="col">{t('sensitivity.stableFor')}</th>
          </tr>
        </thead>
        <tbody>
          {project.criteria.map((criterion, i) => {
            // Found by id: the sensitivity may still describe the criteria of a moment ago.
            const item = sensitivity?.criteria.find((c) => c.criterionId === criterion.id)
            return (
              <tr key={criterion.id}>
                <th scope="row">{criterion.name}</th>
                <td>
                  <WeightSlider criterion={criterion} share={shares?.[i] ?? null} />
                </td>
                <td>{item ? <StableRange item={item} /> : '–'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
