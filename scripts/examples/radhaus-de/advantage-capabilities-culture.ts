import type { AdvantageStep, CapabilitiesStep, CultureStep } from '../../../shared/domain/index'
import { cultureRatingsOf } from '../build'
import { PARTICIPANT_IDS } from './people'

export const ADVANTAGE: AdvantageStep = {
  status: 'done',
  answers: {
    differentiators:
      'Im Fahrradhandel unterscheidet man sich über Preis, Auswahl, Werkstatt und Beratung. Preis und Auswahl gewinnen die Großen und der Onlinehandel. Was sie nicht bieten können: eine Werkstatt in der Nähe, die E-Bikes aller großen Antriebssysteme beherrscht, und Menschen, die einen kennen.',
    competitors:
      'Velomarkt Süd, die Fachmarktkette mit zwei großen Häusern in der Region; die Online-Direktversender, bei denen inzwischen ein Drittel der E-Bikes in unserem Einzugsgebiet gekauft wird; und kleine freie Werkstätten wie Zweirad Kessler, die keine Räder verkaufen, aber schnell Termine vergeben.',
    'pros-cons':
      'Stärken aus Kundensicht: ehrliche Beratung, E-Bike-Kompetenz, „man kennt mich“ – das sagen vor allem die Genussradler:innen. Schwächen: Werkstatttermine dauern in der Saison bis zu zwei Wochen, telefonisch sind wir schwer erreichbar, und beim Radkauf sind wir selten die Günstigsten. Für Pendler:innen wiegt die Wartezeit schwerer als jeder Preisvorteil.',
    'come-back':
      'Nicht die Bonuspunkte. In den Gesprächen nennen Kund:innen fast immer eine konkrete Erfahrung: Die Werkstatt hat am Freitagabend noch den Platten geflickt, die Beraterin hat vom teureren Rad abgeraten, jemand hat sich an den Namen erinnert. Solche Momente wollen wir planbar machen statt dem Zufall zu überlassen.',
  },
  competitors: [
    { id: 'comp-velomarkt', name: 'Velomarkt Süd (Fachmarktkette)' },
    { id: 'comp-online', name: 'Online-Direktversender' },
    { id: 'comp-kessler', name: 'Zweirad Kessler (freie Werkstatt)' },
  ],
  attributes: [
    {
      id: 'att-termin',
      name: 'Schnell einen Werkstatttermin bekommen',
      ours: 2,
      competitors: { 'comp-velomarkt': 2, 'comp-online': 1, 'comp-kessler': 4 },
    },
    {
      id: 'att-beratung',
      name: 'Ehrliche, verständliche Beratung',
      ours: 5,
      competitors: { 'comp-velomarkt': 2, 'comp-online': 1, 'comp-kessler': 4 },
    },
    {
      id: 'att-preis',
      name: 'Preis beim Radkauf',
      ours: 2,
      competitors: { 'comp-velomarkt': 4, 'comp-online': 5, 'comp-kessler': 3 },
    },
    {
      id: 'att-auswahl',
      name: 'Auswahl und sofortige Verfügbarkeit',
      ours: 4,
      competitors: { 'comp-velomarkt': 5, 'comp-online': 4, 'comp-kessler': 1 },
    },
    {
      id: 'att-ebike',
      name: 'E-Bike-Kompetenz (Motor, Akku, Software)',
      ours: 4,
      competitors: { 'comp-velomarkt': 3, 'comp-online': 1, 'comp-kessler': 2 },
    },
    {
      id: 'att-erreichbarkeit',
      name: 'Erreichbarkeit per Telefon und online',
      ours: 2,
      competitors: { 'comp-velomarkt': 3, 'comp-online': 4, 'comp-kessler': 2 },
    },
    {
      id: 'att-beziehung',
      name: '„Man kennt mich und mein Rad“',
      ours: 3,
      competitors: { 'comp-velomarkt': 1, 'comp-online': 1, 'comp-kessler': 5 },
    },
  ],
  returnReasons: [
    {
      id: 'rr-werkstatt',
      text: 'Die Werkstatt kennt mein Rad und hat es beim letzten Mal gut und pünktlich gemacht.',
    },
    {
      id: 'rr-ehrlich',
      text: 'Beratung ohne Druck: Man darf auch ohne Kauf wieder gehen, und mir wurde schon einmal von einem teureren Modell abgeraten.',
    },
    {
      id: 'rr-leasing',
      text: 'Leasing, Garantie und Versicherung laufen über das Radhaus; ich muss mich um nichts kümmern.',
    },
    {
      id: 'rr-weg',
      text: 'Die Filiale liegt auf meinem Arbeitsweg, Abgabe morgens und Abholung abends passen in den Alltag.',
    },
  ],
}

