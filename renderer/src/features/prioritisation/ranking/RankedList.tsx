import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Framework, RankedInitiative } from '../../../../../shared/domain'
import { useProject } from '../../../state/project-store'
import { useRanking } from '../common/derived'
import { ContestedBadge, ScoreText, SpreadText } from '../common/ScoreText'
import { InitiativeTitleLink } from '../common/InitiativeTitleLink'

const FIRST_ROWS = 100

/** One ranked initiative; redrawn only when its ranking changes, not on every edit elsewhere. */
const RankedRow = memo(function RankedRow({
  row,
  framework,
}: {
  readonly row: RankedInitiative
  readonly framework: Framework
}) {
  const { t } = useTranslation('prioritisation')
  return (
    <tr
      data-initiative-id={row.initiativeId}
      data-rank={row.rank}
      data-contested={row.isContested}
      className={row.isContested ? 'contested-row' : undefined}
    >
      <td className="rank">{row.rank}</td>
      <th scope="row">
        <InitiativeTitleLink id={row.initiativeId} title={row.title} />
      </th>
      <td className="score">
        <ScoreText row={row} framework={framework} />
      </td>
      <td>
        <SpreadText summary={row.spread} />
      </td>
      <td>
        <ContestedBadge isContested={row.isContested} />
        {row.missingCount > 0 && row.score !== null && (
          <span className="muted"> {t('ranking.missing', { count: row.missingCount })}</span>
        )}
      </td>
    </tr>
  )
})

/** The ranked list under the chosen framework: rank, score, spread and the contested flag. */
export function RankedList() {
  const { t } = useTranslation('prioritisation')
  const ranked = useRanking()
  const { prioritisation } = useProject()
  const [isShowingAll, setShowingAll] = useState(false)
  const shown = isShowingAll ? ranked : ranked.slice(0, FIRST_ROWS)
  return (
    <section aria-labelledby="ranked-heading">
      <h2 id="ranked-heading">{t('ranking.listHeading')}</h2>
      <table
        className="data-table ranked-list"
        aria-label={t('ranking.listLabel', {
          framework: t(`framework.${prioritisation.framework}.name`),
        })}
      >
        <thead>
          <tr>
            <th scope="col">{t('ranking.rank')}</th>
            <th scope="col">{t('register.column.title')}</th>
            <th scope="col">{t('ranking.score')}</th>
            <th scope="col">{t('ranking.spread')}</th>
            <th scope="col">{t('contested.column')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <RankedRow key={row.initiativeId} row={row} framework={prioritisation.framework} />
          ))}
        </tbody>
      </table>
      {ranked.length === 0 && <p className="muted">{t('scoring.noInitiatives')}</p>}
      {ranked.length > shown.length && (
        <button
          type="button"
          onClick={() => {
            setShowingAll(true)
          }}
        >
          {t('scoring.showAll', { count: ranked.length })}
        </button>
      )}
    </section>
  )
}
