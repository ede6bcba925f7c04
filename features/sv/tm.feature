# language: sv
Egenskap: Statustimer och ansluten timer
  Statustimern i tillgänglighetsfältet visar hur länge agenten har haft sin status. Varje
  godkänd begäran har en ansluten timer i uppgiftslistan, och interaktionskontrollpanelen
  visar dessutom en timer som beror på interaktionens tillstånd.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-TM-01 @TM-1 @INT-1
  Scenario: Statustimern går för Tillgänglig, OVIS och orsaker till viloläge
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När 1 minut passerar
    Så visar statustimern "01:00"
    När en begäran om röstsamtal kommer in
    Och 18 sekunder passerar
    Så visar statustimern "00:00"
    När 45 sekunder passerar
    Så är statusen "OVIS"
    Och statustimern visar "00:45"
    När agenten klickar på "Gå till viloläge"
    Och 2 minuter passerar
    Så är statusen "Inaktiv"
    Och statustimern visar "02:00"

  @SC-TM-02 @TM-1 @INT-8
  Scenario: Från en timme visar statustimern timmar, minuter och sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När 59 minuter passerar
    Och 59 sekunder passerar
    Så visar statustimern "59:59"
    När ytterligare 1 sekund passerar
    Så visar statustimern "01:00:00"

  @SC-TM-03 @TM-2
  Scenario: Statustimern börjar om på 00:00 när agenten byter status
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 3 minuter passerar
    När agenten väljer "Lunchrast"
    Så visar statustimern "00:00"
    När 1 minut passerar
    Och agenten väljer "Tillgänglig"
    Så visar statustimern "00:00"

  @SC-TM-04 @TM-2 @INT-23
  Scenario: Att välja den status agenten redan har nekas och timern fortsätter
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    När agenten väljer "Tillgänglig"
    Så nekas valet
    Och statustimern visar "02:00"

  @SC-TM-05 @TM-3 @INT-6
  Scenario: Viloläge i 10 minuter och sedan lunchrast i 20 minuter visar 20:00/30:00
    Givet att agenten har loggat in
    Så är statusen "Viloläge"
    När 10 minuter passerar
    Och agenten väljer "Lunchrast"
    Så visar statustimern "00:00/10:00"
    När 20 minuter passerar
    Så visar statustimern "20:00/30:00"

  @SC-TM-06 @TM-3 @INT-6
  Scenario: Tillgänglig avbryter den sammanlagda tiden i viloläge
    Givet att agenten har loggat in
    Och agenten har valt "Lunchrast"
    Och 5 minuter passerar
    Och agenten har valt "Tillgänglig"
    Och 1 minut passerar
    När agenten väljer "Möte"
    Så visar statustimern "00:00"
    När 2 minuter passerar
    Och agenten väljer "Utbildning"
    Så visar statustimern "00:00/02:00"

  @SC-TM-07 @TM-4 @INT-22
  Scenario: Ett samtal och en chatt som godkänns med två minuters mellanrum visar var sin ansluten timer i uppgiftslistan
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När 2 minuter passerar
    Och en begäran om chatt kommer in
    Och agenten godkänner begäran om chatt
    Och 1 minut passerar
    Så visar uppgiftslistan den anslutna timern "03:00" bredvid samtalet
    Och uppgiftslistan visar den anslutna timern "01:00" bredvid chatten

  @SC-TM-08 @TM-5 @VS-2 @INT-11
  Scenario: Interaktionskontrollpanelen visar parkerad tid bredvid Samtal i vänteläge
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 1 minut passerar
    När agenten parkerar samtalet
    Och 45 sekunder passerar
    Så visar interaktionskontrollpanelen "00:45" bredvid "Samtal i vänteläge"
    Och uppgiftslistan visar den anslutna timern "01:45" bredvid samtalet

  @SC-TM-09 @TM-5 @VS-5 @INT-11
  Scenario: Interaktionskontrollpanelen visar parkerad tid bredvid Rådgör i vänteläge
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    När agenten sätter den andra agenten i vänteläge
    Och 30 sekunder passerar
    Så visar interaktionskontrollpanelen "00:30" bredvid "Rådgör i vänteläge"

  @SC-TM-10 @TM-6 @INT-15
  Scenario: Historiken visar den totala tiden med kunden, konsultationen inräknad, och konsultationstiden för sig
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 2 minuter passerar
    När agenten begär en konsultation med en annan agent
    Och den andra agenten svarar
    Och 2 minuter passerar
    Och agenten sätter den andra agenten i vänteläge
    Och 1 minut passerar
    Och agenten avslutar samtalet
    Och 1 minut passerar
    Och agenten slutför avslutet av samtalet
    Så visar historiken för agentinteraktion totalt "05:00" för samtalet
    Och historiken för agentinteraktion visar konsultationstiden "03:00" för samtalet

  @SC-TM-70 @TM-2 @INT-24
  Scenario: Direkt efter ett statusbyte visar timern 00:00, och 00:01 en sekund senare
    Givet att agenten har loggat in
    Och 3 minuter passerar
    När agenten väljer "Tillgänglig"
    Så visar statustimern "00:00"
    När 1 sekund passerar
    Så visar statustimern "00:01"
    När 59 sekunder passerar
    Så visar statustimern "01:00"

  @SC-TM-50 @TM-5 @INT-11 @INT-31
  Scenario: Efter återtagningen börjar den andra timern om på 00:00 bredvid Ansluten medan den anslutna timern går vidare, och en ny parkering börjar på 00:00
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 1 minut passerar
    Och agenten parkerar samtalet
    Och 45 sekunder passerar
    När agenten återtar samtalet
    Så visar interaktionskontrollpanelen "00:00" bredvid "Ansluten"
    När 30 sekunder passerar
    Så visar interaktionskontrollpanelen "00:30" bredvid "Ansluten"
    Och uppgiftslistan visar den anslutna timern "02:15" bredvid samtalet
    När agenten parkerar samtalet
    Och 10 sekunder passerar
    Så visar interaktionskontrollpanelen "00:10" bredvid "Samtal i vänteläge"

  @SC-TM-51 @TM-6 @INT-15 @INT-32
  Scenario: Den totala tiden i historiken och den anslutna timern räknas från att samtalet godkänns, inte från att det började ringa
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 15 sekunder passerar
    Och agenten har godkänt begäran om röstsamtal
    Och 2 minuter passerar
    När agenten avslutar samtalet
    Så visar historiken för agentinteraktion totalt "02:00" för samtalet
    Och uppgiftslistan visar den anslutna timern "02:00" bredvid samtalet
