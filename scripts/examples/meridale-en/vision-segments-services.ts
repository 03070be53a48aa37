import type { SegmentsStep, ServicesStep, VisionStep } from '../../../shared/domain/index'

export const VISION: VisionStep = {
  status: 'done',
  answers: {
    understood:
      'At board level, yes; on site, hardly. Directors and account managers can repeat the vision, but most of our 850 operatives have never heard it, and supervisors describe it as “the usual head-office stuff”. A cleaner on an early shift needs to know what it changes for her tonight: that reporting a broken lock is part of the job, and that she will stay on the same site. We will write that down role by role.',
    backed:
      'The board and the account managers are behind it. Our minority investor supports the goal but is wary of anything that costs margin in 2026, which matters for the living-wage question. Supervisors are sceptical because past initiatives landed on them without extra time. Key clients welcomed it when we tested the idea in three business reviews.',
    assumptions:
      'Now they are. We wrote down four assumptions with the evidence behind each: hybrid working changes what office clients buy, large clients will need supplier ESG figures, staff turnover drives most quality complaints, and universities will keep buying on price. The first is the least certain, and we will check it against our own occupancy data every quarter.',
    communicated:
      'Not yet. Clients know we are responsive and local, but we have never told them what we stand for or what they can hold us to. We will present the promise and the measures in each quarterly review, starting with the contracts that renew in the next 18 months.',
  },
  statement:
    'Meridale keeps the buildings of the North running so that our clients never have to think about them. Clients stay with us because of the same trusted faces on site, problems fixed before anyone notices, and a clear account of what we did and why. By the end of 2027, nine in ten contracts that come up for renewal stay with Meridale, and our people are proud to say where they work.',
  stakeholders: [
    { id: 'sh-board', name: 'Richard Hale', role: 'Non-executive chair', support: 'champion' },
    {
      id: 'sh-investor',
      name: 'Northbridge Capital',
      role: 'Minority investor, one board seat',
      support: 'sceptic',
    },
    {
      id: 'sh-supervisors',
      name: 'Site supervisors',
      role: 'About 60 supervisors across all contracts',
      support: 'sceptic',
    },
    {
      id: 'sh-clients',
      name: 'Client FM managers',
      role: 'Day-to-day contacts at the 40 largest clients',
      support: 'supporter',
    },
    {
      id: 'sh-union',
      name: 'Union representative',
      role: 'Recognised on four public-sector contracts',
      support: 'neutral',
    },
    {
      id: 'sh-subcontractors',
      name: 'Specialist subcontractors',
      role: 'Lifts, fire systems, pest control',
      support: 'neutral',
    },
  ],
  assumptions: [
    {
      id: 'as-hybrid',
      text: 'Hybrid working is here to stay: office clients will keep cutting floor space but will pay more per square metre for a workplace that people want to come back to.',
      evidence:
        'Four of our 22 corporate clients reduced floor space in 2025; three of them raised their cleaning and front-of-house specification at the same time. Occupancy on our office sites averages 58% of 2019 levels.',
      confidence: 'medium',
    },
    {
      id: 'as-esg',
      text: 'From 2027 large clients will have to report the environmental and social impact of their suppliers, and will prefer suppliers who hand them the figures.',
      evidence:
        'Six tenders in 2025 asked for carbon and social-value data, against one in 2023. Two corporate clients already ask us for monthly consumption figures.',
      confidence: 'high',
    },
    {
      id: 'as-turnover',
      text: 'Recruiting and keeping site operatives stays the hardest part of the business, and staff turnover is the main cause of quality complaints.',
      evidence:
        'Operative turnover was 48% in 2025. 61% of client complaints came from sites that changed supervisor, or more than a third of their team, within six months.',
      confidence: 'high',
    },
    {
      id: 'as-tenders',
      text: 'Universities will keep buying through formal tenders weighted heavily on price, however good the relationship.',
      evidence:
        'We lost two university contracts in 2024 to lower bids despite the best audit scores in the region; the tender rules leave little room for relationship.',
      confidence: 'medium',
    },
  ],
  communications: [
    {
      id: 'com-staff',
      audience: 'All staff',
      message:
        'What “buildings nobody has to think about” means in your job, and the three things that change for you in 2026: stable teams, a voice through your supervisor, and recognition that reaches you.',
      channel:
        'Site briefings by supervisors with a five-minute video from Helen; leaflet with the March payslip',
    },
    {
      id: 'com-clients',
      audience: 'Client FM managers',
      message:
        'Our promise and how we will be measured: response times, team stability, and a renewal review a full year before the contract ends.',
      channel: 'Quarterly business review and a letter from the Managing Director',
    },
    {
      id: 'com-investor',
      audience: 'Northbridge Capital',
      message:
        'Why spending on supervisors and pay protects margin: every renewal we keep saves a tender and the cost of mobilising a new contract.',
      channel: 'Board meeting in March with the business case',
    },
  ],
}

