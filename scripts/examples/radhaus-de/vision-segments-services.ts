import type { SegmentsStep, ServicesStep, VisionStep } from '../../../shared/domain/index'

export const VISION: VisionStep = {
  status: 'done',
  answers: {
    understood:
      'Nur zum Teil. Geschäftsführung und Filialleitungen erklären die Vision ähnlich. In den Werkstätten kennen viele den Satz „Wir halten Oberbayern mobil“, können aber nicht sagen, was er am Montagmorgen bedeutet, wenn zwölf Pendler-E-Bikes auf Reparatur warten. Aushilfen im Verkauf kennen ihn gar nicht. Wir brauchen für jede Rolle zwei, drei konkrete Sätze: Was tue ich anders, wenn ich die Vision ernst nehme?',
    backed:
      'Die Gesellschafterfamilie und die Filialleitungen stehen dahinter. Die Werkstattteams sind skeptisch: Sie hören „schneller“ und denken „noch mehr Druck bei gleicher Besetzung“. Der Betriebsrat wartet ab, bis klar ist, was die Vision für Arbeitszeiten und Samstage heißt. Ohne die Werkstätten wird nichts davon funktionieren – deshalb steht ihre Einbindung ganz oben.',
    assumptions:
      'Bisher nicht. Im Workshop haben wir vier Annahmen aufgeschrieben und mit Belegen versehen: wachsendes Pendeln mit dem Rad über das Dienstrad-Leasing, die Werkstatt als Geschäft, das online nicht ersetzt wird, knappe Fachkräfte und der Wunsch älterer Einsteiger:innen nach Beratung vor Ort. Die letzte Annahme ist am schwächsten belegt und soll bis Sommer mit einer Befragung von Nicht-Kund:innen geprüft werden.',
    communicated:
      'Nein. Kund:innen kennen uns als „den Laden mit der guten Werkstatt“, aber wir haben nie gesagt, wofür wir stehen wollen. Das „Was“ lässt sich mit dem Mobilitätsversprechen erzählen, das „Warum“ mit unserer Geschichte als Familienbetrieb seit 1987. Beim Umbau der Bonuskarte müssen wir besonders gut erklären, warum wir das tun.',
  },
  statement:
    'Radhaus Brenner hält Oberbayern mobil. Wer bei uns ein Rad kauft oder warten lässt, kann sich auf drei Dinge verlassen: ehrliche Beratung, eine Werkstatt, die schnell hilft, und Menschen, die sich an ihn und sein Rad erinnern. Bis Ende 2027 wollen wir die erste Adresse für alle sein, die mit dem Rad zur Arbeit fahren oder im Ruhestand neu aufs E-Bike steigen.',
  stakeholders: [
    {
      id: 'sh-gesellschafter',
      name: 'Georg Brenner',
      role: 'Gesellschafter und Seniorchef',
      support: 'supporter',
    },
    {
      id: 'sh-filialleitungen',
      name: 'Filialleitungen',
      role: 'Sieben Filialleiter:innen',
      support: 'champion',
    },
    {
      id: 'sh-werkstatt',
      name: 'Werkstattteams',
      role: 'Zweiradmechatroniker:innen und Auszubildende',
      support: 'sceptic',
    },
    {
      id: 'sh-betriebsrat',
      name: 'Stefan Aigner',
      role: 'Betriebsratsvorsitzender',
      support: 'neutral',
    },
    {
      id: 'sh-arbeitgeber',
      name: 'Arbeitgeber im Dienstrad-Leasing',
      role: 'Personalabteilungen von 40 Firmenkunden',
      support: 'supporter',
    },
    {
      id: 'sh-bank',
      name: 'Hausbank',
      role: 'Finanziert Lager und Leihflotte',
      support: 'neutral',
    },
  ],
  assumptions: [
    {
      id: 'as-pendeln',
      text: 'Immer mehr Menschen in der Region fahren mit dem (E-)Rad zur Arbeit, getragen vom Dienstrad-Leasing; der Trend hält mindestens bis 2028 an.',
      evidence:
        'Über uns abgeschlossene Leasingverträge: 310 (2023), 640 (2025). Angeschlossene Arbeitgeber: von 18 auf 40 gestiegen. Die Radverkehrszählung der Stadt Rosenheim zeigt seit drei Jahren Zuwächse.',
      confidence: 'high',
    },
    {
      id: 'as-werkstatt',
      text: 'Der Onlinehandel verkauft Räder günstiger, aber die Wartung von E-Bikes bleibt ein Geschäft vor Ort. Wer die Werkstatt hat, hat die Kundschaft.',
      evidence:
        '38 % unserer Werkstattaufträge 2025 betrafen Räder, die nicht bei uns gekauft wurden. Anfragen von Online-Käufer:innen steigen spürbar, vor allem bei Motor- und Akkufehlern.',
      confidence: 'medium',
    },
    {
      id: 'as-fachkraefte',
      text: 'Mechaniker:innen bleiben knapp. Bis 2027 können wir die Werkstattkapazität um höchstens zwei Stellen ausbauen.',
      evidence:
        'Zwei offene Stellen seit über sechs Monaten unbesetzt. Die Handwerkskammer meldet sinkende Ausbildungszahlen im Zweiradhandwerk.',
      confidence: 'high',
    },
    {
      id: 'as-einsteiger',
      text: 'Ältere Einsteiger:innen kaufen ihr E-Bike lieber im Fachhandel mit Beratung als online – sofern sie sich bei uns sicher und gut aufgehoben fühlen.',
      evidence:
        'Kundenbefragung Herbst 2025 (n = 440): 71 % der Käufer:innen über 55 nennen die Beratung als Hauptgrund. Befragt wurden aber nur Bestandskund:innen.',
      confidence: 'low',
    },
  ],
  communications: [
    {
      id: 'com-mitarbeitende',
      audience: 'Alle Mitarbeitenden',
      message:
        'Was „Wir halten Oberbayern mobil“ für jede Rolle heißt: in der Werkstatt, an der Kasse, am Telefon. Was sich ändert und was bleibt.',
      channel: 'Filial-Workshops à 90 Minuten im Februar und März, danach monatliche Teamrunde',
    },
    {
      id: 'com-kunden',
      audience: 'Stammkund:innen mit Bonuskarte',
      message:
        'Warum wir Rabattpunkte gegen Service-Vorteile tauschen: schneller wieder fahren statt 3 % sparen. Bereits gesammelte Punkte bleiben gültig.',
      channel:
        'Persönliches Gespräch an der Kasse, Brief an die Karteninhaber:innen, Aushang in allen Filialen',
    },
    {
      id: 'com-arbeitgeber',
      audience: 'Personalabteilungen der Leasing-Arbeitgeber',
      message:
        'Unser Mobilitätsversprechen für Dienstrad-Pendler:innen: Reparatur am selben Tag oder ein Leihrad.',
      channel: 'Brief der Geschäftsführung und Termin vor Ort bis Ende April',
    },
    {
      id: 'com-gesellschafter',
      audience: 'Gesellschafterversammlung',
      message:
        'Investitionsbedarf für Leihflotte, Akkulager und Kundenhistorie; erwartete Wirkung auf Wiederkehrquote und Kundenwert.',
      channel: 'Gesellschafterversammlung im Mai mit einseitiger Zusammenfassung',
    },
  ],
}

