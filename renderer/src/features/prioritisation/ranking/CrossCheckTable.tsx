import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Framework, type CrossCheckRow, type FrameworkRank } from '../../../../../shared/domain'
import { useCrossCheck } from '../common/derived'
import { InitiativeTitleLink } from '../common/InitiativeTitleLink'

/**
 * A rank or a band of tied ranks; `unscored` says why there is none. Not a component: the table
 * shows one per framework and row, and each would otherwise look up its translations again.
 */
function rankBand(band: FrameworkRank | null, unscored: string) {
  if (!band) return <span className="reason">{unscored}</span>
  return <span>{band.from === band.to ? band.from : `${band.from}–${band.to}`}</span>
}

/** The rows of the cross-check; redrawn only when the ranks change, not on every edit. */
const CrossCheckRows = memo(function CrossCheckRows({
  rows,
}: {
  readonly rows: readonly CrossCheckRow[]
}) {
  const { t } = useTranslation('prioritisation')
  const unscored = t('crossCheck.unscored')
  return (
    <tbody>
      {rows.slice(0, 200).map((row) => (
        <tr
          key={row.initiativeId}
          data-initiative-id={row.initiativeId}
          data-disagreement={row.isDisagreement}
          className={row.isDisagreement ? 'disagreement' : undefined}
        >
          <th scope="row">
            <InitiativeTitleLink id={row.initiativeId} title={row.title} />
          </th>
          {Framework.options.map((framework) => (
            <td key={framework}>{rankBand(row.ranks[framework], unscored)}</td>
          ))}
          <td>
            {row.isDisagreement ? (
              <strong>{t('crossCheck.disagree', { gap: row.largestGap })}</strong>
            ) : (
              <span className="muted">{row.largestGap}</span>
            )}
          </td>
        </tr>
      ))}
    </tbody>
  )
})

/**
 * The rank of every initiative under every framework side by side; rows where two frameworks
 * disagree by several places are highlighted, in words as well as colour.
 */
export function CrossCheckTable() {
  const { t } = useTranslation('prioritisation')
  const rows = useCrossCheck()
  const disagreements = rows.filter((row) => row.isDisagreement).length
  return (
    <section aria-labelledby="cross-check-heading">
      <h2 id="cross-check-heading">{t('crossCheck.heading')}</h2>
      <p className="muted">{t('crossCheck.hint', { count: disagreements })}</p>
      <div className="table-scroll">
        <table className="data-table cross-check">
          <thead>
            <tr>
              <th scope="col">{t('register.column.title')}</th>
              {Framework.options.map((framework) => (
                <th key={framework} scope="col">
                  {t(`framework.${framework}.short`)}
                </th>
              ))}
              <th scope="col">{t('crossCheck.gap')}</th>
            </tr>
          </thead>
          <CrossCheckRows rows={rows} />
        </table>
      </div>
    </section>
  )
}
