import { useTranslation } from 'react-i18next'
import { ownerOverlaps, patchInitiative, type Initiative } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { rankedOf } from '../common/derived'
import { DateCell, TextCell } from '../register/cells'
import { useRowTexts } from '../register/row-texts'
import { InitiativeTitleLink } from '../common/InitiativeTitleLink'

/** Initiatives in rank order once revealed, else in register order (ranks would tell too much). */
function ordered(
  project: ReturnType<typeof useProject>,
): { rank: number | null; initiative: Initiative }[] {
  if (!project.prioritisation.isRevealed) {
    return project.initiatives.map((initiative) => ({ rank: null, initiative }))
  }
  const byId = new Map(project.initiatives.map((i) => [i.id, i]))
  return rankedOf(project).flatMap((row) => {
    const initiative = byId.get(row.initiativeId)
    return initiative ? [{ rank: row.rank, initiative }] : []
  })
}

/** The dates beside the chart: owner, start and end editable, overlaps and problems named. */
export function DatesTable() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const texts = useRowTexts()
  const overlaps = ownerOverlaps(project.initiatives)
  const column = (key: string) => t(`register.column.${key}`)
  return (
    <section aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t('roadmap.datesHeading')}</h2>
      <p className={overlaps.size > 0 ? 'overlap' : 'muted'}>
        {t('roadmap.overlaps', { count: overlaps.size })}
      </p>
      <div className="table-scroll">
        <table className="data-table dates-table">
          <thead>
            <tr>
              <th scope="col">{t('ranking.rank')}</th>
              <th scope="col">{column('title')}</th>
              <th scope="col">{column('owner')}</th>
              <th scope="col">{column('start')}</th>
              <th scope="col">{column('end')}</th>
              <th scope="col">{t('roadmap.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered(project)
              .slice(0, 500)
              .map(({ rank, initiative }, index) => {
                const { id, title } = initiative
                const clash = overlaps.get(id) ?? []
                const isBackwards =
                  initiative.start !== '' &&
                  initiative.end !== '' &&
                  initiative.end < initiative.start
                return (
                  <tr key={id} data-initiative-id={id} data-overlap={clash.length > 0}>
                    <td>{rank ?? '–'}</td>
                    <th scope="row">
                      <InitiativeTitleLink id={id} title={title} />
                    </th>
                    <td>
                      <TextCell
                        label={`${column('owner')}: ${title}`}
                        row={index}
                        col="owner"
                        value={initiative.owner}
                        onCommit={(owner) => {
                          dispatch((p) => patchInitiative(p, { id, patch: { owner } }))
                        }}
                      />
                    </td>
                    {(['start', 'end'] as const).map((key) => (
                      <td key={key}>
                        <DateCell
                          label={`${column(key)}: ${title}`}
                          row={index}
                          col={key}
                          value={initiative[key]}
                          shown={texts.date(initiative[key])}
                          onCommit={(value) => {
                            dispatch((p) => patchInitiative(p, { id, patch: { [key]: value } }))
                          }}
                        />
                      </td>
                    ))}
                    <td>
                      {isBackwards && (
                        <span className="warning">{t('roadmap.endBeforeStart')}</span>
                      )}
                      {(initiative.start === '' || initiative.end === '') && (
                        <span className="muted">{t('roadmap.noDates')}</span>
                      )}
                      {clash.length > 0 && (
                        <span className="overlap">
                          {t('roadmap.overlapWith', {
                            titles: clash.map((c) => c.title).join(', '),
                          })}
                        </span>
                      )}
                    </td>
                  </tr>
                )
              })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