export const SEGMENTS: SegmentsStep = {
  status: 'done',
  answers: {
    alike:
      'On paper every client buys the same things: cleaning, maintenance, front of house. In practice they buy for very different reasons. A clinic buys protection from a failed inspection; a corporate head office buys a workplace its people want to come back to; a university buys the lowest compliant price. Treating them alike has made us average for all of them.',
    'valuable-traits':
      'Our most valuable clients have several sites, buy more than one service, renew without a full tender, and judge us on outcomes rather than hours. Their FM managers know our supervisors by name. They are the multi-site corporates and the private healthcare groups: together about 60% of revenue and most of our margin.',
    grouping:
      'By what the client is afraid of, which follows the sector: corporate offices (an empty, shabby office), healthcare (a failed inspection or an infection), education (a budget overrun and a tender challenge), small offices and retail (complexity and long contracts). Contract size comes second.',
  },
  segments: [
    {
      id: 'seg-corporate',
      name: 'Multi-site corporate offices',
      traits:
        'Regional and national firms with three to twenty sites. Buy cleaning, maintenance and front of house together. Decided by an FM manager with a procurement lead in the background. Care about the experience of their own staff and, increasingly, about ESG figures.',
      size: 22,
      revenueSharePercent: 40,
      isMostValuable: true,
      clv: {
        averagePurchaseValue: 860000,
        purchasesPerYear: 1,
        lifespanYears: 5.5,
        churnRatePercent: 18,
        marginPercent: 9,
      },
      nps: { promoters: 14, passives: 16, detractors: 9 },
    },
    {
      id: 'seg-healthcare',
      name: 'Private healthcare and clinics',
      traits:
        'Clinic groups, dental chains, private hospitals. Strict infection-control standards and regular inspections. Value reliability and documentation over price, and rarely change a supplier that has never let them down. Refer us to other practices.',
      size: 31,
      revenueSharePercent: 24,
      isMostValuable: true,
      clv: {
        averagePurchaseValue: 370000,
        purchasesPerYear: 1,
        lifespanYears: 6.5,
        churnRatePercent: 15,
        marginPercent: 12,
      },
      nps: { promoters: 21, passives: 12, detractors: 6 },
    },
    {
      id: 'seg-education',
      name: 'Universities and colleges',
      traits:
        'Large campuses, formal tenders every three to five years, price-led evaluation. Demand swings sharply with term dates, exams and open days. Loyal to the contract, not to the supplier.',
      size: 9,
      revenueSharePercent: 20,
      isMostValuable: false,
      clv: {
        averagePurchaseValue: 1050000,
        purchasesPerYear: 1,
        lifespanYears: 4,
        churnRatePercent: 25,
        marginPercent: 5,
      },
      nps: { promoters: 6, passives: 9, detractors: 7 },
    },
    {
      id: 'seg-sme',
      name: 'Small offices and retail',
      traits:
        'Single sites, owner or office manager decides, buy mostly cleaning. Price-sensitive, dislike long contracts and paperwork, leave quietly when unhappy.',
      size: 78,
      revenueSharePercent: 16,
      isMostValuable: false,
      clv: {
        averagePurchaseValue: 92000,
        purchasesPerYear: 1,
        lifespanYears: 3.2,
        churnRatePercent: 31,
        marginPercent: 14,
      },
      nps: { promoters: 18, passives: 30, detractors: 25 },
    },
  ],
}

