import { useTranslation } from 'react-i18next'
import { startRevote, type Initiative } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { aggregatorOf } from '../common/aggregates'
import { rankedOf } from '../common/derived'
import { ContestedBadge, ScoreText } from '../common/ScoreText'
import { AggregateCell } from '../scoring/AggregateCell'
import { MovementTable } from '../scoring/MovementTable'

/** The group's ratings of one initiative, its score and rank, and its re-vote history. */
export function InitiativeScores({ initiative }: { readonly initiative: Initiative }) {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const { criteria, prioritisation } = project
  if (!prioritisation.isRevealed) {
    return (
      <section aria-labelledby="scores-heading">
        <h3 id="scores-heading">{t('detail.scores')}</h3>
        <p className="muted">{t('blind.hiddenText')}</p>
      </section>
    )
  }
  const aggregate = aggregatorOf(project)(initiative)
  const ranked = rankedOf(project).find((row) => row.initiativeId === initiative.id)
  return (
    <section aria-labelledby="scores-heading">
      <h3 id="scores-heading">{t('detail.scores')}</h3>
      {ranked && (
        <p>
          {t('detail.rankLine', {
            rank: ranked.rank,
            framework: t(`framework.${prioritisation.framework}.name`),
          })}{' '}
          <ScoreText row={ranked} framework={prioritisation.framework} />{' '}
          <ContestedBadge isContested={ranked.isContested} />
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('criteria.name')}</th>
            <th scope="col">{t(`aggregation.${prioritisation.aggregation}`)}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion, i) => {
            const cell = aggregate.criteria[i]
            return (
              <tr key={criterion.id}>
                <th scope="row">{criterion.name}</th>
                <td>{cell && <AggregateCell aggregate={cell} />}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <MovementTable initiativeId={initiative.id} />
      {Object.keys(initiative.ratings).length > 0 && (
        <p>
          <button
            type="button"
            onClick={() => {
              dispatch((p) => startRevote(p, { initiativeId: initiative.id }))
            }}
          >
            {t('revote.start')}
          </button>{' '}
          <span className="muted">{t('revote.hint')}</span>
        </p>
      )}
    </section>
  )
}
