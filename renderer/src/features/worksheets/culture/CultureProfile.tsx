import { useTranslation } from 'react-i18next'
import { CULTURE_QUESTIONS, cultureProfile } from '../../../../../shared/domain'
import { useFormat } from '../../../i18n/format'
import { useWorksheet } from '../common/use-worksheet'
import { CultureProfileChart } from './CultureProfileChart'

/** The group's mean and spread per culture question, as a table and as the profile chart. */
export function CultureProfile() {
  const { t } = useTranslation('worksheets')
  const format = useFormat()
  const { worksheet } = useWorksheet('culture')
  const profile = cultureProfile(
    worksheet.ratings,
    CULTURE_QUESTIONS.map((question) => question.id),
  )
  return (
    <div className="culture-profile">
      <div className="table-scroll">
        <table className="profile-table">
          <caption className="visually-hidden">{t('culture.profile')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('culture.question')}</th>
              <th scope="col">{t('culture.mean')}</th>
              <th scope="col">{t('culture.sd')}</th>
              <th scope="col">{t('culture.range')}</th>
              <th scope="col">{t('culture.count')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.map((row) => (
              <tr key={row.questionId} data-question={row.questionId}>
                <th scope="row">{t(`culture.short.${row.questionId}`)}</th>
                <td>{format.number(row.mean, 1)}</td>
                <td>{format.number(row.sd, 2)}</td>
                <td>
                  {row.min === null
                    ? '–'
                    : `${format.number(row.min, 0)}–${format.number(row.max, 0)}`}
                </td>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CultureProfileChart profile={profile} />
    </div>
  )
}
