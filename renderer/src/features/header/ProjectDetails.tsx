import { useTranslation } from 'react-i18next'
import { Language, setMeta, type Meta } from '../../../../shared/domain'
import { useDispatch, useProject } from '../../state/project-store'
import { ParticipantsEditor } from './ParticipantsEditor'

type TextField = 'organisation' | 'facilitator'

/** Title, organisation, facilitator, date, the project's language and the participants. */
export function ProjectDetails() {
  const { t } = useTranslation()
  const project = useProject()
  const dispatch = useDispatch()
  const change = (patch: Partial<Meta>) => {
    dispatch((p) => setMeta(p, patch))
  }
  const textField = (field: TextField) => (
    <label className="field">
      <span>{t(`header.${field}`)}</span>
      <input
        value={project.meta[field]}
        onChange={(event) => {
          change({ [field]: event.target.value })
        }}
      />
    </label>
  )
  return (
    <section className="panel details" aria-label={t('header.participants')}>
      <div className="field-row">
        {textField('organisation')}
        {textField('facilitator')}
        <label className="field">
          <span>{t('header.date')}</span>
          <input
            type="date"
            value={project.meta.date}
            onChange={(event) => {
              change({ date: event.target.value })
            }}
          />
        </label>
        <label className="field">
          <span>{t('header.projectLanguage')}</span>
          <select
            value={project.meta.language}
            onChange={(event) => {
              change({ language: Language.parse(event.target.value) })
            }}
          >
            {Language.options.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ParticipantsEditor />
    </section>
  )
}
