import { useTranslation } from 'react-i18next'
import { hide, reveal } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'

/**
 * Blind scoring: while ratings are hidden, views that would show aggregates show this instead,
 * so that nobody anchors on the others' scores. The facilitator reveals with one button.
 */
export function BlindNotice() {
  const { t } = useTranslation('prioritisation')
  const dispatch = useDispatch()
  return (
    <div className="blind-notice" role="note">
      <p>
        <strong>{t('blind.hiddenTitle')}</strong> {t('blind.hiddenText')}
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          dispatch(reveal)
        }}
      >
        {t('blind.reveal')}
      </button>
    </div>
  )
}

/** The reveal / hide switch of blind scoring, with the current state in words. */
export function RevealToggle() {
  const { t } = useTranslation('prioritisation')
  const dispatch = useDispatch()
  const isRevealed = useProject().prioritisation.isRevealed
  return (
    <div className="reveal-toggle">
      <span className={isRevealed ? 'state revealed' : 'state hidden'}>
        {isRevealed ? t('blind.stateRevealed') : t('blind.stateHidden')}
      </span>
      <button
        type="button"
        className={isRevealed ? undefined : 'primary'}
        onClick={() => {
          dispatch(isRevealed ? hide : reveal)
        }}
      >
        {isRevealed ? t('blind.hide') : t('blind.reveal')}
      </button>
    </div>
  )
}
