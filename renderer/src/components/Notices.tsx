import { useTranslation } from 'react-i18next'
import { useUiStore } from '../state/ui-store'

/** Error and info messages, read out by screen readers and dismissed by the facilitator. */
export function Notices() {
  const { t } = useTranslation()
  const notices = useUiStore((state) => state.notices)
  const dismiss = useUiStore((state) => state.dismiss)
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
        >
          {notice.tone === 'error' && <strong>{t('errors.heading')}: </strong>}
          <span>{notice.message}</span>
          <button
            type="button"
            onClick={() => {
              dismiss(notice.id)
            }}
          >
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
