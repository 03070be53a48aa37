import type { ReactNode } from 'react'
import type { Level } from '../../../../shared/domain'

export interface Option {
  readonly value: string
  readonly label: string
}

interface ColumnBase {
  readonly id: string
  /** The column header; also part of every cell control's accessible name. */
  readonly header: string
  /** A CSS width such as '12rem'; the table shares the rest. */
  readonly width?: string
}

export interface TextColumn<T> extends ColumnBase {
  readonly kind: 'text' | 'longText'
  readonly value: (row: T) => string
  readonly onChange: (row: T, value: string) => void
}

export interface NumberColumn<T> extends ColumnBase {
  readonly kind: 'number'
  readonly value: (row: T) => number | null
  readonly onChange: (row: T, value: number | null) => void
  readonly min?: number
  readonly max?: number
  readonly isInteger?: boolean
  /** Shown after the field, such as '%' or '€'. */
  readonly unit?: string
}

export interface SelectColumn<T> extends ColumnBase {
  readonly kind: 'select'
  readonly options: readonly Option[]
  readonly value: (row: T) => string
  readonly onChange: (row: T, value: string) => void
}

export interface CheckboxColumn<T> extends ColumnBase {
  readonly kind: 'checkbox'
  readonly value: (row: T) => boolean
  readonly onChange: (row: T, value: boolean) => void
}

/** A rating on the 1-5 scale, or none. */
export interface LevelColumn<T> extends ColumnBase {
  readonly kind: 'level'
  readonly value: (row: T) => Level
  readonly onChange: (row: T, value: Level) => void
}

/** Several options ticked at once, such as the segments a service serves. */
export interface MultiColumn<T> extends ColumnBase {
  readonly kind: 'multi'
  readonly options: readonly Option[]
  readonly value: (row: T) => readonly string[]
  readonly onChange: (row: T, option: string, isOn: boolean) => void
}

/** A derived, read-only value such as a capability's gap. */
export interface DisplayColumn<T> extends ColumnBase {
  readonly kind: 'display'
  readonly render: (row: T) => ReactNode
}

export type TableColumn<T> =
  | TextColumn<T>
  | NumberColumn<T>
  | SelectColumn<T>
  | CheckboxColumn<T>
  | LevelColumn<T>
  | MultiColumn<T>
  | DisplayColumn<T>
