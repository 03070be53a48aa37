import { useTranslation } from 'react-i18next'
import { Framework, setPrioritisation } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'

/** The framework the ranking uses, and for ICE whether ratings are multiplied or averaged. */
export function FrameworkPicker() {
  const { t } = useTranslation('prioritisation')
  const { prioritisation } = useProject()
  const dispatch = useDispatch()
  return (
    <div className="field-row">
      <label className="field">
        <span>{t('framework.label')}</span>
        <select
          value={prioritisation.framework}
          onChange={(event) => {
            const framework = Framework.parse(event.target.value)
            dispatch((p) => setPrioritisation(p, { framework }))
          }}
        >
          {Framework.options.map((framework) => (
            <option key={framework} value={framework}>
              {t(`framework.${framework}.name`)}
            </option>
          ))}
        </select>
      </label>
      {prioritisation.framework === 'ice' && (
        <label className="field">
          <span>{t('framework.ice.combination')}</span>
          <select
            value={prioritisation.iceCombination}
            onChange={(event) => {
              const iceCombination = event.target.value === 'mean' ? 'mean' : 'product'
              dispatch((p) => setPrioritisation(p, { iceCombination }))
            }}
          >
            <option value="product">{t('framework.ice.product')}</option>
            <option value="mean">{t('framework.ice.mean')}</option>
          </select>
        </label>
      )}
    </div>
  )
}

/** The formula of the framework in use, in words and symbols, with the variant named. */
export function FormulaNote() {
  const { t } = useTranslation('prioritisation')
  const { prioritisation } = useProject()
  const { framework } = prioritisation
  const variant =
    framework === 'ice'
      ? t(`framework.ice.${prioritisation.iceCombination}Formula`)
      : t(`framework.${framework}.formula`)
  return (
    <div className="formula-note" role="note" aria-label={t('framework.formulaLabel')}>
      <p>
        <strong>{t(`framework.${framework}.name`)}:</strong> <code>{variant}</code>
      </p>
      <p className="muted">
        {t(`framework.${framework}.explain`)}{' '}
        {(framework === 'weighted' || framework === 'impact-effort') &&
          t('framework.aggregationNote', {
            aggregation: t(`aggregation.inline.${prioritisation.aggregation}`),
          })}
      </p>
    </div>
  )
}
