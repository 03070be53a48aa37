import { useTranslation } from 'react-i18next'
import { matrixAxes } from '../../../../../shared/domain'
import { useProject } from '../../../state/project-store'
import { BlindNotice, RevealToggle } from '../common/BlindNotice'
import { AxisPickers } from './AxisPickers'
import { MatrixChart } from './MatrixChart'
import { matrixRows } from './matrix-rows'
import { MatrixTable } from './MatrixTable'
import { QuadrantLabelsEditor } from './QuadrantLabelsEditor'

/** Which variant the matrix draws, in words: axes, split, aggregation, bubble size, whiskers. */
function VariantNote() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const axes = matrixAxes(project)
  return (
    <p className="formula-note" role="note">
      {t('matrix.variant', {
        y: axes.y?.criterion.name ?? '–',
        x: axes.x?.criterion.name ?? '–',
        aggregation: t(`aggregation.inline.${project.prioritisation.aggregation}`),
      })}{' '}
      {axes.size
        ? t('matrix.sizeNote', { size: axes.size.criterion.name })
        : t('matrix.noSizeNote')}{' '}
      {t('matrix.whiskerNote')}
    </p>
  )
}

/** The impact/effort matrix: any two criteria as axes, a third as bubble size, plus a table. */
export function MatrixView() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const isRevealed = project.prioritisation.isRevealed
  const rows = isRevealed ? matrixRows(project) : []
  return (
    <section className="prioritisation matrix" aria-labelledby="matrix-heading">
      <header className="view-header">
        <h1 id="matrix-heading">{t('matrix.heading')}</h1>
        <RevealToggle />
      </header>
      <AxisPickers />
      <VariantNote />
      <QuadrantLabelsEditor />
      {isRevealed ? (
        <>
          <MatrixChart rows={rows} />
          <h2>{t('matrix.tableHeading')}</h2>
          <MatrixTable rows={rows} />
        </>
      ) : (
        <BlindNotice />
      )}
    </section>
  )
}
