import { useTranslation } from 'react-i18next'
import { InitiativeStatus } from '../../../../../shared/domain'
import { usePrioritisationUi } from '../prioritisation-ui-store'
import { GROUPABLE, REGISTER_COLUMN_IDS, type GroupBy } from './register-columns'

const HIDEABLE = REGISTER_COLUMN_IDS.filter((id) => id !== 'title' && id !== 'actions')

/** Search, status filter, grouping and column visibility of the register. */
export function RegisterToolbar() {
  const { t } = useTranslation('prioritisation')
  const view = usePrioritisationUi((state) => state.register)
  const setRegister = usePrioritisationUi((state) => state.setRegister)
  const groupBy = (view.grouping[0] ?? '') as GroupBy | ''
  return (
    <div className="register-toolbar" role="group" aria-label={t('register.viewOptions')}>
      <label className="inline-field">
        <span>{t('register.search')}</span>
        <input
          type="search"
          value={view.search}
          onChange={(event) => {
            setRegister({ search: event.target.value })
          }}
        />
      </label>
      <label className="inline-field">
        <span>{t('register.column.status')}</span>
        <select
          value={view.status}
          onChange={(event) => {
            const value = event.target.value
            setRegister({ status: value === 'all' ? 'all' : InitiativeStatus.parse(value) })
          }}
        >
          <option value="all">{t('register.allStatuses')}</option>
          {InitiativeStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('register.groupBy')}</span>
        <select
          value={groupBy}
          onChange={(event) => {
            const value = event.target.value
            // Groups appear in their own order (quick wins first, running first, owners A-Z).
            const others = view.sorting.filter((sort) => !GROUPABLE.some((id) => id === sort.id))
            setRegister({
              grouping: value === '' ? [] : [value],
              sorting: value === '' ? others : [{ id: value, desc: false }, ...others],
            })
          }}
        >
          <option value="">{t('register.noGrouping')}</option>
          {GROUPABLE.map((id) => (
            <option key={id} value={id}>
              {t(`register.column.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <details className="column-picker">
        <summary>{t('register.columns')}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('register.columns')}</legend>
          {HIDEABLE.map((id) => (
            <label key={id} className="inline-field">
              <input
                type="checkbox"
                checked={view.columnVisibility[id] !== false}
                onChange={(event) => {
                  setRegister({
                    columnVisibility: { ...view.columnVisibility, [id]: event.target.checked },
                  })
                }}
              />
              <span>{t(`register.column.${id}`)}</span>
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  )
}
