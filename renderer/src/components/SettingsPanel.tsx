import { useTranslation } from 'react-i18next'
import { useSettings } from '../state/settings'
import { UiLanguageSwitch } from './UiLanguageSwitch'

/** The facilitator's preferences: interface language and autosave. */
export function SettingsPanel() {
  const { t } = useTranslation()
  const { isAutosaveOn, autosaveDelaySeconds, update } = useSettings()
  return (
    <section className="panel" aria-label={t('menu.settings')}>
      <UiLanguageSwitch />
      <label className="inline-field">
        <input
          type="checkbox"
          checked={isAutosaveOn}
          onChange={(event) => {
            update({ isAutosaveOn: event.target.checked })
          }}
        />
        <span>{t('settings.autosave')}</span>
      </label>
      <label className="inline-field">
        <input
          type="number"
          min={1}
          max={600}
          value={autosaveDelaySeconds}
          onChange={(event) => {
            const seconds = Number(event.target.value)
            if (seconds >= 1 && seconds <= 600) update({ autosaveDelaySeconds: seconds })
          }}
        />
        <span>{t('settings.autosaveDelay')}</span>
      </label>
    </section>
  )
}
