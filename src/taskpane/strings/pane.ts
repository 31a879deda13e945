/**
 * Strings of the pane's frame: header, overview, tabs, theme cards, states. Same keys in nl and
 * en. `{name}` marks a value filled in with `formatString`. Words are those of Word's own Dutch
 * interface: alinea, thema, tekstblok, invoegen, opmerking.
 */
export const paneStrings = {
  nl: {
    productName: "Argumentenhulp",
    paneIntro:
      "Argumentenhulp leest je aanvraag en laat zien welke argumenten uit het rapport De Kracht van Samen er al in staan en welke nog ontbreken.",
    audienceHintNone: "Kies je ontvanger: dan staat bovenaan wat die het zwaarst laat wegen.",
    audienceHint:
      "Voor een {audience} wegen {themes} het zwaarst. Ontbreken ze, dan staan ze bovenaan.",
    audienceReordered: "De volgorde is aangepast.",
    overviewLegendLabel: "Wat de rondjes betekenen",
    overviewLegendItem: "{status} ({n})",
    overviewDotsHint: "Elk rondje is een thema. Kies een rondje om het thema te openen.",
    startHereHeading: "Begin hier",
    startHereFor:
      "Er staan nog weinig argumenten in je tekst ({covered} van {total}). Begin met deze drie: ze wegen het zwaarst voor een {audience}.",
    startHereGeneral:
      "Er staan nog weinig argumenten in je tekst ({covered} van {total}). Begin met deze drie.",
    otherOpenHeading: "Ook nog open",
    reportSays: "Het rapport zegt ({section}):",
    weakHeading: "Wat er al staat",
    "weakness.faint": "Alinea {n} noemt {phrases}, maar zegt het één keer en nog niet duidelijk.",
    "weakness.short-line":
      "Alinea {n} noemt {phrases}, maar in een korte regel of kop, nog niet als je eigen argument.",
    "weakness.quotation":
      "Alinea {n} noemt {phrases}, maar in een citaat, nog niet in je eigen woorden.",
    weakPhrasesNone: "het thema",
    strongerHeading: "Wat nog ontbreekt",
    refresh: "Vernieuwen",
    refreshing: "Bezig met lezen…",
    moreMenu: "Meer",
    about: "Over",
    help: "Help",
    close: "Sluiten",
    aboutTitle: "Over Argumentenhulp",
    aboutBody:
      "Argumentenhulp leest je aanvraag en laat zien welke argumenten uit het rapport De Kracht van Samen (Oranje Fonds) je tekst al maakt en welke nog ontbreken. De tekstblokken citeren het rapport letterlijk. Je tekst blijft op je eigen computer: er wordt niets verstuurd.",
    aboutVersion: "Versie {version}",
    aboutHelpLink: "Hulp en installeren",
    aboutPrivacyLink: "Privacy: wat Argumentenhulp leest en bewaart",
    aboutLinksLabel: "Meer over Argumentenhulp (opent in je browser)",
    helpTitle: "Zo werkt het",
    helpBody1:
      "Kies bovenaan voor wie je schrijft: gemeente, ministerie, fonds of woningcorporatie.",
    helpBody2:
      "Onder Ontbreekt staan de thema’s die je tekst nog niet noemt. Open een thema om te lezen waarom het telt en voeg een tekstblok in: het komt na de alinea waar je cursor staat.",
    helpBody3:
      "Onder Aanwezig zie je welke alinea’s een thema al onderbouwen. Met Toon spring je naar die alinea.",
    helpBody4:
      "Met Ctrl+Z in Word haal je een invoeging weer weg; soms is daar meer dan één keer Ctrl+Z voor nodig.",
    paragraphCountOne: "1 alinea",
    paragraphCountOther: "{n} alinea’s",
    audienceLabel: "Aan wie schrijf je?",
    audiencePlaceholder: "Kies een ontvanger",
    overviewScore: "{covered} van {total} thema’s in je tekst",
    overviewScoreNotRelevant: "{covered} van {total} thema’s in je tekst, {n} niet van toepassing",
    overviewDotsLabel: "Thema’s van het rapport",
    statusCovered: "Aanwezig",
    statusWeak: "Zwak",
    statusMissing: "Ontbreekt",
    statusNotRelevant: "Niet van toepassing",
    tabsLabel: "Weergave",
    tabMissing: "Ontbreekt ({n})",
    tabCovered: "Aanwezig ({n})",
    tabLibrary: "Bibliotheek",
    noneMissing:
      "Je tekst noemt alle thema’s. Mooi werk! Kijk onder Aanwezig of de alinea’s het sterk genoeg zeggen.",
    noneCovered: "Je tekst noemt nog geen van de thema’s. Begin bij Ontbreekt.",
    whyHeading: "Waarom dit telt",
    tipHeading: "Wat je kunt doen",
    evidenceHeading: "Waar je tekst dit zegt",
    suggestionsHeading: "Tekstblokken uit het rapport",
    paragraphLabel: "Alinea {n}",
    fromReport: "Tekstblok uit het rapport ({section})",
    fromOwnBlock: "Eigen tekstblok: ‘{title}’",
    show: "Toon",
    showParagraphLabel: "Toon alinea {n} in het document",
    selectFailed: "Alinea {n} kon niet worden geselecteerd. {reason}",
    selectUnsupported:
      "Deze versie van Word kan niet naar een alinea springen. Zoek alinea {n} zelf op.",
    notRelevant: "Past niet bij mijn aanvraag",
    notRelevantDone: "{theme} staat op niet van toepassing.",
    undo: "Ongedaan maken",
    undoDone: "{theme} telt weer mee.",
    notRelevantSection: "Niet van toepassing ({n})",
    countAgain: "Toch meenemen",
    adviceActivities:
      "Tip: alinea {n} noemt activiteiten, maar niet wat ze opleveren. Zeg ook wat er voor bewoners verandert.",
    adviceCounter: "{i} van {n}",
    adviceNext: "Volgende tip",
    adviceDismiss: "Tip verbergen",
    reviewDone: "{covered} van {total} thema’s in je tekst",
    loading: "Je tekst wordt gelezen…",
    emptyTitle: "Je document is nog leeg",
    emptyBody:
      "Geen probleem. Dit zijn de thema’s uit het rapport om naartoe te schrijven. Begin met typen of voeg een tekstblok in uit de bibliotheek.",
    emptyChecklist: "Thema’s om naartoe te schrijven",
    errorTitle: "Het document kon niet worden gelezen",
    errorBody: "Je tekst is niet veranderd. Probeer het opnieuw.",
    retry: "Opnieuw proberen",
    unsupportedTitle: "Deze versie van Word wordt niet ondersteund",
    unsupportedBody:
      "Argumentenhulp heeft Word API 1.1 of nieuwer nodig: Word 2016 of nieuwer op Windows of Mac, Word voor het web of Word in Microsoft 365.",
    missingFeatures: "Op deze Word-versie werkt niet alles:",
    readOnlyTitle: "Alleen lezen",
    readOnlyBody:
      "Dit document kan niet worden bewerkt. Je ziet de beoordeling, maar kunt geen tekstblokken invoegen.",
    notDutchTitle: "Je tekst lijkt niet Nederlands",
    notDutchBody:
      "Argumentenhulp herkent de thema’s in Nederlandse tekst. De beoordeling loopt door, maar kan thema’s missen.",
    settingsNotSaved:
      "Je keuze kon niet in het document worden bewaard. Hij geldt tot je het venster sluit.",
    notWordTitle: "Dit is een invoegtoepassing voor Word",
    notWordBody:
      "Open Argumentenhulp in Microsoft Word (Invoegen → Invoegtoepassingen). Wil je het eerst uitproberen? Open dan de voorbeeldpagina.",
    notWordLink: "Open de voorbeeldpagina",
    previewTitle: "Argumentenhulp – voorbeeld",
    previewDocumentLabel: "Voorbeelddocument",
    previewIntro:
      "Dit is een voorbeeldaanvraag. Typ erin, zet je cursor in een alinea en voeg tekstblokken in vanuit het taakvenster (rechts, of onder het document op een smal scherm).",
    previewPaneLabel: "Taakvenster",
  },
  en: {
    productName: "Argumentenhulp",
    paneIntro:
      "Argumentenhulp reads your application and shows which arguments from the report De Kracht van Samen it already makes and which are still missing.",
    audienceHintNone: "Choose your recipient: what they weigh most then comes first.",
    audienceHint: "For a {audience}, {themes} weigh most. If they are missing, they come first.",
    audienceReordered: "The order has changed.",
    overviewLegendLabel: "What the circles mean",
    overviewLegendItem: "{status} ({n})",
    overviewDotsHint: "Each circle is a theme. Choose a circle to open its theme.",
    startHereHeading: "Start here",
    startHereFor:
      "Your text makes few of the arguments yet ({covered} of {total}). Start with these three: they weigh most for a {audience}.",
    startHereGeneral:
      "Your text makes few of the arguments yet ({covered} of {total}). Start with these three.",
    otherOpenHeading: "Also still open",
    reportSays: "The report says ({section}, in Dutch):",
    weakHeading: "What is there already",
    "weakness.faint": "Paragraph {n} mentions {phrases}, but says it once and not clearly yet.",
    "weakness.short-line":
      "Paragraph {n} mentions {phrases}, but in a short line or heading, not yet as your own argument.",
    "weakness.quotation":
      "Paragraph {n} mentions {phrases}, but in a quotation, not yet in your own words.",
    weakPhrasesNone: "the theme",
    strongerHeading: "What is still missing",
    refresh: "Refresh",
    refreshing: "Reading…",
    moreMenu: "More",
    about: "About",
    help: "Help",
    close: "Close",
    aboutTitle: "About Argumentenhulp",
    aboutBody:
      "Argumentenhulp reads your application and shows which arguments of the report De Kracht van Samen (Oranje Fonds) your text already makes and which are missing. The text blocks quote the report word for word. Your text stays on your own computer: nothing is sent anywhere.",
    aboutVersion: "Version {version}",
    aboutHelpLink: "Help and installing",
    aboutPrivacyLink: "Privacy: what Argumentenhulp reads and keeps",
    aboutLinksLabel: "More about Argumentenhulp (opens in your browser)",
    helpTitle: "How it works",
    helpBody1:
      "At the top, choose who you are writing to: municipality, ministry, fund or housing corporation.",
    helpBody2:
      "Missing lists the themes your text does not mention yet. Open a theme to read why it matters and insert a text block: it goes after the paragraph holding your cursor.",
    helpBody3:
      "Present shows which paragraphs already argue a theme. Show jumps to that paragraph.",
    helpBody4:
      "Press Ctrl+Z in Word to take an insert out again; it may take more than one Ctrl+Z.",
    paragraphCountOne: "1 paragraph",
    paragraphCountOther: "{n} paragraphs",
    audienceLabel: "Who are you writing to?",
    audiencePlaceholder: "Choose a recipient",
    overviewScore: "{covered} of {total} themes in your text",
    overviewScoreNotRelevant: "{covered} of {total} themes in your text, {n} not applicable",
    overviewDotsLabel: "The report’s themes",
    statusCovered: "Present",
    statusWeak: "Weak",
    statusMissing: "Missing",
    statusNotRelevant: "Not applicable",
    tabsLabel: "View",
    tabMissing: "Missing ({n})",
    tabCovered: "Present ({n})",
    tabLibrary: "Library",
    noneMissing:
      "Your text mentions every theme. Well done! Check under Present whether the paragraphs say it strongly enough.",
    noneCovered: "Your text does not mention any theme yet. Start with Missing.",
    whyHeading: "Why it matters",
    tipHeading: "What you can do",
    evidenceHeading: "Where your text says this",
    suggestionsHeading: "Text blocks from the report",
    paragraphLabel: "Paragraph {n}",
    fromReport: "The report’s own block ({section})",
    fromOwnBlock: "Your own block: ‘{title}’",
    show: "Show",
    showParagraphLabel: "Show paragraph {n} in the document",
    selectFailed: "Paragraph {n} could not be selected. {reason}",
    selectUnsupported:
      "This version of Word cannot jump to a paragraph. Look up paragraph {n} yourself.",
    notRelevant: "Does not fit my application",
    notRelevantDone: "{theme} is marked not applicable.",
    undo: "Undo",
    undoDone: "{theme} counts again.",
    notRelevantSection: "Not applicable ({n})",
    countAgain: "Count it again",
    adviceActivities:
      "Tip: paragraph {n} names activities but not what they achieve. Say what changes for residents too.",
    adviceCounter: "{i} of {n}",
    adviceNext: "Next tip",
    adviceDismiss: "Hide tip",
    reviewDone: "{covered} of {total} themes in your text",
    loading: "Reading your text…",
    emptyTitle: "Your document is still empty",
    emptyBody:
      "No problem. These are the report’s themes to write toward. Start typing or insert a text block from the library.",
    emptyChecklist: "Themes to write toward",
    errorTitle: "The document could not be read",
    errorBody: "Your text has not changed. Please try again.",
    retry: "Try again",
    unsupportedTitle: "This version of Word is not supported",
    unsupportedBody:
      "Argumentenhulp needs Word API 1.1 or later: Word 2016 or later on Windows or Mac, Word on the web, or Word in Microsoft 365.",
    missingFeatures: "Not everything works in this version of Word:",
    readOnlyTitle: "Read-only",
    readOnlyBody:
      "This document cannot be edited. You can see the review but cannot insert text blocks.",
    notDutchTitle: "Your text does not look Dutch",
    notDutchBody:
      "Argumentenhulp recognises the themes in Dutch text. The review still runs but may miss themes.",
    settingsNotSaved:
      "Your choice could not be saved in the document. It applies until you close the pane.",
    notWordTitle: "This is an add-in for Word",
    notWordBody:
      "Open Argumentenhulp in Microsoft Word (Insert → Add-ins). Want to try it first? Open the preview page.",
    notWordLink: "Open the preview page",
    previewTitle: "Argumentenhulp – preview",
    previewDocumentLabel: "Sample document",
    previewIntro:
      "This is a sample application. Type in it, put your cursor in a paragraph and insert text blocks from the task pane (on the right, or below the document on a narrow screen).",
    previewPaneLabel: "Task pane",
  },
} satisfies Record<"nl" | "en", Record<string, string>>;
