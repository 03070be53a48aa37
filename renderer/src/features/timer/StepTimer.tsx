import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { NumberField } from '../../components/table'
import { playChime, unlockAudio } from './chime'
import { clockText, useTimer } from './timer-store'

const TICK_MS = 250

/**
 * The step timer in the top bar: set the minutes, start, pause, reset. The countdown is a
 * timer that screen readers do not read every second; the end is announced once, with a soft
 * visual pulse and a short tone.
 */
export function StepTimer() {
  const { t } = useTranslation('worksheets')
  const { minutes, status, remainingMs, setMinutes, start, pause, reset, tick } = useTimer()

  useEffect(() => {
    if (status !== 'running') return
    const interval = setInterval(() => {
      if (tick(Date.now())) playChime()
    }, TICK_MS)
    return () => {
      clearInterval(interval)
    }
  }, [status, tick])

  const isRunning = status === 'running'
  return (
    <div className={`step-timer timer-${status}`} role="group" aria-label={t('timer.label')}>
      {status === 'idle' && (
        <label className="inline-field timer-minutes">
          <span>{t('timer.minutes')}</span>
          <NumberField
            isInteger
            min={1}
            max={600}
            value={minutes}
            onChange={(value) => {
              if (value !== null) setMinutes(value)
            }}
          />
        </label>
      )}
      {status !== 'idle' && (
        <span
          role="timer"
          aria-live="off"
          aria-label={t('timer.remaining')}
          className="timer-clock"
        >
          {clockText(remainingMs)}
        </span>
      )}
      {status !== 'ended' && (
        <button
          type="button"
          onClick={() => {
            if (isRunning) {
              pause(Date.now())
            } else {
              unlockAudio()
              start(Date.now())
            }
          }}
        >
          {isRunning
            ? t('timer.pause')
            : status === 'paused'
              ? t('timer.resume')
              : t('timer.start')}
        </button>
      )}
      {status !== 'idle' && (
        <button type="button" onClick={reset}>
          {t('timer.reset')}
        </button>
      )}
      <span role="status" className="visually-hidden">
        {status === 'ended' ? t('timer.ended') : ''}
      </span>
      {status === 'ended' && (
        <span className="timer-ended-text" aria-hidden="true">
          {t('timer.ended')}
        </span>
      )}
    </div>
  )
}
