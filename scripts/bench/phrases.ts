/**
 * Sentence templates for the synthetic articles, German and English. `{P0.nom}`, `{C1.gen}`, `{O0.summit}` …
 * are filled from cast.ts; a template naming an entity the cast lacks is skipped. Fillers carry no entities.
 */

/** The phrase bank of one language. */
export interface Phrases {
  readonly titles: readonly string[];
  readonly summaries: readonly string[];
  /** Sentences naming entities. */
  readonly entity: readonly string[];
  /** Sentences without entities, for length. */
  readonly filler: readonly string[];
  readonly headings: readonly string[];
  readonly listIntro: readonly string[];
  readonly listItems: readonly string[];
  readonly quotes: readonly string[];
  readonly closing: readonly string[];
}

export const GERMAN: Phrases = {
  titles: [
    "{P0} trifft {P1} in {city}",
    "{O0.summit}: {C0} und {C1} suchen den Ausgleich",
    "{P0} wirbt in {city} für engere Zusammenarbeit",
    "{C0.gen} Rolle in der {O0}",
    "Gespräche zwischen {C0} und {C1} über Handel und Energie",
    "{P1} und {P0} vereinbaren neue Verkehrswege",
  ],
  summaries: [
    "{C0.gen} {P0.role} hat am Rande des {O0.summit}s in {city} mit {P1.dat} über Handel, Verkehrswege und Energie gesprochen.",
    "Beim Treffen in {city} ging es um die Zukunft {O0.gen} und um die Beziehungen zwischen {C0} und {C1}.",
    "{P0} und {P1} wollen die Zusammenarbeit ihrer Länder ausbauen; Beobachter in {C1} bleiben skeptisch.",
  ],
  entity: [
    "Zum Auftakt des {O0.summit}s in {city} ist {P0.nom} mit {P1.dat} zusammengetroffen.",
    "Nach Angaben beider Seiten ging es bei dem Gespräch zwischen {C0} und {C1} vor allem um Handel und Verkehrsverbindungen.",
    "{C0} gehört seit Jahren zu den wichtigsten Handelspartnern {C1.gen}.",
    "Die {C0.adj}e Regierung setzt darauf, das Land als Drehscheibe zwischen {C1} und Europa zu etablieren.",
    "Ein erheblicher Teil des Güterverkehrs führt inzwischen über {C0.adj}es Gebiet.",
    "Für {P0} ist es bereits das zweite Treffen mit {P1} in diesem Jahr.",
    "Die Delegation {C1.gen} reiste mit mehr als hundert Mitgliedern nach {city}.",
    "In {C0.capital} wurde das Ergebnis der Beratungen zurückhaltend aufgenommen.",
    "Die Arbeit {O0.gen} steht nach Ansicht von Fachleuten vor einer Bewährungsprobe.",
    "Die Mitgliedstaaten {O0.gen} wollen bis zum Jahresende eine gemeinsame Erklärung vorlegen.",
    "Neben {P1} will {P0} in {city} auch Vertreter {C2.gen} treffen.",
    "Die {C2.adj}e Seite hatte zuvor Vorbehalte gegen den Entwurf angemeldet.",
    "Auch die {O1} verfolgt die Gespräche in {city} aufmerksam.",
    "Vertreter {O1.gen} nahmen als Beobachter an der Sitzung teil.",
    "Die Außenminister {C0.gen} und {C1.gen} hatten das Treffen in den vergangenen Wochen vorbereitet.",
    "Bei einer Pressekonferenz in {city} sprach {P1} von einem offenen und konstruktiven Austausch.",
    "Beobachter sehen in dem Treffen ein Signal an die übrigen Mitglieder {O0.gen}.",
    "{C1} hatte im vergangenen Jahr den Vorsitz der {O0} inne.",
    "Nach dem Treffen mit {P0} reiste {P1} weiter nach {C0.capital}.",
    "Die {O0} war zuletzt durch Meinungsverschiedenheiten zwischen {C0} und {C1} gelähmt.",
    "Die Wirtschaftsbeziehungen {C0.gen} zu {C1} haben sich in den vergangenen Jahren deutlich verstärkt.",
    "Die Gespräche des {C0.adj}en Präsidenten in {city} dauerten länger als geplant.",
  ],
  filler: [
    "Nach Angaben aus Delegationskreisen verliefen die Gespräche in sachlicher Atmosphäre.",
    "Konkrete Zahlen wurden zunächst nicht genannt.",
    "Fachleute rechnen damit, dass die Umsetzung der Vereinbarungen mehrere Jahre dauern wird.",
    "Die Verhandlungen über ein neues Abkommen sollen im Herbst fortgesetzt werden.",
    "Besonders umstritten war die Frage, wie künftige Investitionen finanziert werden sollen.",
    "Mehrere Teilnehmer verwiesen auf die angespannte Lage der Weltwirtschaft.",
    "Die Sicherheitsvorkehrungen rund um das Tagungszentrum waren außergewöhnlich streng.",
    "Journalisten durften nur einen kurzen Teil der Eröffnungssitzung verfolgen.",
    "Am Abend war ein gemeinsames Essen der Delegationen geplant.",
    "Die Abschlusserklärung soll nach Angaben von Diplomaten am Montag veröffentlicht werden.",
    "Kritiker bemängeln, dass viele frühere Zusagen bislang nicht eingelöst wurden.",
    "Auf der Tagesordnung standen außerdem Fragen der Energieversorgung und des Klimaschutzes.",
    "Unternehmen aus beiden Ländern unterzeichneten am Rande mehrere Absichtserklärungen.",
    "Die Zahl der Güterzüge auf der Strecke hat sich seit 2020 mehr als verdoppelt.",
    "Die Gastgeber hatten die Tagesordnung bewusst knapp gehalten.",
    "In den kommenden Monaten sollen Arbeitsgruppen die Einzelheiten klären.",
    "Ob die Pläne tatsächlich umgesetzt werden, hängt auch von der Finanzierung ab.",
    "Die Opposition warf der Regierung vor, zu große Zugeständnisse gemacht zu haben.",
    "Mehrere Nichtregierungsorganisationen forderten mehr Transparenz bei den Verhandlungen.",
    "Das Treffen war ursprünglich bereits für das Frühjahr geplant gewesen.",
    "Bis zuletzt war unklar, ob alle Teilnehmer persönlich anreisen würden.",
    "Die Ergebnisse sollen bei einem Folgetreffen im kommenden Jahr überprüft werden.",
  ],
  headings: [
    "Handel und Verkehrswege",
    "Ein schwieriges Verhältnis",
    "Energie als Schlüsselthema",
    "Die Rolle der Nachbarn",
    "Was als Nächstes kommt",
    "Erwartungen und Enttäuschungen",
  ],
  listIntro: ["Auf der Tagesordnung standen nach Angaben aus Delegationskreisen unter anderem:"],
  listItems: [
    "der Ausbau der Schienen- und Straßenverbindungen zwischen {C0} und {C1},",
    "Lieferungen von Rohstoffen und landwirtschaftlichen Produkten,",
    "gemeinsame Projekte bei erneuerbaren Energien,",
    "die künftige Arbeit {O0.gen},",
    "Fragen der regionalen Sicherheit,",
    "Erleichterungen bei der Visavergabe.",
  ],
  quotes: [
    "> {C0} will mit allen großen Nachbarn gut auskommen, ohne sich von einem allein abhängig zu machen. (sinngemäß wiedergegeben)",
    "> Wir haben heute mehr erreicht, als viele erwartet hatten. (sinngemäß wiedergegeben)",
  ],
  closing: [
    "Weitere Informationen finden sich auf der [Website des Sekretariats](https://www.example.org/summit/).",
    "Die Gespräche sollen beim nächsten Treffen in {C1.capital} fortgesetzt werden.",
  ],
};

