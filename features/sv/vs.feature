# language: sv
Egenskap: Röstsamtalstillstånd
  Interaktionskontrollpanelen visar vilket tillstånd ett röstsamtal har, beroende på vad
  agenten gör med kunden och med en annan agent.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"

  @SC-VS-01 @VS-1 @INT-20
  Scenario: Ringer när popup-fönstret för inkommande samtal visas
    När en begäran om röstsamtal kommer in
    Så visar interaktionskontrollpanelen "Ringer" för samtalet

  @SC-VS-02 @VS-2
  Scenario: Samtal i vänteläge när agenten parkerar kunden, och Ansluten igen när samtalet återtas
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten parkerar samtalet
    Så visar interaktionskontrollpanelen "Samtal i vänteläge" för samtalet
    När agenten återtar samtalet
    Så visar interaktionskontrollpanelen "Ansluten" för samtalet

  @SC-VS-03 @VS-3
  Scenario: Konsultation begärd när agenten har initierat ett konsultsamtal
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten begär en konsultation med en annan agent
    Så visar interaktionskontrollpanelen "Konsultation begärd" för samtalet

  @SC-VS-04 @VS-4
  Scenario: Konsultation när agenten rådfrågar en annan agent
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    Så visar interaktionskontrollpanelen "Konsultation" för samtalet

  @SC-VS-05 @VS-5
  Scenario: Rådgör i vänteläge när agenten har parkerat agenten den rådfrågar, och Konsultation igen när samtalet återtas
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    När agenten sätter den andra agenten i vänteläge
    Så visar interaktionskontrollpanelen "Rådgör i vänteläge" för samtalet
    När agenten återtar samtalet
    Så visar interaktionskontrollpanelen "Konsultation" för samtalet

  @SC-VS-06 @VS-6
  Scenario: Konferens med kunden och en annan agent
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    När agenten kopplar ihop samtalet till en konferens
    Så visar interaktionskontrollpanelen "Konferens" för samtalet

  @SC-VS-07 @VS-7
  Scenario: Avslut när agenten har avslutat röstsamtalet med kunden, och samtalet försvinner ur uppgiftslistan när avslutet är klart
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten avslutar samtalet
    Så visar interaktionskontrollpanelen "Avslut" för samtalet
    När agenten slutför avslutet av samtalet
    Så finns samtalet inte längre i uppgiftslistan

  @SC-VS-08 @VS-2 @VS-3 @VS-7
  Scenario: En konsultation kan begäras från Samtal i vänteläge, och samtalet kan avslutas medan konsultationen bara är begärd
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och agenten parkerar samtalet
    När agenten begär en konsultation med en annan agent
    Så visar interaktionskontrollpanelen "Konsultation begärd" för samtalet
    När agenten avslutar samtalet
    Så visar interaktionskontrollpanelen "Avslut" för samtalet

  @SC-VS-09 @VS-2 @VS-7
  Scenario: Ett samtal kan avslutas medan kunden är parkerad
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten parkerar samtalet
    Och agenten avslutar samtalet
    Så visar interaktionskontrollpanelen "Avslut" för samtalet

  @SC-VS-10 @VS-4 @VS-7
  Scenario: Ett samtal kan avslutas medan agenten rådfrågar en annan agent
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    När agenten avslutar samtalet
    Så visar interaktionskontrollpanelen "Avslut" för samtalet

  @SC-VS-11 @VS-5 @VS-6
  Scenario: En konferens kan startas medan den rådfrågade agenten är i vänteläge
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    Och agenten sätter den andra agenten i vänteläge
    När agenten kopplar ihop samtalet till en konferens
    Så visar interaktionskontrollpanelen "Konferens" för samtalet

  @SC-VS-12 @VS-2 @VS-7
  Scenario: Att återta ett samtal som inte är parkerat, och att parkera ett samtal som har lämnat uppgiftslistan, nekas
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten återtar samtalet
    Så nekas återtagandet eftersom tillståndet inte tillåter det
    Och visar interaktionskontrollpanelen "Ansluten" för samtalet
    När agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Och agenten parkerar samtalet
    Så nekas parkeringen

  @SC-VS-13 @VS-7
  Scenario: Avslutet kan slutföras bara för ett samtal i Avslut, och bara en gång
    Givet att en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten slutför avslutet av samtalet
    Så nekas slutförandet av avslutet
    Och visar interaktionskontrollpanelen "Ansluten" för samtalet
    När agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Och agenten slutför avslutet av samtalet
    Så nekas slutförandet av avslutet

  @SC-VS-14 @VS-1 @INT-20 @INT-3
  Scenario: Ett samtal visar Ringer vid 17,5 och 17,9 sekunder, tills det godkänns, och sedan Ansluten
    När en begäran om röstsamtal kommer in
    Och 17 sekunder passerar
    Och 500000 mikrosekunder passerar
    Så visar interaktionskontrollpanelen "Ringer" för samtalet
    När ytterligare 400000 mikrosekunder passerar
    Så visar interaktionskontrollpanelen "Ringer" för samtalet
    När agenten godkänner begäran om röstsamtal
    Så visar interaktionskontrollpanelen "Ansluten" för samtalet

  @SC-VS-15 @VS-1 @INT-20 @INT-16
  Scenario: En begäran om chatt som väntar på svar visar Erbjuden, inte Ringer, och ett samtal som kommer in medan chatten är ansluten visar Ringer
    När en begäran om chatt kommer in
    Så visar interaktionskontrollpanelen "Erbjuden" för chatten
    När agenten godkänner begäran om chatt
    Och en begäran om röstsamtal kommer in
    Så visar interaktionskontrollpanelen "Ringer" för samtalet
    Och interaktionskontrollpanelen visar "Ansluten" för chatten
