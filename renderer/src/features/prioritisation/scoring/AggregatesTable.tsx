import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  startRevote,
  type InitiativeAggregate,
  type Initiative,
} from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { aggregatorOf } from '../common/aggregates'
import { ContestedBadge } from '../common/ScoreText'
import { AggregateCell } from './AggregateCell'
import { InitiativeTitleLink } from '../common/InitiativeTitleLink'

const FIRST_ROWS = 100

interface Row {
  readonly initiative: Initiative
  readonly aggregate: InitiativeAggregate
}

/**
 * The group's ratings after reveal: every aggregate with its spread beside it, contested
 * initiatives first, each with a re-vote button. Only ever shown once the ratings are revealed.
 */
export function AggregatesTable() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const [isShowingAll, setShowingAll] = useState(false)
  const { criteria, prioritisation } = project
  const aggregateOf = aggregatorOf(project)
  const rows: Row[] = project.initiatives.map((initiative) => ({
    initiative,
    aggregate: aggregateOf(initiative),
  }))
  rows.sort((a, b) => Number(b.aggregate.isContested) - Number(a.aggregate.isContested))
  const shown = isShowingAll ? rows : rows.slice(0, FIRST_ROWS)
  return (
    <section aria-labelledby="aggregates-heading">
      <h2 id="aggregates-heading">{t('scoring.aggregatesHeading')}</h2>
      <p className="muted">
        {t('scoring.aggregatesHint', {
          aggregation: t(`aggregation.${prioritisation.aggregation}`),
        })}
      </p>
      <div className="table-scroll">
        <table className="data-table aggregates">
          <thead>
            <tr>
              <th scope="col">{t('register.column.title')}</th>
              {criteria.map((criterion) => (
                <th key={criterion.id} scope="col">
                  {criterion.name}
                </th>
              ))}
              <th scope="col">{t('revote.heading')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ initiative, aggregate }) => (
              <tr
                key={initiative.id}
                data-initiative-id={initiative.id}
                data-contested={aggregate.isContested}
                className={aggregate.isContested ? 'contested-row' : undefined}
              >
                <th scope="row">
                  <InitiativeTitleLink id={initiative.id} title={initiative.title} />{' '}
                  <ContestedBadge isContested={aggregate.isContested} />
                  {initiative.earlierRounds.length > 0 && (
                    <span className="badge">
                      {t('revote.rounds', { count: initiative.earlierRounds.length })}
                    </span>
                  )}
                </th>
                {aggregate.criteria.map((cell) => (
                  <td key={cell.criterionId}>
                    <AggregateCell aggregate={cell} />
                  </td>
                ))}
                <td>
                  {aggregate.isContested && (
                    <button
                      type="button"
                      onClick={() => {
                        dispatch((p) => startRevote(p, { initiativeId: initiative.id }))
                      }}
                    >
                      {t('revote.startShort', { title: initiative.title })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > FIRST_ROWS && !isShowingAll && (
        <button
          type="button"
          onClick={() => {
            setShowingAll(true)
          }}
        >
          {t('scoring.showAll', { count: rows.length })}
        </button>
      )}
    </section>
  )
}
