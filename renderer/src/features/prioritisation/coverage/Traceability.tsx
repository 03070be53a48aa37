import { useTranslation } from 'react-i18next'
import { useProject } from '../../../state/project-store'
import { LINK_TERMS, linkTargets } from '../detail/link-targets'
import { InitiativeTitleLink } from '../common/InitiativeTitleLink'

/** Each initiative with what it serves in steps 1-6, so the line from vision to action is visible. */
export function Traceability() {
  const { t } = useTranslation('prioritisation')
  const { t: term } = useTranslation('glossary')
  const project = useProject()
  const targets = linkTargets(project)
  const labelOf = new Map(
    Object.values(targets).flatMap((list) =>
      list.map((target) => [`${target.kind}:${target.id}`, target.label]),
    ),
  )
  return (
    <section aria-labelledby="trace-heading">
      <h2 id="trace-heading">{t('coverage.traceHeading')}</h2>
      <table className="data-table trace">
        <thead>
          <tr>
            <th scope="col">{t('register.column.title')}</th>
            <th scope="col">{t('coverage.serves')}</th>
          </tr>
        </thead>
        <tbody>
          {project.initiatives.slice(0, 500).map((initiative) => (
            <tr key={initiative.id}>
              <th scope="row">
                <InitiativeTitleLink id={initiative.id} title={initiative.title} />
              </th>
              <td>
                {initiative.links.length === 0 ? (
                  <span className="reason">{t('coverage.noLinks')}</span>
                ) : (
                  <ul className="link-list">
                    {initiative.links.map((link) => (
                      <li key={`${link.kind}:${link.id}`}>
                        <span className="muted">{term(LINK_TERMS[link.kind])}:</span>{' '}
                        {labelOf.get(`${link.kind}:${link.id}`) ?? t('coverage.removedTarget')}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
