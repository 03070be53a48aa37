import { useTranslation } from 'react-i18next'
import {
  InitiativeStatus,
  patchInitiative,
  type Initiative,
  type InitiativeFields,
} from '../../../../../shared/domain'
import { useDispatch } from '../../../state/project-store'
import { DraftText } from '../common/DraftText'

/** Every field of an initiative: what it is, who leads it, when, and how progress is told. */
export function InitiativeFieldsForm({ initiative }: { readonly initiative: Initiative }) {
  const { t } = useTranslation('prioritisation')
  const dispatch = useDispatch()
  const id = initiative.id
  const commit = (patch: InitiativeFields) => {
    dispatch((p) => patchInitiative(p, { id, patch }))
  }
  const column = (key: string) => t(`register.column.${key}`)
  return (
    <div className="detail-fields">
      <DraftText
        label={column('title')}
        value={initiative.title}
        autoFocus
        onCommit={(title) => {
          commit({ title })
        }}
      />
      <DraftText
        label={column('description')}
        value={initiative.description}
        isMultiline
        onCommit={(description) => {
          commit({ description })
        }}
      />
      <div className="field-row">
        <label className="field">
          <span>{column('status')}</span>
          <select
            value={initiative.status}
            onChange={(event) => {
              commit({ status: InitiativeStatus.parse(event.target.value) })
            }}
          >
            {InitiativeStatus.options.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <DraftText
          label={column('owner')}
          value={initiative.owner}
          onCommit={(owner) => {
            commit({ owner })
          }}
        />
        {(['start', 'end'] as const).map((key) => (
          <label key={key} className="field">
            <span>{column(key)}</span>
            <input
              type="date"
              value={initiative[key]}
              onChange={(event) => {
                commit({ [key]: event.target.value })
              }}
            />
          </label>
        ))}
      </div>
      <DraftText
        label={column('criticalIssues')}
        value={initiative.criticalIssues}
        isMultiline
        onCommit={(criticalIssues) => {
          commit({ criticalIssues })
        }}
      />
      <fieldset className="field-row communication">
        <legend>{t('detail.communication')}</legend>
        {(['audience', 'timing', 'channel'] as const).map((key) => (
          <DraftText
            key={key}
            label={column(key)}
            value={initiative.communication[key]}
            onCommit={(value) => {
              commit({ communication: { [key]: value } })
            }}
          />
        ))}
      </fieldset>
    </div>
  )
}
