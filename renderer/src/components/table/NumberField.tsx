import { useState, type InputHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import { parseLocalNumber } from './parse-number'

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'min' | 'max'>

/**
 * A number in the UI language (1.234,5 in German). While the field has focus the typed text is
 * kept as it is; every text that reads as a number in range is passed on at once, so an edit
 * never waits for the field to lose focus.
 */
export function NumberField({
  value,
  onChange,
  min = 0,
  max = 1e12,
  isInteger = false,
  ...rest
}: InputProps & {
  readonly value: number | null
  readonly onChange: (value: number | null) => void
  readonly min?: number
  readonly max?: number
  readonly isInteger?: boolean
}) {
  const { i18n } = useTranslation()
  const format = useFormat()
  const [draft, setDraft] = useState<string | null>(null)
  const shown = value === null ? '' : format.number(value, isInteger ? 0 : 2)
  const text = draft ?? shown
  const parsed = parseLocalNumber(text, i18n.language)
  const isValid =
    parsed === null ||
    (parsed !== undefined &&
      parsed >= min &&
      parsed <= max &&
      (!isInteger || Number.isInteger(parsed)))
  return (
    <input
      {...rest}
      type="text"
      inputMode={isInteger ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      aria-invalid={isValid ? undefined : true}
      onFocus={(event) => {
        setDraft(shown)
        rest.onFocus?.(event)
      }}
      onBlur={(event) => {
        setDraft(null)
        rest.onBlur?.(event)
      }}
      onChange={(event) => {
        const next = event.target.value
        setDraft(next)
        const number = parseLocalNumber(next, i18n.language)
        if (number === undefined) return
        if (number === null) onChange(null)
        else if (number >= min && number <= max && (!isInteger || Number.isInteger(number))) {
          onChange(number)
        }
      }}
    />
  )
}
