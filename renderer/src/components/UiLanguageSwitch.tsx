import { useTranslation } from 'react-i18next'
import { setUiLanguage } from '../i18n'

/** Switches the interface language at any time; the project's language is separate. */
export function UiLanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <label className="inline-field">
      <span>{t('settings.uiLanguage')}</span>
      <select
        value={i18n.language}
        onChange={(event) => void setUiLanguage(event.target.value === 'de' ? 'de' : 'en')}
      >
        <option value="de">Deutsch</option>
        <option value="en">English</option>
      </select>
    </label>
  )
}
