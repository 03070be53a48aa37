import type { ExecutionStep } from '../../../shared/domain/index'
import type { InitiativeInput } from '../build'
import { OWNER } from './people'

export const EXECUTION: ExecutionStep = {
  status: 'in-progress',
  answers: {
    ability:
      'Wir starten gern und beenden selten. Von den acht Projekten des letzten Jahres sind drei abgeschlossen. Die Werkstattleitung trägt zu viele Themen gleichzeitig. Deshalb haben wir vereinbart: höchstens drei Initiativen pro Person gleichzeitig und eine feste Stunde pro Woche, in der daran gearbeitet wird.',
    prioritise:
      'Jede:r hat jede Initiative verdeckt auf sechs Kriterien bewertet, dann haben wir aufgedeckt. Wirkung auf die Loyalität zählt dreifach, Passung zur Vision doppelt; Aufwand, Kosten, Risiko und Zeit bis zum Nutzen einfach. Die Matrix Aufwand gegen Loyalitätswirkung zeigt die schnellen Erfolge. Wo die Bewertungen weit auseinanderlagen, haben wir diskutiert und bei der Leihflotte neu bewertet.',
    timing:
      'Schnelle Erfolge starten im Februar und März und sollen binnen 30 bis 90 Tagen Ergebnisse zeigen. Die großen Vorhaben (Kundenhistorie, Leihflotte) laufen bis Ende 2026. Kinderrad-Tausch und Firmen-Servicetag beginnen bewusst erst 2027, wenn die Werkstatt entlastet ist.',
    leads:
      'Jede Initiative hat genau eine verantwortliche Person aus dem Führungskreis. Jonas Weißgerber trägt mit Online-Termin, Express und Leihflotte drei überlappende Vorhaben; die Leihflotte startet deshalb erst im Mai und bekommt eine Projektassistenz aus dem Verkauf.',
    'critical-issues':
      'Probleme werden in der wöchentlichen Montagsrunde (30 Minuten) genannt. Was dort nicht gelöst wird, entscheidet die Geschäftsführerin bis Freitag. Ein Rückschlag ist keine Schuldfrage: Wer ein Problem früh meldet, wird dafür bedankt.',
    progress:
      'Eine Seite pro Monat an alle Mitarbeitenden mit Ampel je Initiative und einer Kundengeschichte. Quartalsweise kurzer Bericht an die Gesellschafter. Kund:innen erfahren Neuerungen dort, wo sie sie erleben: an der Kasse, per SMS und im Newsletter.',
  },
}

