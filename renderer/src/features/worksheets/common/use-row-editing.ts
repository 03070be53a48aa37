import type { HasId, Level, RowUpdaters } from '../../../../../shared/domain'
import { useDispatch } from '../../../state/project-store'
import type { EditableTableProps, Option, TableColumn } from '../../../components/table'

type KeysOf<R, V> = Exclude<{ [K in keyof R]: R[K] extends V ? K : never }[keyof R], 'id'> & string

/**
 * Binds a worksheet table to its pure row updaters: add, move and remove for the table, and
 * column builders that edit one field of a row. Every edit is one dispatched, undoable updater.
 */
export function useRowEditing<R extends HasId>(updaters: RowUpdaters<R>, create: () => NoInfer<R>) {
  const dispatch = useDispatch()
  const patch = (row: R, change: Partial<Omit<R, 'id'>>) => {
    dispatch((p) => updaters.patch(p, { id: row.id, patch: change }))
  }
  // A one-field patch; the key types above guarantee the value fits the field.
  const field = <K extends keyof R>(key: K, value: R[K]) =>
    ({ [key]: value }) as unknown as Partial<Omit<R, 'id'>>

  const tableProps: Pick<EditableTableProps<R>, 'onAdd' | 'onMove' | 'onRemove'> = {
    onAdd: () => {
      const row = create()
      dispatch((p) => updaters.add(p, { row }))
    },
    onMove: (row, offset) => {
      dispatch((p) => updaters.move(p, { id: row.id, offset }))
    },
    onRemove: (row) => {
      dispatch((p) => updaters.remove(p, { id: row.id }))
    },
  }

  return {
    patch,
    tableProps,
    text: (
      key: KeysOf<R, string>,
      header: string,
      kind: 'text' | 'longText' = 'text',
    ): TableColumn<R> => ({
      kind,
      id: key,
      header,
      value: (row) => row[key] as string,
      onChange: (row, value) => {
        patch(row, field(key, value as R[typeof key]))
      },
    }),
    select: <V extends string>(
      key: KeysOf<R, V>,
      header: string,
      options: readonly Option[],
      parse: (value: string) => V,
    ): TableColumn<R> => ({
      kind: 'select',
      id: key,
      header,
      options,
      value: (row) => row[key] as string,
      onChange: (row, value) => {
        patch(row, field(key, parse(value) as R[typeof key]))
      },
    }),
    number: (
      key: KeysOf<R, number | null>,
      header: string,
      options: { min?: number; max?: number; unit?: string; isInteger?: boolean } = {},
    ): TableColumn<R> => ({
      kind: 'number',
      id: key,
      header,
      ...options,
      value: (row) => row[key] as number | null,
      onChange: (row, value) => {
        patch(row, field(key, value as R[typeof key]))
      },
    }),
    level: (key: KeysOf<R, Level>, header: string): TableColumn<R> => ({
      kind: 'level',
      id: key,
      header,
      width: '6rem',
      value: (row) => row[key] as Level,
      onChange: (row, value) => {
        patch(row, field(key, value as R[typeof key]))
      },
    }),
    checkbox: (key: KeysOf<R, boolean>, header: string): TableColumn<R> => ({
      kind: 'checkbox',
      id: key,
      header,
      width: '7rem',
      value: (row) => row[key] as boolean,
      onChange: (row, value) => {
        patch(row, field(key, value as R[typeof key]))
      },
    }),
  }
}
