import { useTranslation } from 'react-i18next'
import {
  servesSegment,
  setServiceNeed,
  setServiceSegment,
  unservedValuableSegments,
  type Need,
  type Segment,
} from '../../../../../shared/domain'
import { useProjectPart } from '../../../state/project-store'
import { useWorksheet } from '../common/use-worksheet'

interface GridGroup {
  /** null for the needs that belong to no single segment. */
  readonly segment: Segment | null
  readonly name: string
  readonly needs: readonly Need[]
}

/**
 * Services across; each segment down, followed by its needs. A segment row says which services
 * serve the segment, a need row which services meet that need. A most-valuable segment that no
 * service serves stands out.
 */
export function ServiceGrid() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('services')
  const segments = useProjectPart((project) => project.steps.segments.segments)
  const { services, needs } = worksheet
  if (services.length === 0 || (segments.length === 0 && needs.length === 0)) {
    return <p className="muted">{t('services.gridEmpty')}</p>
  }
  const unserved = new Set(unservedValuableSegments(segments, services, needs).map((s) => s.id))
  const serviceName = (index: number) =>
    services[index]?.name || t('services.unnamedService', { number: index + 1 })
  const needText = (need: Need) => need.text || t('services.unnamedNeed')
  const groups: GridGroup[] = segments.map((segment, index) => ({
    segment,
    name: segment.name || t('segments.unnamed', { number: index + 1 }),
    needs: needs.filter((need) => need.segmentId === segment.id),
  }))
  const shared = needs.filter((need) => need.segmentId === null)
  if (shared.length > 0)
    groups.push({ segment: null, name: t('services.allSegments'), needs: shared })

  return (
    <div className="table-scroll">
      <table className="service-grid">
        <caption className="visually-hidden">{t('services.grid')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('services.segmentColumn')}</th>
            {services.map((service, index) => (
              <th key={service.id} scope="col">
                {serviceName(index)}
                <span className="kind"> {t(`enums.serviceKind.${service.kind}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => {
          const segment = group.segment
          const isGap = segment !== null && unserved.has(segment.id)
          return (
            <tbody key={segment?.id ?? 'shared'} className={isGap ? 'unserved' : undefined}>
              <tr className="segment-row">
                <th scope="row">
                  {group.name}
                  {segment?.isMostValuable && (
                    <span className="badge">{t('segments.mostValuableBadge')}</span>
                  )}
                  {isGap && <p className="gap-warning">{t('services.unservedValuable')}</p>}
                </th>
                {services.map((service, index) => {
                  if (!segment) return <td key={service.id} />
                  const isServed = servesSegment(service, segment.id, needs)
                  return (
                    <td key={service.id} className={isServed ? 'served' : undefined}>
                      <input
                        type="checkbox"
                        checked={service.segmentIds.includes(segment.id)}
                        aria-label={t('services.servesSegment', {
                          service: serviceName(index),
                          segment: group.name,
                        })}
                        onChange={(event) => {
                          const isOn = event.target.checked
                          dispatch((p) =>
                            setServiceSegment(p, {
                              serviceId: service.id,
                              segmentId: segment.id,
                              isServed: isOn,
                            }),
                          )
                        }}
                      />
                    </td>
                  )
                })}
              </tr>
              {group.needs.map((need) => (
                <tr key={need.id} className="need-row">
                  <th scope="row">
                    <span className={need.state === 'investigate' ? 'investigate' : undefined}>
                      {needText(need)}
                    </span>
                    {need.state === 'investigate' && (
                      <span className="muted"> ({t('enums.needState.investigate')})</span>
                    )}
                  </th>
                  {services.map((service, index) => {
                    const isMet = service.needIds.includes(need.id)
                    return (
                      <td key={service.id} className={isMet ? 'served' : undefined}>
                        <input
                          type="checkbox"
                          checked={isMet}
                          aria-label={t('services.meetsNeed', {
                            service: serviceName(index),
                            need: needText(need),
                          })}
                          onChange={(event) => {
                            const isOn = event.target.checked
                            dispatch((p) =>
                              setServiceNeed(p, {
                                serviceId: service.id,
                                needId: need.id,
                                isServed: isOn,
                              }),
                            )
                          }}
                        />
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          )
        })}
      </table>
    </div>
  )
}