export const SEGMENTS: SegmentsStep = {
  status: 'done',
  answers: {
    alike:
      'Weniger ähnlich, als wir dachten. Wir haben immer von „unseren Radfahrer:innen“ gesprochen, doch die Pendlerin mit Leasing-E-Bike will etwas völlig anderes als der Rennradfahrer, der Teile im Netz vergleicht. Gemeinsam ist fast allen nur, dass sie ihr Rad im Alltag brauchen und Ausfallzeiten hassen.',
    'valuable-traits':
      'Die wertvollsten Kund:innen fahren täglich oder fast täglich, besitzen ein E-Bike über 3.000 €, kommen mindestens zweimal im Jahr in die Werkstatt und kaufen das nächste Rad wieder bei uns. Sie schätzen Verlässlichkeit mehr als den Preis. Zwei Gruppen passen dazu: Pendler:innen im Dienstrad-Leasing und Genussradler:innen ab 55, die auf das E-Bike umsteigen.',
    grouping:
      'Nach Nutzungsanlass, nicht nach Radtyp: Pendeln, Genuss und Touren, Sport, Familie. Der Nutzungsanlass sagt voraus, wie oft jemand in die Werkstatt kommt und was ihn verärgert. Die Daten dafür haben wir aus dem Kassensystem (Werkstattaufträge je Kundennummer) und der Befragung vom Herbst 2025.',
  },
  segments: [
    {
      id: 'seg-pendler',
      name: 'E-Bike-Pendler:innen',
      traits:
        '30 bis 55 Jahre, fahren täglich zur Arbeit, oft mit Dienstrad-Leasing über den Arbeitgeber. Das Rad ist Verkehrsmittel, kein Hobby: Jeder Werkstatttag ohne Rad kostet sie Nerven oder ein Auto. Wechseln nach einer schlechten Erfahrung schnell.',
      size: 4100,
      revenueSharePercent: 50,
      isMostValuable: true,
      clv: {
        averagePurchaseValue: 680,
        purchasesPerYear: 2.5,
        lifespanYears: 6,
        churnRatePercent: 17,
        marginPercent: 32,
      },
      nps: { promoters: 98, passives: 61, detractors: 41 },
    },
    {
      id: 'seg-genuss',
      name: 'Genussradler:innen ab 55',
      traits:
        'Steigen im oder kurz vor dem Ruhestand aufs E-Trekkingrad um, fahren Touren am Wochenende und unter der Woche. Wünschen ausführliche Beratung, Einweisung und Sicherheit. Sehr treu, empfehlen im Freundeskreis weiter, kaufen Zubehör und Bekleidung dazu.',
      size: 3000,
      revenueSharePercent: 23,
      isMostValuable: true,
      clv: {
        averagePurchaseValue: 590,
        purchasesPerYear: 1.8,
        lifespanYears: 8,
        churnRatePercent: 12,
        marginPercent: 34,
      },
      nps: { promoters: 74, passives: 28, detractors: 10 },
    },
    {
      id: 'seg-sport',
      name: 'Sportliche Fahrer:innen',
      traits:
        'Mountainbike und Rennrad, technisch versiert, vergleichen Preise online und kaufen Teile oft im Netz. Kommen für schwierige Arbeiten (Federung, Hydraulik) und wenn es schnell gehen muss. Kritisch, aber als Meinungsführer in Vereinen wichtig.',
      size: 2400,
      revenueSharePercent: 18,
      isMostValuable: false,
      clv: {
        averagePurchaseValue: 410,
        purchasesPerYear: 2.6,
        lifespanYears: 5,
        churnRatePercent: 20,
        marginPercent: 24,
      },
      nps: { promoters: 22, passives: 30, detractors: 26 },
    },
    {
      id: 'seg-familie',
      name: 'Familien',
      traits:
        'Kinderräder, Anhänger, gelegentlich ein Lastenrad. Preisbewusst; das Kinderrad ist nach zwei Jahren zu klein. Kommen zum Schulstart und im Frühjahr, dann alle auf einmal. Eltern von heute sind die Pendler:innen von morgen.',
      size: 4800,
      revenueSharePercent: 9,
      isMostValuable: false,
      clv: {
        averagePurchaseValue: 190,
        purchasesPerYear: 1.4,
        lifespanYears: 4,
        churnRatePercent: 25,
        marginPercent: 26,
      },
      nps: { promoters: 12, passives: 22, detractors: 16 },
    },
  ],
}

