# language: sv
Egenskap: Närvarosynkronisering med Microsoft Teams
  Om administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat
  närvarosynkronisering visas agentens synkroniserade status under användarprofilen.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-TS-01 @TS-1 @INT-10 @needs-teams_presence_sync
  Scenario: Användarprofilen visar Teams-närvaron när synkroniseringen är konfigurerad
    Givet att administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat närvarosynkronisering
    Och agenten har loggat in
    När 40 minuter passerar
    Så visar användarprofilen Teams-närvaron "Inaktiv"

  @SC-TS-02 @TS-1 @needs-teams_presence_sync
  Scenario: Utan Teams-anslutning visar användarprofilen ingen Teams-närvaro
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När 40 minuter passerar
    Så visar användarprofilen ingen Teams-närvaro

  @SC-TS-03 @TS-2 @INT-10 @needs-teams_presence_sync
  Scenario: Före den första inloggningens synkronisering arbetar agenten som vanligt, och efter 40 minuter visar Teams statusen
    Givet att administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat närvarosynkronisering
    Och agenten har loggat in
    När agenten väljer "Tillgänglig"
    Och 10 minuter passerar
    Så är statusen "Tillgänglig"
    Och förfrågningar i alla kanaler dirigeras till agenten
    När en begäran om chatt kommer in
    Så väntar begäran om chatt på svar
    När agenten godkänner begäran om chatt
    Och agenten avslutar chatten
    Och agenten slutför avslutet av chatten
    Och 30 minuter passerar
    Så visar användarprofilen Teams-närvaron "Tillgänglig"

  @SC-TS-04 @TS-3 @INT-10 @INT-30 @needs-teams_presence_sync
  Scenario: En ändrad status synkroniseras till Teams inom 12 sekunder
    Givet att administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat närvarosynkronisering
    Och agenten har loggat in
    Och 40 minuter passerar
    När agenten väljer "Tillgänglig"
    Och 12 sekunder passerar
    Så visar användarprofilen Teams-närvaron "Tillgänglig"
    När agenten väljer "Lunchrast"
    Och 12 sekunder passerar
    Så visar användarprofilen Teams-närvaron "Inaktiv"

  @SC-TS-05 @TS-3 @INT-10 @needs-teams_presence_sync
  Scenario: Engagerad synkroniseras till Teams inom 12 sekunder
    Givet att administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat närvarosynkronisering
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 40 minuter passerar
    När en begäran om röstsamtal kommer in
    Och agenten godkänner begäran om röstsamtal
    Och 12 sekunder passerar
    Så visar användarprofilen Teams-närvaron "Engagerad"

  @SC-TS-50 @TS-2 @TS-3 @INT-10 @INT-30 @needs-teams_presence_sync
  Scenario: Efter den första synkroniseringen når en utloggning och en senare inloggning Teams inom 12 sekunder var
    Givet att administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat närvarosynkronisering
    Och agenten har loggat in
    Och 40 minuter passerar
    När arbetsledaren loggar ut agenten
    Och 12 sekunder passerar
    Så visar användarprofilen Teams-närvaron "Utloggad"
    När agenten loggar in
    Och 12 sekunder passerar
    Så visar användarprofilen Teams-närvaron "Inaktiv"

  @SC-TS-51 @TS-3 @INT-10 @INT-30 @needs-teams_presence_sync
  Scenario: Teams visar OVIS som RONA och standardorsaken Möte som Inaktiv, inom 12 sekunder var
    Givet att administratören har konfigurerat Microsoft Teams-anslutningen och aktiverat närvarosynkronisering
    Och administratören har valt "Möte" som standardorsak till viloläge
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 40 minuter passerar
    När en begäran om röstsamtal kommer in
    Och 18 sekunder passerar
    Och 12 sekunder passerar
    Så visar användarprofilen Teams-närvaron "RONA"
    När agenten klickar på "Gå till viloläge"
    Och 12 sekunder passerar
    Så är statusen "Möte"
    Och användarprofilen visar Teams-närvaron "Inaktiv"
