import { useTranslation } from 'react-i18next'
import { useProject } from '../../../state/project-store'
import { EstimateInput } from './EstimateInput'
import { FRAMEWORK_ESTIMATES } from './estimate-fields'

/** The agreed estimates the chosen framework needs (RICE, ICE, WSJF, MoSCoW), one row per initiative. */
export function EstimatesTable() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const fields = FRAMEWORK_ESTIMATES[project.prioritisation.framework]
  if (!fields) return null
  return (
    <section aria-labelledby="estimates-heading">
      <h2 id="estimates-heading">{t('estimates.tableHeading')}</h2>
      <div className="table-scroll">
        <table className="data-table estimates">
          <thead>
            <tr>
              <th scope="col">{t('register.column.title')}</th>
              {fields.map((field) => (
                <th key={field} scope="col">
                  {t(`estimates.field.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {project.initiatives.slice(0, 500).map((initiative) => (
              <tr key={initiative.id}>
                <th scope="row">{initiative.title || t('register.untitled')}</th>
                {fields.map((field) => (
                  <td key={field}>
                    <EstimateInput
                      initiative={initiative}
                      field={field}
                      label={`${t(`estimates.field.${field}`)}: ${initiative.title}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