export const ENGLISH: Phrases = {
  titles: [
    "{P0} meets {P1} in {city}",
    "{O0.summit}: {C0} and {C1} look for common ground",
    "{P0} makes the case for closer ties in {city}",
    "{C0.poss} role in {O0}",
    "{C0} and {C1} hold talks on trade and energy",
    "{P1} and {P0} agree on new transport links",
  ],
  summaries: [
    "{C0.poss} {P0.role} held talks with {P1.full} on trade, transport links and energy on the sidelines of the {O0.summit} in {city}.",
    "The meeting in {city} focused on the future of {O0} and on relations between {C0} and {C1}.",
    "{P0} and {P1} want their countries to work more closely together; observers in {C1} remain sceptical.",
  ],
  entity: [
    "{P0.nom} met {P1.full} in {city} on Sunday, as leaders gathered for the {O0.summit}.",
    "Both sides said the talks between {C0} and {C1} focused on trade, transport corridors and energy cooperation.",
    "{C0} is among {C1.poss} most important trading partners.",
    "The {C0.adj} government has spent years promoting the country as a hub between {C1} and Europe.",
    "Much of the freight traffic on that route now crosses {C0.adj} territory.",
    "It was the second meeting between {P0} and {P1} this year.",
    "The {C1.adj} delegation travelled to {city} with more than a hundred members.",
    "In {C0.capital}, officials gave the outcome of the talks a cautious welcome.",
    "Analysts say the work of {O0} faces a test in the months ahead.",
    "Members of {O0} want to present a joint statement by the end of the year.",
    "Besides {P1}, {P0} is expected to meet representatives of {C2} in {city}.",
    "The {C2.adj} side had raised objections to the draft beforehand.",
    "{O1.Cap} is also following the talks in {city} closely.",
    "Representatives of {O1} attended the session as observers.",
    "The foreign ministers of {C0} and {C1} had prepared the meeting over the past weeks.",
    "At a press conference in {city}, {P1} spoke of an open and constructive exchange.",
    "Observers read the meeting as a signal to the other members of {O0}.",
    "{C1} held the rotating chairmanship of {O0} last year.",
    "After the meeting with {P0}, {P1} travelled on to {C0.capital}.",
    "{O0.Cap} has recently been held back by disagreements between {C0} and {C1}.",
    "{C0.poss} economic ties with {C1} have grown markedly in recent years.",
    "{P0.poss} talks in {city} ran longer than planned.",
  ],
  filler: [
    "People familiar with the talks described the atmosphere as businesslike.",
    "No figures were given at first.",
    "Experts expect the agreements to take several years to implement.",
    "Negotiations on a new agreement are due to resume in the autumn.",
    "The most contested question was how future investment would be financed.",
    "Several participants pointed to the strained state of the world economy.",
    "Security around the conference centre was unusually tight.",
    "Journalists were allowed to follow only a short part of the opening session.",
    "A joint dinner for the delegations was planned for the evening.",
    "Diplomats said the final declaration would be published on Monday.",
    "Critics complain that many earlier pledges have yet to be honoured.",
    "Energy supply and climate protection were also on the agenda.",
    "Companies from both countries signed several memoranda of understanding on the sidelines.",
    "The number of freight trains on the route has more than doubled since 2020.",
    "The hosts had deliberately kept the agenda short.",
    "Working groups are to settle the details over the coming months.",
    "Whether the plans are carried out will also depend on the money.",
    "The opposition accused the government of conceding too much.",
    "Several non-governmental organisations called for more transparency in the negotiations.",
    "The meeting had originally been planned for the spring.",
    "Until the last moment it was unclear whether every participant would attend in person.",
    "The results are to be reviewed at a follow-up meeting next year.",
  ],
  headings: [
    "Trade and transport",
    "A difficult relationship",
    "Energy as the key issue",
    "The role of the neighbours",
    "What comes next",
    "Expectations and disappointments",
  ],
  listIntro: ["People familiar with the talks said the agenda included:"],
  listItems: [
    "better rail and road connections between {C0} and {C1},",
    "exports of raw materials and farm products,",
    "joint renewable-energy projects,",
    "the future work of {O0},",
    "questions of regional security,",
    "easier visa rules.",
  ],
  quotes: [
    "> {C0} wants good relations with all of its big neighbours without becoming dependent on any single one of them. (paraphrased)",
    "> We achieved more today than many had expected. (paraphrased)",
  ],
  closing: [
    "More is available on the [secretariat's website](https://www.example.org/summit/).",
    "The talks are due to continue at the next meeting in {C1.capital}.",
  ],
};