export const CAPABILITIES: CapabilitiesStep = {
  status: 'done',
  answers: {
    infrastructure:
      'Ein Kassen- und Werkstattsystem, das Kund:innen und ihre Räder über alle sieben Filialen kennt; eine Online-Terminbuchung, die an die echte Werkstattplanung angebunden ist; eine kleine Leihflotte; und brandschutzgerechte Akkulager, die der Versicherer ab 2027 verlangt.',
    new: 'Eine Leihflotte betreiben (Pflege, Buchung, Versicherung). Ein Servicemobil, mit dem wir bei großen Leasing-Arbeitgebern einen Werkstatttag vor Ort anbieten. Fahrsicherheitstrainings für Einsteiger:innen, die wir bisher nie angeboten haben.',
    improve:
      'Die Werkstattplanung: Heute vergibt jede Filiale Termine nach Gefühl und Wandkalender, Express-Aufträge verdrängen Inspektionen. Die Kundenhistorie: Wer in Traunstein kauft und in Rosenheim zur Inspektion kommt, ist dort unbekannt. Und die Werkstattfläche in Rosenheim, die in der Saison schlicht zu klein ist.',
    skills:
      'Diagnose aller großen E-Bike-Antriebe und Akkus, damit wir auch online gekaufte Räder reparieren können. Beratung von Einsteiger:innen, die zuhören statt Technik zu erklären. Und Führungskräfte in den Filialen, die Kulanz selbst entscheiden dürfen und wollen.',
  },
  capabilities: [
    {
      id: 'cap-werkstattplanung',
      name: 'Werkstattplanung mit Online-Terminen',
      category: 'process',
      current: 2,
      target: 4,
      note: 'Gemeinsame Planung aller Filialen, Express-Kontingent pro Tag reserviert',
    },
    {
      id: 'cap-kundenhistorie',
      name: 'Kundenhistorie über alle Filialen',
      category: 'process',
      current: 1,
      target: 4,
      note: 'Heute sieben getrennte Kundenstämme im Kassensystem',
    },
    {
      id: 'cap-diagnose',
      name: 'E-Bike-Diagnose aller großen Antriebssysteme',
      category: 'skill',
      current: 3,
      target: 5,
      note: 'Zwei von fünf Herstellerzertifikaten fehlen',
    },
    {
      id: 'cap-beratung',
      name: 'Beratung und Einweisung für E-Bike-Einsteiger:innen',
      category: 'skill',
      current: 3,
      target: 4,
      note: 'Gut in Rosenheim, uneinheitlich in den kleinen Filialen',
    },
    {
      id: 'cap-leihflotte',
      name: 'Leihflotte von E-Bikes',
      category: 'equipment',
      current: 1,
      target: 3,
      note: 'Ziel: 25 Räder, vor allem zurückgegebene Leasingräder',
    },
    {
      id: 'cap-servicemobil',
      name: 'Servicemobil für Einsätze bei Firmenkunden',
      category: 'equipment',
      current: 1,
      target: 3,
      note: 'Transporter mit Montageständer, Werkzeug und Diagnosegerät',
    },
    {
      id: 'cap-akkulager',
      name: 'Brandschutzgerechtes Akkulager',
      category: 'facility',
      current: 2,
      target: 4,
      note: 'Auflage des Versicherers ab Januar 2027',
    },
    {
      id: 'cap-werkstattflaeche',
      name: 'Werkstattfläche in Rosenheim',
      category: 'facility',
      current: 2,
      target: 4,
      note: 'Sechs Arbeitsplätze für das Werkstattaufkommen von zehn',
    },
  ],
}

