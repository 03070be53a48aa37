import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readTypedRating, type CriterionScale } from '../../../../../shared/domain'

/**
 * One rating cell of the entry grid: type the digits, and a complete rating moves on to the next
 * cell by itself; Backspace or Delete clears it. Text that is no rating on the scale is marked and
 * never saved.
 */
export function RatingInput({
  value,
  scale,
  label,
  row,
  col,
  onRate,
  onComplete,
}: {
  readonly value: number | null
  readonly scale: CriterionScale
  readonly label: string
  readonly row: number
  readonly col: string
  readonly onRate: (value: number | null) => void
  readonly onComplete: () => void
}) {
  const { t } = useTranslation('prioritisation')
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? (value === null ? '' : String(value))
  const isInvalid = readTypedRating(text, scale).kind === 'invalid'
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className="rating-input"
      aria-label={label}
      aria-invalid={isInvalid || undefined}
      title={
        isInvalid ? t('scoring.invalidRating', { scale: t(`criteria.scale.${scale}`) }) : undefined
      }
      value={text}
      data-row={row}
      data-col={col}
      onFocus={(event) => {
        event.target.select()
      }}
      onBlur={() => {
        setDraft(null)
      }}
      onChange={(event) => {
        const typed = event.target.value
        setDraft(typed)
        const reading = readTypedRating(typed, scale)
        if (reading.kind === 'clear') onRate(null)
        if (reading.kind !== 'rating') return
        onRate(reading.value)
        if (reading.isComplete) {
          setDraft(null)
          onComplete()
        }
      }}
    />
  )
}
