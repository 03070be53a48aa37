import { useTranslation } from 'react-i18next'
import {
  CriterionDirection,
  CriterionScale,
  addCriterion,
  moveCriterion,
  normalisedWeights,
  patchCriterion,
  removeCriterion,
  type Criterion,
} from '../../../../../shared/domain'
import { newId } from '../../../state/ids'
import { useDispatch, useProject } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'
import { DraftCell } from '../common/DraftCell'
import { WeightSlider } from './WeightSlider'

function CriterionRow({
  criterion,
  index,
  count,
  share,
}: {
  readonly criterion: Criterion
  readonly index: number
  readonly count: number
  readonly share: number | null
}) {
  const { t } = useTranslation('prioritisation')
  const dispatch = useDispatch()
  const { id, name } = criterion
  const patch = (change: Partial<Omit<Criterion, 'id'>>) => {
    dispatch((p) => patchCriterion(p, { id, patch: change }))
  }
  return (
    <tr>
      <td>
        <DraftCell
          label={t('criteria.nameOf', { index: index + 1 })}
          value={name}
          onCommit={(value) => {
            patch({ name: value })
          }}
        />
      </td>
      <td>
        <WeightSlider criterion={criterion} share={share} />
      </td>
      <td>
        <select
          aria-label={t('criteria.directionOf', { name })}
          value={criterion.direction}
          onChange={(event) => {
            patch({ direction: CriterionDirection.parse(event.target.value) })
          }}
        >
          {CriterionDirection.options.map((direction) => (
            <option key={direction} value={direction}>
              {t(`criteria.direction.${direction}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('criteria.scaleOf', { name })}
          value={criterion.scale}
          onChange={(event) => {
            patch({ scale: CriterionScale.parse(event.target.value) })
          }}
        >
          {CriterionScale.options.map((scale) => (
            <option key={scale} value={scale}>
              {t(`criteria.scale.${scale}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="row-actions">
        <button
          type="button"
          disabled={index === 0}
          aria-label={t('criteria.moveUp', { name })}
          onClick={() => {
            dispatch((p) => moveCriterion(p, { id, offset: -1 }))
          }}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          aria-label={t('criteria.moveDown', { name })}
          onClick={() => {
            dispatch((p) => moveCriterion(p, { id, offset: 1 }))
          }}
        >
          ↓
        </button>
        <button
          type="button"
          className="danger-quiet"
          aria-label={t('criteria.remove', { name })}
          onClick={() => {
            dispatch((p) => removeCriterion(p, { id }))
            useUiStore.getState().notify(t('criteria.removed', { name }), 'info')
          }}
        >
          ✕
        </button>
      </td>
    </tr>
  )
}

/**
 * The criteria initiatives are scored on: name, weight (shown normalised), direction and scale.
 * Adding, removing or moving a criterion keeps every rating row aligned (shared updaters).
 */
export function CriteriaEditor() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const shares = normalisedWeights(project.criteria)
  return (
    <section className="criteria-editor" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{t('criteria.heading')}</h2>
      <p className="muted">{t('criteria.hint')}</p>
      {shares === null && project.criteria.length > 0 && (
        <p className="warning" role="note">
          {t('reason.no-weights')}
        </p>
      )}
      <table className="data-table criteria-table">
        <thead>
          <tr>
            <th scope="col">{t('criteria.name')}</th>
            <th scope="col">{t('criteria.weight')}</th>
            <th scope="col">{t('criteria.directionLabel')}</th>
            <th scope="col">{t('criteria.scaleLabel')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {project.criteria.map((criterion, index) => (
            <CriterionRow
              key={criterion.id}
              criterion={criterion}
              index={index}
              count={project.criteria.length}
              share={shares?.[index] ?? null}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          const criterion: Criterion = {
            id: newId('c'),
            name: t('criteria.newName'),
            description: '',
            weight: 1,
            direction: 'benefit',
            scale: '1-5',
          }
          dispatch((p) => addCriterion(p, { criterion }))
        }}
      >
        {t('criteria.add')}
      </button>
    </section>
  )
}
