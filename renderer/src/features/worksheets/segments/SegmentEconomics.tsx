import { useTranslation } from 'react-i18next'
import { patchSegmentClv, patchSegmentNps } from '../../../../../shared/domain'
import { NpsView } from '../common/NpsView'
import { useWorksheet } from '../common/use-worksheet'
import { ClvCalculator } from './ClvCalculator'

/** Loyalty economics per segment: a CLV calculator and the NPS from counts. */
export function SegmentEconomics() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('segments')
  if (worksheet.segments.length === 0) return <p className="muted">{t('segments.noSegments')}</p>
  return (
    <>
      <p className="formula">{t('clv.formula')}</p>
      <div className="segment-cards">
        {worksheet.segments.map((segment, index) => {
          const name = segment.name || t('segments.unnamed', { number: index + 1 })
          return (
            <fieldset
              key={segment.id}
              className={segment.isMostValuable ? 'segment-card most-valuable' : 'segment-card'}
            >
              <legend>
                {name}
                {segment.isMostValuable && (
                  <span className="badge">{t('segments.mostValuableBadge')}</span>
                )}
              </legend>
              <h3>{t('clv.heading')}</h3>
              <ClvCalculator
                inputs={segment.clv}
                onChange={(patch) => {
                  dispatch((p) => patchSegmentClv(p, { id: segment.id, patch }))
                }}
              />
              <h3>{t('nps.heading')}</h3>
              <NpsView
                label="nps"
                counts={segment.nps}
                onChange={(patch) => {
                  dispatch((p) => patchSegmentNps(p, { id: segment.id, patch }))
                }}
              />
            </fieldset>
          )
        })}
      </div>
    </>
  )
}