export const SERVICES: ServicesStep = {
  status: 'done',
  answers: {
    'basic-needs':
      'Mobil bleiben: Wer sein Rad zum Pendeln braucht, muss am selben Tag weiterfahren können – mit dem eigenen Rad oder einem Leihrad. Dazu kommen ehrliche Beratung ohne Fachchinesisch, eine unkomplizierte Abwicklung von Leasing und Versicherung und das Gefühl, dass man sich in der Filiale an einen erinnert.',
    'needs-to-investigate':
      'Ob Familien ein Tauschmodell für mitwachsende Kinderräder annehmen und ob es sich rechnet. Ob sportliche Fahrer:innen für ein professionelles Bike-Fitting bezahlen würden oder das als Kaufberatung erwarten. Beides wollen wir mit kurzen Befragungen und einem Testangebot in einer Filiale prüfen, bevor wir investieren.',
    attributes:
      'Schnell (Termin innerhalb von 48 Stunden, Express am selben Tag), transparent (Kostenvoranschlag vor der Reparatur, Foto der getauschten Teile), persönlich (feste Ansprechperson, Kundenhistorie in jeder Filiale) und sicher (geprüfte E-Bike-Technik, Einweisung bei der Übergabe).',
  },
  needs: [
    {
      id: 'n-pendler-mobil',
      segmentId: 'seg-pendler',
      text: 'Am selben Tag wieder fahren können, auch bei einer Reparatur',
      state: 'met',
    },
    {
      id: 'n-pendler-ersatz',
      segmentId: 'seg-pendler',
      text: 'Ein Ersatzrad, wenn die Reparatur länger dauert',
      state: 'met',
    },
    {
      id: 'n-pendler-leasing',
      segmentId: 'seg-pendler',
      text: 'Leasing, Versicherungsschäden und Inspektionen ohne Papierkrieg',
      state: 'met',
    },
    {
      id: 'n-genuss-beratung',
      segmentId: 'seg-genuss',
      text: 'Ruhige, verständliche Beratung mit Probefahrt auf einer echten Tour',
      state: 'met',
    },
    {
      id: 'n-genuss-sicherheit',
      segmentId: 'seg-genuss',
      text: 'Sich auf dem schnellen, schweren E-Bike sicher fühlen: Einweisung und Fahrtraining',
      state: 'met',
    },
    {
      id: 'n-sport-teile',
      segmentId: 'seg-sport',
      text: 'Spezialteile schnell verfügbar, Arbeiten an Federung und Hydraulik vom Profi',
      state: 'met',
    },
    {
      id: 'n-sport-fitting',
      segmentId: 'seg-sport',
      text: 'Professionelles Bike-Fitting (Sitzposition, Ergonomie)',
      state: 'investigate',
    },
    {
      id: 'n-familie-mitwachsen',
      segmentId: 'seg-familie',
      text: 'Ein Kinderrad, das „mitwächst“: Rücknahme oder Tausch beim Größenwechsel',
      state: 'investigate',
    },
    {
      id: 'n-alle-termin',
      segmentId: null,
      text: 'Werkstatttermin online buchen und sehen, wann das Rad fertig ist',
      state: 'met',
    },
  ],
  services: [
    {
      id: 'svc-express',
      name: 'Express-Reparatur bis 18 Uhr',
      kind: 'changed',
      attributes:
        'Abgabe bis 9 Uhr, Abholung am selben Tag; Festpreise für die zehn häufigsten Reparaturen',
      segmentIds: ['seg-pendler', 'seg-sport'],
      needIds: ['n-pendler-mobil', 'n-sport-teile'],
    },
    {
      id: 'svc-leihrad',
      name: 'Leih-E-Bike während der Reparatur',
      kind: 'new',
      attributes:
        'Kostenlos für Inspektionskund:innen, sonst 15 € am Tag; Reservierung mit dem Werkstatttermin',
      segmentIds: ['seg-pendler', 'seg-genuss'],
      needIds: ['n-pendler-ersatz'],
    },
    {
      id: 'svc-dienstrad',
      name: 'Dienstrad-Service aus einer Hand',
      kind: 'existing',
      attributes:
        'Wir rechnen Inspektionen und Schäden direkt mit Leasinggeber und Versicherung ab',
      segmentIds: ['seg-pendler'],
      needIds: ['n-pendler-leasing'],
    },
    {
      id: 'svc-beratung',
      name: 'Beratung mit Probefahrt-Tour',
      kind: 'existing',
      attributes:
        'Termin mit fester Beraterin oder festem Berater, zwei Stunden Probefahrt auf einer ausgeschilderten Runde',
      segmentIds: ['seg-genuss', 'seg-familie'],
      needIds: ['n-genuss-beratung'],
    },
    {
      id: 'svc-inspektion',
      name: 'Jahresinspektion mit Mobilitätsgarantie',
      kind: 'changed',
      attributes:
        'Fester Preis, Software-Update und Akkutest inklusive; wird das Rad nicht am vereinbarten Tag fertig, gibt es ein Leihrad',
      segmentIds: ['seg-pendler', 'seg-genuss', 'seg-sport'],
      needIds: ['n-pendler-mobil'],
    },
    {
      id: 'svc-online-termin',
      name: 'Online-Terminbuchung mit SMS-Status',
      kind: 'new',
      attributes:
        'Freie Werkstattzeiten aller Filialen, Bestätigung und „Ihr Rad ist fertig“ per SMS',
      segmentIds: ['seg-pendler', 'seg-genuss', 'seg-sport', 'seg-familie'],
      needIds: ['n-alle-termin'],
    },
    {
      id: 'svc-kindercheck',
      name: 'Kinderrad-Check zum Schulstart',
      kind: 'existing',
      attributes:
        'Bremsen, Licht, Sattelhöhe; 15 Minuten, ohne Termin, in den zwei Wochen vor Schulbeginn',
      segmentIds: ['seg-familie'],
      needIds: [],
    },
  ],
}
