import { useTranslation } from 'react-i18next'
import { setEnps } from '../../../../../shared/domain'
import { NpsView } from '../common/NpsView'
import { WorksheetSections } from '../common/WorksheetSections'
import { useWorksheet } from '../common/use-worksheet'
import { CareActions } from './CareActions'
import { CultureProfile } from './CultureProfile'
import { CultureRatings } from './CultureRatings'

/** Step 6: each participant's culture ratings, the group profile, eNPS and CARE actions. */
export function CultureWorksheet() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('culture')
  return (
    <WorksheetSections
      sections={[
        {
          id: 'ratings',
          title: t('culture.ratings'),
          hint: t('culture.ratingsHint'),
          content: <CultureRatings />,
        },
        {
          id: 'profile',
          title: t('culture.profile'),
          hint: t('culture.profileHint'),
          content: <CultureProfile />,
        },
        {
          id: 'enps',
          title: t('culture.enps'),
          hint: t('culture.enpsHint'),
          content: (
            <NpsView
              label="enps"
              counts={worksheet.enps}
              onChange={(patch) => {
                dispatch((p) => setEnps(p, patch))
              }}
            />
          ),
        },
        {
          id: 'care-employees',
          title: t('culture.careEmployees'),
          hint: t('culture.careEmployeesHint'),
          content: <CareActions audience="employees" />,
        },
        {
          id: 'care-customers',
          title: t('culture.careCustomers'),
          hint: t('culture.careCustomersHint'),
          content: <CareActions audience="customers" />,
        },
      ]}
    />
  )
}
