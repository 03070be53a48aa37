import { useTranslation } from 'react-i18next'
import { openInitiative } from '../prioritisation-ui-store'

/** An initiative's title in a list or table, as a button that opens its details. */
export function InitiativeTitleLink({
  id,
  title,
}: {
  readonly id: string
  readonly title: string
}) {
  const { t } = useTranslation('prioritisation')
  return (
    <button
      type="button"
      className="link"
      onClick={() => {
        openInitiative(id)
      }}
    >
      {title || t('register.untitled')}
    </button>
  )
}
