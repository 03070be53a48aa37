import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addParkingLotItem, pick, stepDefinition } from '../../../../shared/domain'
import { Dialog } from '../../components/Dialog'
import { useDispatch } from '../../state/project-store'
import { newId } from '../../state/ids'
import { useUiStore } from '../../state/ui-store'
import { useLanguage } from '../worksheets/common/use-worksheet'

/**
 * Quick capture of an idea the room raises (Ctrl/Cmd+K), without leaving the step: the idea is
 * stored with the step it came from and triaged later in the parking lot.
 */
export function ParkingLotCapture() {
  const { t } = useTranslation('worksheets')
  const language = useLanguage()
  const dispatch = useDispatch()
  const view = useUiStore((state) => state.view)
  const setOverlay = useUiStore((state) => state.setOverlay)
  const notify = useUiStore((state) => state.notify)
  const [text, setText] = useState('')
  const stepId = view.kind === 'step' ? view.step : null
  const close = () => {
    setOverlay(null)
  }
  const capture = () => {
    const idea = text.trim()
    if (!idea) return
    dispatch((p) => addParkingLotItem(p, { id: newId('pl'), text: idea, stepId }))
    notify(t('parkingLot.captured'), 'info')
    close()
  }
  return (
    <Dialog title={t('parkingLot.captureTitle')} onClose={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          capture()
        }}
      >
        <p className="muted">
          {stepId
            ? t('parkingLot.fromStep', { step: pick(stepDefinition(stepId).title, language) })
            : t('parkingLot.noStep')}
        </p>
        <label className="field">
          <span>{t('parkingLot.idea')}</span>
          <textarea
            rows={4}
            autoFocus
            value={text}
            onChange={(event) => {
              setText(event.target.value)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault()
                capture()
              }
            }}
          />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            {t('parkingLot.save')}
          </button>
          <button type="button" onClick={close}>
            {t('parkingLot.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