/** Ratings run [loyalty, vision fit, effort, cost, risk, time to value] for Brenner, Weißgerber, Yılmaz, Hößl, Straßer, Öztürk. */
export const INITIATIVES: InitiativeInput[] = [
  {
    id: 'i-online-termin',
    title: 'Online-Terminbuchung und SMS-Status für die Werkstatt',
    description:
      'Kund:innen buchen freie Werkstattzeiten aller Filialen online und bekommen eine SMS, wenn ihr Rad fertig ist. Grundlage ist eine gemeinsame Werkstattplanung mit einem festen Express-Kontingent pro Tag.',
    status: 'new',
    owner: OWNER.weissgerber,
    start: '2026-03-02',
    end: '2026-07-31',
    criticalIssues:
      'Die Buchung darf nur anbieten, was die Werkstatt wirklich schafft. Schnittstelle des Kassensystems ist noch nicht geklärt.',
    communication: {
      audience: 'Werkstattteams und Kund:innen',
      timing: 'Pilot in Rosenheim ab Mai, alle Filialen ab Juli',
      channel: 'Teamrunde, Website, Aushang in der Werkstatt',
    },
    links: {
      segment: ['seg-pendler'],
      need: ['n-alle-termin'],
      service: ['svc-online-termin'],
      attribute: ['att-termin', 'att-erreichbarkeit'],
      capability: ['cap-werkstattplanung'],
      care: ['care-kd-kommunizieren'],
    },
    estimates: { rice: [3200, 2, 80, 4], ice: [8, 7, 7], wsjf: [13, 8, 5, 5], moscow: 'must' },
    ratings: ['443222', '542222', '453322', '552211', '443322', '442223'],
  },
  {
    id: 'i-express',
    title: 'Express-Reparatur auf alle Filialen ausweiten',
    description:
      'Der Express-Pilot in Rosenheim (Abgabe bis 9 Uhr, fertig bis 18 Uhr) wird neu zugeschnitten: Festpreise für die zehn häufigsten Reparaturen, ein reservierter Express-Platz pro Filiale und Tag statt „wenn Zeit ist“.',
    status: 'rescope',
    owner: OWNER.weissgerber,
    start: '2026-02-02',
    end: '2026-10-30',
    criticalIssues:
      'Ohne zusätzliche Mechaniker:in verdrängt Express die Inspektionen. In den kleinen Filialen reicht die Besetzung nur an vier Tagen.',
    communication: {
      audience: 'Pendler:innen und Leasing-Arbeitgeber',
      timing: 'Sobald drei Filialen es zuverlässig schaffen',
      channel: 'Newsletter, Brief an die Personalabteilungen, Schild am Eingang',
    },
    links: {
      assumption: ['as-werkstatt'],
      segment: ['seg-pendler'],
      need: ['n-pendler-mobil'],
      service: ['svc-express'],
      attribute: ['att-termin'],
      capability: ['cap-werkstattplanung'],
    },
    estimates: { rice: [1800, 2, 80, 9], ice: [8, 6, 4], wsjf: [13, 13, 3, 8], moscow: 'must' },
    ratings: ['543332', '444332', '543432', '553322', '443432', '444332'],
  },
  {
    id: 'i-leihflotte',
    title: 'Leih-E-Bikes für Werkstattkund:innen',
    description:
      'Eine Flotte von 25 Leih-E-Bikes, überwiegend zurückgegebene Leasingräder, damit niemand wegen einer Reparatur aufs Auto umsteigen muss. Kostenlos bei Inspektion, sonst 15 € am Tag.',
    status: 'new',
    owner: OWNER.weissgerber,
    start: '2026-05-04',
    end: '2026-12-18',
    criticalIssues:
      'Versicherung und Haftung bei Unfällen mit Leihrädern; Pflegeaufwand der Flotte. In der ersten Runde lagen die Kostenschätzungen weit auseinander, bis Lukas Straßer die Rückläufer aus dem Leasing als Quelle vorgeschlagen hat.',
    communication: {
      audience: 'Werkstattkund:innen',
      timing: 'Ab Start bei jeder Terminbuchung',
      channel: 'Hinweis in der Terminbestätigung und an der Werkstatttheke',
    },
    links: {
      assumption: ['as-pendeln'],
      segment: ['seg-pendler', 'seg-genuss'],
      need: ['n-pendler-ersatz'],
      service: ['svc-leihrad', 'svc-inspektion'],
      capability: ['cap-leihflotte'],
    },
    estimates: { rice: [900, 2, 50, 6], ice: [7, 5, 5], wsjf: [8, 5, 3, 8], moscow: 'should' },
    ratings: ['443333', '453233', '543233', '443333', '443333', '443323'],
    firstRound: ['443433', '453233', '543133', '443333', '344543', '443323'],
  },
  {
    id: 'i-kundenhistorie',
    title: 'Gemeinsame Kundenhistorie in allen Filialen',
    description:
      'Die sieben Kundenstämme im Kassensystem werden zusammengeführt. Jede Filiale sieht Räder, Reparaturen und Vorlieben einer Kundin oder eines Kunden, egal wo gekauft wurde.',
    status: 'running',
    owner: OWNER.hoessl,
    start: '2026-01-12',
    end: '2026-11-27',
    criticalIssues:
      'Dubletten und Datenschutz: Einwilligungen liegen nur für etwa 60 % der Kund:innen vor. Der Softwareanbieter liefert die Zusammenführung frühestens im Juni.',
    communication: {
      audience: 'Alle Mitarbeitenden mit Kassenzugang',
      timing: 'Schulung zwei Wochen vor dem Umstieg',
      channel: 'Filialschulung und Kurzanleitung an der Kasse',
    },
    links: {
      segment: ['seg-pendler', 'seg-genuss'],
      service: ['svc-inspektion'],
      attribute: ['att-beziehung'],
      capability: ['cap-kundenhistorie'],
      care: ['care-kd-wuerdigen'],
    },
    estimates: { rice: [6000, 1, 80, 14], ice: [7, 7, 3], wsjf: [13, 5, 8, 13], moscow: 'must' },
    ratings: ['444443', '454543', '345433', '455444', '445533', '444434'],
  },
  {
    id: 'i-fahrsicherheit',
    title: 'Fahrsicherheitstraining für E-Bike-Einsteiger:innen',
    description:
      'Zweistündiges Training auf dem Parkplatz der Filiale: Anfahren, Bremsen, Kurven, Schieben. Für jede:n Käufer:in eines ersten E-Bikes kostenlos, sonst 25 €. Gemeinsam mit der örtlichen Verkehrswacht.',
    status: 'new',
    owner: OWNER.yilmaz,
    start: '2026-04-13',
    end: '2026-10-16',
    criticalIssues:
      'Trainer:innen müssen gefunden und geschult werden; bei schlechtem Wetter braucht es einen Ausweichtermin.',
    communication: {
      audience: 'Käufer:innen eines ersten E-Bikes',
      timing: 'Bei der Übergabe des Rades',
      channel: 'Gutschein in der Übergabemappe, Aushang, lokale Zeitung',
    },
    links: {
      assumption: ['as-einsteiger'],
      segment: ['seg-genuss'],
      need: ['n-genuss-sicherheit'],
      attribute: ['att-beratung'],
      capability: ['cap-beratung'],
      care: ['care-kd-bereichern'],
    },
    estimates: { rice: [240, 3, 80, 1.5], ice: [8, 7, 9], wsjf: [8, 3, 2, 2], moscow: 'should' },
    ratings: ['452121', '442221', '552111', '451211', '342121', '452212'],
  },
  {
    id: 'i-bonuskarte',
    title: 'Bonuskarte umbauen: Service-Vorteile statt Rabattpunkte',
    description:
      'Die Bonuskarte (3 % in Punkten auf jeden Einkauf) wird ersetzt: Karteninhaber:innen bekommen stattdessen Vorrang bei Werkstattterminen, ein kostenloses Leihrad und eine jährliche Sicherheitsprüfung.',
    status: 'rescope',
    owner: OWNER.hoessl,
    start: '2026-06-01',
    end: '2027-01-29',
    criticalIssues:
      'Umstritten: Der Vertrieb fürchtet, dass preisbewusste Stammkund:innen ohne Punkte abwandern; Marketing sieht in den Punkten einen Rabatt, der an das Angebot bindet statt an das Radhaus. Vor dem Start eine Testfiliale mit Befragung.',
    communication: {
      audience: 'Rund 5.200 Karteninhaber:innen',
      timing: 'Drei Monate vor der Umstellung',
      channel: 'Brief, Gespräch an der Kasse, Aushang',
    },
    links: {
      segment: ['seg-pendler', 'seg-genuss'],
      attribute: ['att-beziehung', 'att-preis'],
      care: ['care-kd-bereichern'],
    },
    estimates: { rice: [5200, 1, 50, 5], ice: [6, 4, 6], wsjf: [8, 5, 5, 5], moscow: 'could' },
    ratings: ['443233', '342233', '123254', '553122', '232233', '443233'],
  },
  {
    id: 'i-diagnose-schulung',
    title: 'Herstellerschulungen für E-Bike-Diagnose',
    description:
      'Alle Mechaniker:innen erwerben die Zertifikate der fünf großen Antriebshersteller, damit wir auch online gekaufte E-Bikes reparieren und Garantiefälle selbst abwickeln können.',
    status: 'running',
    owner: OWNER.oeztuerk,
    start: '2026-01-19',
    end: '2026-12-11',
    criticalIssues:
      'Schulungstermine fallen teils in die Saison; Ausfallzeiten in der Werkstatt müssen eingeplant werden.',
    communication: {
      audience: 'Werkstattteams',
      timing: 'Nach jedem abgeschlossenen Zertifikat',
      channel: 'Teamrunde; Zertifikate hängen sichtbar in der Werkstatt',
    },
    links: {
      assumption: ['as-werkstatt'],
      attribute: ['att-ebike'],
      capability: ['cap-diagnose'],
      care: ['care-ma-befaehigen'],
    },
    estimates: { rice: [1400, 1, 100, 3], ice: [6, 9, 7], wsjf: [5, 3, 8, 3], moscow: 'must' },
    ratings: ['342312', '442322', '343312', '332212', '342322', '442312'],
  },
  {
    id: 'i-akkulager',
    title: 'Brandschutzgerechtes Akkulager in allen Filialen',
    description:
      'Feuerfeste Akkuschränke mit Rauchmelder in jeder Filiale, Lagerregeln für beschädigte Akkus und eine Schulung für alle, die Akkus annehmen.',
    status: 'running',
    owner: OWNER.strasser,
    start: '2026-01-05',
    end: '2026-09-30',
    criticalIssues:
      'Pflicht: Ohne Umsetzung bis Januar 2027 verlieren wir den Versicherungsschutz. Lieferzeit der Schränke derzeit zwölf Wochen.',
    communication: {
      audience: 'Filialleitungen und Versicherer',
      timing: 'Monatlich bis zur Abnahme',
      channel: 'Statusliste per E-Mail, Abnahmeprotokoll',
    },
    links: { capability: ['cap-akkulager'] },
    estimates: { rice: [50, 0.25, 100, 7], ice: [3, 9, 3], wsjf: [3, 20, 20, 8], moscow: 'must' },
    ratings: ['224523', '114423', '224433', '123523', '224522', '214423'],
  },
  {
    id: 'i-kinderrad-tausch',
    title: 'Kinderrad-Tauschprogramm „Mitwachsen“',
    description:
      'Familien geben das zu klein gewordene Kinderrad zurück und bekommen 40 % des Kaufpreises auf das nächste. Die Räder werden aufbereitet und als geprüfte Gebrauchträder verkauft.',
    status: 'new',
    owner: OWNER.yilmaz,
    start: '2027-02-01',
    end: '2027-07-30',
    criticalIssues:
      'Ob Familien das annehmen, ist nicht untersucht. Aufbereitung bindet Werkstattzeit genau in der Frühjahrssaison.',
    communication: {
      audience: 'Familien',
      timing: 'Vor Ostern 2027',
      channel: 'Schulen, Kindergärten, Newsletter',
    },
    links: { segment: ['seg-familie'], need: ['n-familie-mitwachsen'] },
    estimates: null,
    ratings: ['333433', '233333', '434332', '324433', '233443', '333433'],
  },
  {
    id: 'i-rettung-des-monats',
    title: '„Rettung des Monats“ und Werkstattbesuche der Geschäftsführung',
    description:
      'Jedes Team wählt monatlich die beste Kundenrettung; die Geschichte geht an alle Filialen, die Gewinner:innen bekommen einen freien Freitag. Die Geschäftsführerin arbeitet monatlich einen halben Tag in einer Werkstatt mit.',
    status: 'new',
    owner: OWNER.oeztuerk,
    start: '2026-03-02',
    end: '2026-12-18',
    criticalIssues:
      'Darf nicht zum Verkaufswettbewerb werden; Werkstatt und Verkauf müssen gleich oft gewinnen können.',
    communication: {
      audience: 'Alle Mitarbeitenden',
      timing: 'Monatlich',
      channel: 'Monatsrunde und Aushang im Pausenraum',
    },
    links: { care: ['care-ma-anerkennen', 'care-ma-wertschaetzen'] },
    estimates: { rice: [85, 0.5, 50, 0.5], ice: [5, 5, 9], wsjf: [3, 2, 2, 1], moscow: 'could' },
    ratings: ['341111', '241112', '331111', '342111', '231111', '352112'],
  },
  {
    id: 'i-kulanzbudget',
    title: 'Kulanzbudget: 50 € pro Fall ohne Rückfrage',
    description:
      'Alle Mitarbeitenden dürfen bis 50 € pro Fall Kulanz gewähren, etwa einen Schlauch nicht berechnen oder ein Leihrad spendieren, und tragen es nur in eine Liste ein.',
    status: 'new',
    owner: OWNER.brenner,
    start: '2026-02-16',
    end: '2026-05-29',
    criticalIssues:
      'Einkauf und Finanzen befürchten Missbrauch; nach drei Monaten wird die Liste gemeinsam ausgewertet.',
    communication: {
      audience: 'Alle Mitarbeitenden',
      timing: 'Zum Start und nach der Auswertung',
      channel: 'Teamrunde mit der Geschäftsführerin',
    },
    links: { care: ['care-ma-befaehigen', 'care-kd-reagieren'] },
    estimates: { rice: [700, 1, 80, 0.5], ice: [7, 7, 9], wsjf: [5, 5, 3, 1], moscow: 'should' },
    ratings: ['441221', '431321', '541211', '441121', '332331', '451221'],
  },
  {
    id: 'i-nachfass-anruf',
    title: 'Anruf drei Wochen nach dem E-Bike-Kauf',
    description:
      'Wer beraten hat, ruft drei Wochen nach der Übergabe an: Passt die Sitzposition, gibt es Fragen zum Akku, soll die Erstinspektion gleich gebucht werden?',
    status: 'new',
    owner: OWNER.yilmaz,
    start: '2026-03-02',
    end: '2026-06-30',
    criticalIssues:
      'Im Frühjahr fehlt im Verkauf die Zeit; Anrufe werden deshalb in feste Zeitfenster am Vormittag gelegt.',
    communication: {
      audience: 'Verkaufsteams',
      timing: 'Wöchentliche Quote in der Montagsrunde',
      channel: 'Liste im Kassensystem',
    },
    links: {
      segment: ['seg-genuss', 'seg-pendler'],
      attribute: ['att-beziehung'],
      capability: ['cap-beratung'],
      care: ['care-kd-wuerdigen'],
    },
    estimates: { rice: [450, 2, 80, 1], ice: [7, 8, 8], wsjf: [8, 3, 2, 2], moscow: 'should' },
    ratings: ['452111', '442121', '552112', '451111', '341211', '452111'],
  },
  {
    id: 'i-firmen-servicetag',
    title: 'Servicetag beim Arbeitgeber für Dienstrad-Pendler:innen',
    description:
      'Mit einem Servicemobil kommen wir zu den großen Leasing-Arbeitgebern: Inspektion, kleine Reparaturen und Beratung auf dem Firmenparkplatz, einmal pro Quartal.',
    status: 'new',
    owner: OWNER.strasser,
    start: '2027-01-11',
    end: '2027-09-30',
    criticalIssues:
      'Investition in Fahrzeug und Ausstattung; bindet pro Einsatz zwei Mechaniker:innen, die in der Filiale fehlen.',
    communication: {
      audience: 'Personalabteilungen der Arbeitgeber',
      timing: 'Vorstellung im Herbst 2026',
      channel: 'Persönlicher Termin, Infoblatt für das Intranet der Firmen',
    },
    links: {
      assumption: ['as-pendeln'],
      segment: ['seg-pendler'],
      need: ['n-pendler-leasing'],
      service: ['svc-dienstrad'],
      capability: ['cap-servicemobil'],
    },
    estimates: null,
    ratings: ['454433', '344433', '554333', '454443', '344543', '454433'],
  },
  {
    id: 'i-vision-workshops',
    title: 'Vision in jede Filiale tragen',
    description:
      'In jeder Filiale ein Workshop von 90 Minuten: Was heißt „Wir halten Oberbayern mobil“ für mich, an meinem Arbeitsplatz? Die Ergebnisse fließen in die Rollenbeschreibungen ein.',
    status: 'new',
    owner: OWNER.brenner,
    start: '2026-02-09',
    end: '2026-04-30',
    criticalIssues:
      'Werkstattteams kommen nur, wenn die Workshops in der Arbeitszeit liegen und die Werkstatt dafür schließt.',
    communication: {
      audience: 'Alle Mitarbeitenden',
      timing: 'Vor dem Start der Saison',
      channel: 'Einladung der Geschäftsführerin, Fotoprotokoll im Pausenraum',
    },
    links: { assumption: ['as-fachkraefte'], care: ['care-ma-kommunizieren'] },
    estimates: { rice: [85, 0.5, 80, 1], ice: [4, 8, 9], wsjf: [5, 8, 2, 1], moscow: 'must' },
    ratings: ['352112', '252112', '351112', '352112', '241112', '353112'],
  },
]
