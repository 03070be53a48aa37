import { useTranslation } from 'react-i18next'
import type { Initiative } from '../../../../../shared/domain'
import { EstimateInput } from './EstimateInput'
import { FRAMEWORK_ESTIMATES } from './estimate-fields'

/** The agreed estimates of one initiative for RICE, ICE, WSJF and MoSCoW, by framework. */
export function EstimatesForm({ initiative }: { readonly initiative: Initiative }) {
  const { t } = useTranslation('prioritisation')
  return (
    <details className="estimates-form">
      <summary>{t('estimates.heading')}</summary>
      {Object.entries(FRAMEWORK_ESTIMATES).map(([framework, fields]) => (
        <fieldset key={framework} className="field-row">
          <legend>{t(`framework.${framework}.name`)}</legend>
          {fields.map((field) => (
            <label key={field} className="field">
              <span>{t(`estimates.field.${field}`)}</span>
              <EstimateInput
                initiative={initiative}
                field={field}
                label={`${t(`estimates.field.${field}`)}: ${initiative.title}`}
              />
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  )
}
