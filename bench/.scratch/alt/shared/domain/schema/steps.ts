import { z } from 'zod'
import { Amount, Answers, Count, Id, Level, LongText, ShortText, StepStatus, rows } from './common'

const stepBase = { status: StepStatus, answers: Answers }

export const Support = z.enum(['champion', 'supporter', 'neutral', 'sceptic', 'opponent'])
export const Confidence = z.enum(['low', 'medium', 'high'])

export const Stakeholder = z.object({ id: Id, name: ShortText, role: ShortText, support: Support })
export const Assumption = z.object({
  id: Id,
  text: LongText,
  evidence: LongText,
  confidence: Confidence,
})
export const Communication = z.object({
  id: Id,
  audience: ShortText,
  message: LongText,
  channel: ShortText,
})

/** Step 1: the vision and what it rests on. */
export const VisionStep = z.object({
  ...stepBase,
  statement: LongText,
  stakeholders: rows(Stakeholder),
  assumptions: rows(Assumption),
  communications: rows(Communication),
})

/** Inputs of the simple customer-lifetime-value calculation of one segment. */
export const ClvInputs = z.object({
  averagePurchaseValue: Amount,
  purchasesPerYear: Amount,
  lifespanYears: Amount,
  churnRatePercent: Amount,
  marginPercent: Amount,
})

/** Counts behind a Net Promoter Score. */
export const NpsCounts = z.object({ promoters: Count, passives: Count, detractors: Count })

export const Segment = z.object({
  id: Id,
  name: ShortText,
  traits: LongText,
  size: Amount,
  revenueSharePercent: Amount,
  isMostValuable: z.boolean(),
  clv: ClvInputs,
  nps: NpsCounts,
})

/** Step 2: customer segments and their loyalty economics. */
export const SegmentsStep = z.object({ ...stepBase, segments: rows(Segment) })

export const NeedState = z.enum(['met', 'investigate'])
export const Need = z.object({ id: Id, segmentId: Id.nullable(), text: LongText, state: NeedState })
export const ServiceKind = z.enum(['existing', 'changed', 'new'])
export const Service = z.object({
  id: Id,
  name: ShortText,
  kind: ServiceKind,
  attributes: LongText,
  segmentIds: z.array(Id).max(1000),
  needIds: z.array(Id).max(1000),
})

/** Step 3: needs per segment and the services that meet them. */
export const ServicesStep = z.object({ ...stepBase, needs: rows(Need), services: rows(Service) })

export const Competitor = z.object({ id: Id, name: ShortText })
export const AdvantageAttribute = z.object({
  id: Id,
  name: ShortText,
  ours: Level,
  competitors: z.record(Id, Level),
})
export const ReturnReason = z.object({ id: Id, text: LongText })

/** Step 4: the advantage as customers see it, against competitors. */
export const AdvantageStep = z.object({
  ...stepBase,
  competitors: rows(Competitor),
  attributes: rows(AdvantageAttribute),
  returnReasons: rows(ReturnReason),
})

export const CapabilityCategory = z.enum(['process', 'skill', 'equipment', 'facility'])
export const Capability = z.object({
  id: Id,
  name: ShortText,
  category: CapabilityCategory,
  current: Level,
  target: Level,
  note: LongText,
})

/** Step 5: capabilities with their current and target level. */
export const CapabilitiesStep = z.object({ ...stepBase, capabilities: rows(Capability) })

export const CareAudience = z.enum(['employees', 'customers'])
/** CARE for employees: Communicate, Appreciate, Recognize, Empower; for customers: Communicate, Acknowledge, Respond, Enrich. */
export const CarePillar = z.enum([
  'communicate',
  'appreciate',
  'recognize',
  'empower',
  'acknowledge',
  'respond',
  'enrich',
])
export const CareAction = z.object({
  id: Id,
  audience: CareAudience,
  pillar: CarePillar,
  text: LongText,
})

/** Step 6: each participant's 1-5 rating per culture question, eNPS counts and CARE actions. */
export const CultureStep = z.object({
  ...stepBase,
  ratings: z.record(Id, z.record(Id, Level)),
  enps: NpsCounts,
  careActions: rows(CareAction),
})

/** Step 7: the guiding questions; the initiatives live at project level. */
export const ExecutionStep = z.object({ ...stepBase })

export const Steps = z.object({
  vision: VisionStep,
  segments: SegmentsStep,
  services: ServicesStep,
  advantage: AdvantageStep,
  capabilities: CapabilitiesStep,
  culture: CultureStep,
  execution: ExecutionStep,
})

export type Stakeholder = z.infer<typeof Stakeholder>
export type Assumption = z.infer<typeof Assumption>
export type Communication = z.infer<typeof Communication>
export type VisionStep = z.infer<typeof VisionStep>
export type ClvInputs = z.infer<typeof ClvInputs>
export type NpsCounts = z.infer<typeof NpsCounts>
export type Segment = z.infer<typeof Segment>
export type SegmentsStep = z.infer<typeof SegmentsStep>
export type Need = z.infer<typeof Need>
export type Service = z.infer<typeof Service>
export type ServicesStep = z.infer<typeof ServicesStep>
export type Competitor = z.infer<typeof Competitor>
export type AdvantageAttribute = z.infer<typeof AdvantageAttribute>
export type ReturnReason = z.infer<typeof ReturnReason>
export type AdvantageStep = z.infer<typeof AdvantageStep>
export type Capability = z.infer<typeof Capability>
export type CapabilitiesStep = z.infer<typeof CapabilitiesStep>
export type CareAction = z.infer<typeof CareAction>
export type CultureStep = z.infer<typeof CultureStep>
export type ExecutionStep = z.infer<typeof ExecutionStep>
export type Steps = z.infer<typeof Steps>
