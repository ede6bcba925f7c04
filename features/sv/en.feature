# language: sv
Egenskap: Engagerad
  Etiketten Engagerad visar att agenten är upptagen med en kund. Den är en etikett, inte en
  egen status: statusen under den finns kvar, och ikonen visar vilken den är.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-EN-01 @EN-1
  Scenario: När agenten godkänner en begäran visas etiketten Engagerad
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    När agenten godkänner begäran om röstsamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och är statusen fortfarande "Tillgänglig"

  @SC-EN-02 @EN-2 @INT-5
  Scenario: En orsak till viloläge under samtalet ändrar ikonen till Engagerad i passivt tillstånd
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten väljer "Lunchrast"
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och dirigeras inga förfrågningar till agenten

  @SC-EN-03 @EN-3 @INT-22 @INT-4 @reading-INT-4-total
  Scenario: Den anslutna timern visas i uppgiftslistan och inte i tillgänglighetsfältet
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När 4 minuter passerar
    Så visar uppgiftslistan den anslutna timern "04:00" bredvid chatten
    Och visas ingen statustimer
    När agenten avslutar chatten
    Och 1 minut passerar
    Så visar uppgiftslistan den anslutna timern "05:00" bredvid chatten
    När agenten slutför avslutet av chatten
    Så finns chatten inte längre i uppgiftslistan
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och statustimern visar "05:00"

  @SC-EN-04 @EN-4 @INT-16 @needs-social_channel @needs-campaign_calls
  Scenario: Engagerad i Tillgänglig tar emot förfrågningar i andra kanaler upp till kanalkapaciteten
    Givet att administratören har satt kanalkapaciteten för chatt till 2
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När en begäran om chatt kommer in
    Och agenten godkänner begäran om chatt
    Och ytterligare en begäran om chatt kommer in
    Och agenten godkänner begäran om chatt
    Så dirigeras inga förfrågningar om chatt till agenten
    Och inga förfrågningar om röstsamtal dirigeras till agenten
    Och inga förfrågningar om kampanjsamtal dirigeras till agenten
    Och förfrågningar om e-post dirigeras till agenten
    Och förfrågningar om sociala meddelanden dirigeras till agenten

  @SC-EN-05 @EN-5 @INT-4 @reading-INT-4-total
  Scenario: När interaktionen i Engagerad i Tillgänglig är klar blir agenten Tillgänglig
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 1 minut passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 3 minuter passerar
    När agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och ikonen är "Tillgänglig"
    Och statustimern visar "04:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-EN-80 @EN-5 @INT-4 @reading-INT-4-restart
  Scenario: När interaktionen i Engagerad i Tillgänglig är klar blir agenten Tillgänglig från 00:00
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 1 minut passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 3 minuter passerar
    När agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och ikonen är "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-EN-81 @EN-3 @INT-22 @INT-4 @reading-INT-4-restart
  Scenario: Den anslutna timern visas i uppgiftslistan och statustimern börjar om när chatten är klar
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När 4 minuter passerar
    Så visar uppgiftslistan den anslutna timern "04:00" bredvid chatten
    Och visas ingen statustimer
    När agenten avslutar chatten
    Och 1 minut passerar
    Så visar uppgiftslistan den anslutna timern "05:00" bredvid chatten
    När agenten slutför avslutet av chatten
    Så finns chatten inte längre i uppgiftslistan
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och statustimern visar "00:00"

  @SC-EN-06 @EN-6 @INT-5 @INT-4
  Scenario: När interaktionen i Engagerad i passivt tillstånd är klar behåller agenten orsaken
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten väljer "Utbildning"
    Och 2 minuter passerar
    Och agenten avslutar chatten
    Och agenten slutför avslutet av chatten
    Så är statusen "Utbildning"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och ikonen är "Inaktiv"
    Och statustimern visar "02:00"

  @SC-EN-50 @EN-3 @TM-4 @INT-22 @INT-29
  Scenario: Den anslutna timern visar samma värde i uppgiftslistan och i interaktionskontrollpanelen, bredvid den parkerade tiden, och ingen statustimer visas
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 1 minut passerar
    När agenten parkerar samtalet
    Och 45 sekunder passerar
    Så visar uppgiftslistan den anslutna timern "01:45" bredvid samtalet
    Och interaktionskontrollpanelen visar den anslutna timern "01:45" för samtalet
    Och interaktionskontrollpanelen visar "00:45" bredvid "Samtal i vänteläge"
    Och visas ingen statustimer

  @SC-EN-07 @EN-1
  Scenario: När agenten godkänner en begäran om e-post visas etiketten Engagerad med ikonen Engagerad i statusen Tillgänglig och ingen statustimer, och statusen under är fortfarande Tillgänglig
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 3 minuter passerar
    Och en begäran om e-post har kommit in
    När agenten godkänner begäran om e-post
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och visas ingen statustimer
    Och är statusen fortfarande "Tillgänglig"

  @SC-EN-08 @EN-2 @INT-5
  Scenario: Möte valt under en chatt ändrar ikonen från Engagerad i statusen Tillgänglig till Engagerad i passivt tillstånd, och etiketten förblir Engagerad utan statustimer
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    Så är ikonen "Engagerad i statusen Tillgänglig"
    När agenten väljer "Möte"
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och visas ingen statustimer
    Och är statusen "Möte"

  @SC-EN-09 @EN-4 @INT-16
  Scenario: Engagerad i en chatt får agenten fler chattar tills tre är godkända, och samtal och e-post hela tiden
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    Så dirigeras förfrågningar om chatt till agenten
    Och förfrågningar om röstsamtal dirigeras till agenten
    Och förfrågningar om e-post dirigeras till agenten
    När ytterligare en begäran om chatt kommer in
    Och agenten godkänner begäran om chatt
    Så dirigeras förfrågningar om chatt till agenten
    När ytterligare en begäran om chatt kommer in
    Och agenten godkänner begäran om chatt
    Så dirigeras inga förfrågningar om chatt till agenten
    Och förfrågningar om röstsamtal dirigeras till agenten
    Och förfrågningar om e-post dirigeras till agenten

  @SC-EN-10 @EN-4 @INT-16
  Scenario: Engagerad i ett samtal fyller en begäran om e-post som väntar på svar e-postkapaciteten, medan chattar fortfarande dirigeras
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När en begäran om e-post kommer in
    Och 29 sekunder passerar
    Så väntar begäran om e-post fortfarande på svar
    Och inga förfrågningar om e-post dirigeras till agenten
    Och inga förfrågningar om röstsamtal dirigeras till agenten
    Och förfrågningar om chatt dirigeras till agenten

  @SC-EN-11 @EN-6 @INT-5 @INT-4
  Scenario: När ett samtal i Engagerad i passivt tillstånd avslutas visas lunchrasten som valdes under det, med de hela sekunderna sedan den valdes
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 1 minut passerar
    När agenten väljer "Lunchrast"
    Och 2 minuter passerar
    Och 30 sekunder passerar
    Och 500000 mikrosekunder passerar
    Och agenten avslutar samtalet
    Och 20 sekunder passerar
    Och agenten slutför avslutet av samtalet
    Så är statusen "Lunchrast"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och ikonen är "Inaktiv"
    Och statustimern visar "02:50"
    Och dirigeras inga förfrågningar till agenten
    När ytterligare 400000 mikrosekunder passerar
    Så visar statustimern "02:50"
    När ytterligare 100000 mikrosekunder passerar
    Så visar statustimern "02:51"

  @SC-EN-12 @EN-1 @INT-19 @needs-campaign_calls
  Scenario: När agenten godkänner ett kampanjsamtal visas etiketten Engagerad med ikonen Engagerad i statusen Tillgänglig och ingen statustimer, och kampanjsamtalet är anslutet
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om kampanjsamtal har kommit in
    När agenten godkänner begäran om kampanjsamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och visas ingen statustimer
    Och är statusen fortfarande "Tillgänglig"
    Och interaktionskontrollpanelen visar "Ansluten" för kampanjsamtalet

  @SC-EN-13 @EN-2 @RONA-11 @INT-5 @INT-14
  Scenario: Möte valt i listrutan medan agenten är Engagerad i RONA ändrar ikonen till Engagerad i passivt tillstånd och stänger popup-fönstret för OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och en begäran om e-post har kommit in
    Och 30 sekunder passerar
    Så är ikonen "Engagerad i RONA"
    När agenten väljer "Möte"
    Så är statusen "Möte"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och visas ingen statustimer
    Och inget popup-fönster för OVIS visas
    Och dirigeras inga förfrågningar till agenten