export const CULTURE: CultureStep = {
  status: 'done',
  answers: {
    mistakes:
      'Hier war der Raum gespalten. Geschäftsführung und Einkauf sehen eine fehlertolerante Kultur („bei uns wird niemand für einen Fehler entlassen“). Werkstatt, Vertrieb und Personal erleben es anders: Wer eine Reklamation verursacht, wird vor dem Team darauf angesprochen, und deshalb werden Fehler lieber versteckt als gemeldet. Diese Lücke ist selbst ein Befund.',
    recognition:
      'Eher schwach. Lob gibt es, wenn die Umsatzzahlen stimmen, kaum für die gerettete Reparatur am Samstagmittag. Prämien gibt es nur im Verkauf, nicht in der Werkstatt.',
    'employee-trust':
      'Mittel bis gut. Die Familie Brenner gilt als fair und hält Wort. Vertrauen fehlt bei Veränderungen, über die zu spät informiert wurde, zuletzt beim neuen Kassensystem.',
    'employee-valued':
      'Uneinheitlich. Im Verkauf fühlen sich viele gesehen, in der Werkstatt weniger. Die eNPS-Befragung bestätigt das: Die meisten Kritiker:innen arbeiten in den Werkstätten.',
    'customer-trust':
      'Hoch. Kund:innen lassen teure Räder über Nacht bei uns und folgen unseren Empfehlungen. Das Vertrauen in die Werkstatt ist größer als das in den Preis.',
    'customer-valued':
      'Mittel. Stammkund:innen fühlen sich in „ihrer“ Filiale geschätzt, in den anderen nicht erkannt. Nach dem Kauf hören die meisten erst wieder von uns, wenn die Inspektion fällig ist.',
  },
  ratings: cultureRatingsOf(PARTICIPANT_IDS, {
    mistakes: '521452',
    recognition: '323322',
    'employee-trust': '433443',
    'employee-valued': '322332',
    'customer-trust': '454454',
    'customer-valued': '343434',
  }),
  enps: { promoters: 21, passives: 25, detractors: 18 },
  careActions: [
    {
      id: 'care-ma-kommunizieren',
      audience: 'employees',
      pillar: 'communicate',
      text: 'Monatliche 20-Minuten-Runde in jeder Filiale: Zahlen, Kundenstimmen, was als Nächstes kommt – Werkstatt und Verkauf gemeinsam.',
    },
    {
      id: 'care-ma-wertschaetzen',
      audience: 'employees',
      pillar: 'appreciate',
      text: 'Die Geschäftsführerin arbeitet jeden Monat einen halben Tag in einer anderen Werkstatt mit.',
    },
    {
      id: 'care-ma-anerkennen',
      audience: 'employees',
      pillar: 'recognize',
      text: '„Rettung des Monats“: Das Team wählt die beste Kundenrettung; die Geschichte geht an alle Filialen, dazu ein freier Freitag.',
    },
    {
      id: 'care-ma-befaehigen',
      audience: 'employees',
      pillar: 'empower',
      text: 'Jede Mitarbeiterin und jeder Mitarbeiter darf bis 50 € pro Fall Kulanz gewähren, ohne zu fragen.',
    },
    {
      id: 'care-kd-kommunizieren',
      audience: 'customers',
      pillar: 'communicate',
      text: 'SMS, sobald das Rad fertig ist, mit Foto der getauschten Teile und dem Betrag.',
    },
    {
      id: 'care-kd-wuerdigen',
      audience: 'customers',
      pillar: 'acknowledge',
      text: 'Drei Wochen nach dem E-Bike-Kauf ruft die Person an, die beraten hat, und fragt, wie es läuft.',
    },
    {
      id: 'care-kd-reagieren',
      audience: 'customers',
      pillar: 'respond',
      text: 'Jede Beschwerde beantwortet die Filialleitung innerhalb von 24 Stunden persönlich.',
    },
    {
      id: 'care-kd-bereichern',
      audience: 'customers',
      pillar: 'enrich',
      text: 'Kostenlose Feierabendtouren und Fahrsicherheitstrainings für E-Bike-Einsteiger:innen.',
    },
  ],
}
