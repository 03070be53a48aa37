import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChapterId, type ExportDone, type ExportOptions, type Result } from '../../../../shared/api'
import { api } from '../../api'
import { report } from '../../app/commands'
import { Dialog } from '../../components/Dialog'
import { useProject } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'
import { ChoiceField } from './ChoiceField'

/** Opens the written document, or shows it in its folder; a failure is reported like any other. */
async function fileAction(call: () => Promise<Result<unknown>>) {
  const result = await call()
  if (!result.ok) report(result.error)
}

/**
 * The export dialog: format, document language (independent of the UI language), full or
 * summary, chapters and paper size; shows progress, then offers to open the file.
 */
export function ExportDialog() {
  const { t } = useTranslation('export')
  const project = useProject()
  const close = () => {
    useUiStore.getState().setOverlay(null)
  }
  const [options, setOptions] = useState<ExportOptions>({
    format: 'pdf',
    language: project.meta.language,
    isSummary: false,
    chapters: null,
    paperSize: 'A4',
  })
  const [isWorking, setWorking] = useState(false)
  const [done, setDone] = useState<ExportDone | null>(null)
  const change = (patch: Partial<ExportOptions>) => {
    setOptions({ ...options, ...patch })
    setDone(null)
  }
  const chapters = options.chapters ?? ChapterId.options
  const toggleChapter = (chapter: ChapterId) => {
    const next = chapters.includes(chapter)
      ? chapters.filter((c) => c !== chapter)
      : [...chapters, chapter]
    change({ chapters: next.length === ChapterId.options.length ? null : next })
  }
  const start = async () => {
    setWorking(true)
    const result = await api().exportDocument({ project, options })
    setWorking(false)
    if (result.ok) setDone(result.data)
    else report(result.error)
  }
  return (
    <Dialog title={t('heading')} onClose={close}>
      <div className="field-row">
        <ChoiceField
          label={t('format')}
          value={options.format}
          choices={[
            { value: 'pdf', label: t('pdf') },
            { value: 'docx', label: t('docx') },
          ]}
          onChange={(format) => {
            change({ format })
          }}
        />
        <ChoiceField
          label={t('language')}
          value={options.language}
          choices={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(language) => {
            change({ language })
          }}
        />
        <ChoiceField
          label={t('scope')}
          value={options.isSummary ? 'summary' : 'full'}
          choices={[
            { value: 'full', label: t('full') },
            { value: 'summary', label: t('summary') },
          ]}
          onChange={(scope) => {
            change({ isSummary: scope === 'summary' })
          }}
        />
        <ChoiceField
          label={t('paper')}
          value={options.paperSize}
          choices={[
            { value: 'A4', label: 'A4' },
            { value: 'LETTER', label: 'Letter' },
          ]}
          onChange={(paperSize) => {
            change({ paperSize })
          }}
        />
      </div>
      {!options.isSummary && (
        <fieldset className="chapters">
          <legend>{t('chapters')}</legend>
          {ChapterId.options.map((chapter) => (
            <label key={chapter} className="inline-field">
              <input
                type="checkbox"
                checked={chapters.includes(chapter)}
                onChange={() => {
                  toggleChapter(chapter)
                }}
              />
              <span>{t(`chapter.${chapter}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {isWorking && (
        <p role="status">
          <progress aria-label={t('working')} /> {t('working')}
        </p>
      )}
      {done && (
        <p role="status">
          {t('done', {
            fileName: done.fileName,
            size: Math.max(1, Math.round(done.bytes / 1024)),
            pages: done.pages === null ? '' : t('pages', { count: done.pages }),
          })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={isWorking} onClick={() => void start()}>
          {t('start')}
        </button>
        {done && (
          <>
            <button type="button" onClick={() => void fileAction(() => api().exportOpenFile({}))}>
              {t('open')}
            </button>
            <button
              type="button"
              onClick={() => void fileAction(() => api().exportShowInFolder({}))}
            >
              {t('showInFolder')}
            </button>
          </>
        )}
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  )
}