export const SERVICES: ServicesStep = {
  status: 'done',
  answers: {
    'basic-needs':
      'A building that works and looks cared for every morning, without the client having to chase anyone. Behind that: one accountable contact, a fast response when something breaks, the same familiar people on site, and evidence they can show to their own management, inspectors or auditors.',
    'needs-to-investigate':
      'Whether universities would pay for flexible extra staff at term start and exams, or expect it within the contract price. Whether small clients want a fixed monthly subscription without a long contract, and at what price it still pays for us. We will ask five clients in each group before building anything.',
    attributes:
      'Reliable (the same team, the agreed standard, every day), responsive (problems acknowledged in two hours, engineers on site in four), transparent (live job status, a monthly one-page report) and accountable (a named supervisor and account manager who own the outcome).',
  },
  needs: [
    {
      id: 'need-corp-one-view',
      segmentId: 'seg-corporate',
      text: 'One point of contact and one monthly report across all sites',
      state: 'met',
    },
    {
      id: 'need-corp-esg',
      segmentId: 'seg-corporate',
      text: 'Energy, waste and social-value figures for their own ESG reporting',
      state: 'met',
    },
    {
      id: 'need-corp-workplace',
      segmentId: 'seg-corporate',
      text: 'A welcoming workplace that staff want to come back to',
      state: 'met',
    },
    {
      id: 'need-health-compliance',
      segmentId: 'seg-healthcare',
      text: 'Infection-control cleaning that stands up to any inspection',
      state: 'met',
    },
    {
      id: 'need-health-response',
      segmentId: 'seg-healthcare',
      text: 'An engineer on site within four hours when equipment or building systems fail',
      state: 'met',
    },
    {
      id: 'need-edu-peaks',
      segmentId: 'seg-education',
      text: 'Extra staff at short notice for term start, exams and open days',
      state: 'investigate',
    },
    {
      id: 'need-sme-simple',
      segmentId: 'seg-sme',
      text: 'A simple fixed monthly price without a long contract',
      state: 'investigate',
    },
    {
      id: 'need-all-faces',
      segmentId: null,
      text: 'The same familiar faces on site, who know the building and its people',
      state: 'met',
    },
  ],
  services: [
    {
      id: 'svc-account',
      name: 'Named account manager with quarterly business review',
      kind: 'changed',
      attributes:
        'One contact for all sites; quarterly review with figures, complaints and a plan; today only for the ten largest clients',
      segmentIds: ['seg-corporate', 'seg-healthcare', 'seg-education'],
      needIds: ['need-corp-one-view'],
    },
    {
      id: 'svc-portal',
      name: 'Client portal with live job tracking',
      kind: 'new',
      attributes:
        'Every request, its status and its sign-off in one place; photos before and after; monthly report generated from it',
      segmentIds: ['seg-corporate', 'seg-healthcare', 'seg-education', 'seg-sme'],
      needIds: ['need-corp-one-view', 'need-health-response'],
    },
    {
      id: 'svc-clinical',
      name: 'Clinical cleaning programme',
      kind: 'existing',
      attributes:
        'Trained clinical cleaners, audited schedules, documentation ready for inspectors',
      segmentIds: ['seg-healthcare'],
      needIds: ['need-health-compliance'],
    },
    {
      id: 'svc-helpdesk',
      name: '24/7 engineering helpdesk',
      kind: 'changed',
      attributes:
        'Today an eight-hour response; to become a four-hour guarantee for healthcare and corporate clients',
      segmentIds: ['seg-corporate', 'seg-healthcare'],
      needIds: ['need-health-response'],
    },
    {
      id: 'svc-site-teams',
      name: 'Dedicated site teams with a named supervisor',
      kind: 'changed',
      attributes: 'Fixed team per site, cover from a trained pool rather than from other sites',
      segmentIds: ['seg-corporate', 'seg-healthcare', 'seg-sme'],
      needIds: ['need-all-faces', 'need-corp-workplace'],
    },
    {
      id: 'svc-front-of-house',
      name: 'Front-of-house and reception',
      kind: 'existing',
      attributes: 'Trained hosts, visitor management, meeting-room set-up',
      segmentIds: ['seg-corporate'],
      needIds: ['need-corp-workplace'],
    },
    {
      id: 'svc-office-essentials',
      name: 'Office Essentials bundle',
      kind: 'existing',
      attributes:
        'Cleaning plus two hours of minor repairs a month, one invoice, twelve-month contract',
      segmentIds: ['seg-sme'],
      needIds: [],
    },
  ],
}
