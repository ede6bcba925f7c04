# language: sv
Egenskap: Användningsfall
  Tabellen med användningsfall, rad för rad i tabellens ordning: vilken tillgänglighetsstatus
  som visas och vad timern visar.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-UC-01 @UC-1
  Scenario: Inaktiv är standardstatus när agenten loggar in
    När agenten loggar in
    Så är statusen "Inaktiv"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och statustimern visar "00:00"

  @SC-UC-02 @UC-2 @INT-6
  Scenario: Inaktiv till inaktiv när agenten byter till en annan orsak till viloläge
    Givet att agenten har loggat in
    När agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    Och statustimern visar "00:00/00:00"
    När agenten väljer "Inaktiv"
    Och 10 minuter passerar
    Och agenten väljer "Lunchrast"
    Och 20 minuter passerar
    Så visar statustimern "20:00/30:00"

  @SC-UC-03 @UC-3
  Scenario: Passiv till tillgänglig för att ta emot kontaktförfrågningar
    Givet att agenten har loggat in
    Och 3 minuter passerar
    När agenten väljer "Tillgänglig"
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-UC-04 @UC-4
  Scenario: Tillgänglig till engagerad när agenten godkänner en kontaktförfrågan
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    När agenten godkänner begäran om chatt
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och visas ingen statustimer

  @SC-UC-05 @UC-5 @INT-5
  Scenario: Engagerad i viloläge så att inga förfrågningar kommer under interaktionen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten väljer "Inaktiv"
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och visas ingen statustimer
    Och ikonen är "Engagerad i passivt tillstånd"
    Och dirigeras inga förfrågningar till agenten

  @SC-UC-06 @UC-6 @INT-4 @reading-INT-4-total
  Scenario: Engagerad till tillgänglig visar den totala tiden när interaktionen avslutas
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När 5 minuter passerar
    Och agenten avslutar samtalet
    Och 1 minut passerar
    Och agenten slutför avslutet av samtalet
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och statustimern visar "08:00"

  @SC-UC-07 @UC-7 @OD-1 @INT-7 @needs-outdial
  Scenario: Inaktiv till tillgänglig via engagerad när uppringningen är avslutad och inställningen är Ja
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    När agenten ringer ett uppringningssamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och visas ingen statustimer
    När 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"

  @SC-UC-08 @UC-8 @OD-2 @INT-7 @needs-outdial
  Scenario: Inaktiv till inaktiv via engagerad när uppringningen är avslutad och inställningen är Nej
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    När agenten ringer ett uppringningssamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och visas ingen statustimer
    När agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Inaktiv"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"

  @SC-UC-09 @UC-9 @RONA-11 @INT-14 @reading-INT-14-rona-timer
  Scenario: Engagerad i RONA när en begäran om e-post under ett samtal inte godkänns
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 5 minuter passerar
    När en begäran om e-post kommer in
    Och 30 sekunder passerar
    Så visar popup-fönstret för OVIS alternativen "Gå till passiv" och "Gå till tillgänglig"
    Och ikonen är "Engagerad i RONA"
    Och statustimern visar "00:00"
    När agenten klickar på "Gå till passiv"
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och visas ingen statustimer
    När 4 minuter passerar
    Och agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "Inaktiv"
    Och statustimern visar "04:00"

  @SC-UC-80 @UC-6 @INT-4 @reading-INT-4-restart
  Scenario: Engagerad till tillgänglig visar 00:00 när interaktionen avslutas, så som radens timerkolumn anger
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När 5 minuter passerar
    Och agenten avslutar samtalet
    Och 1 minut passerar
    Och agenten slutför avslutet av samtalet
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och statustimern visar "00:00"

  @SC-UC-81 @UC-9 @RONA-11 @INT-14 @reading-INT-14-no-timer
  Scenario: Engagerad i RONA visar ingen timer när en begäran om e-post under ett samtal inte godkänns
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 5 minuter passerar
    När en begäran om e-post kommer in
    Och 30 sekunder passerar
    Så visar popup-fönstret för OVIS alternativen "Gå till passiv" och "Gå till tillgänglig"
    Och ikonen är "Engagerad i RONA"
    Och visas ingen statustimer
    När agenten klickar på "Gå till passiv"
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och visas ingen statustimer
    När 4 minuter passerar
    Och agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "Inaktiv"
    Och statustimern visar "04:00"

  @SC-UC-10 @UC-2 @INT-6
  Scenario: Inaktiv till inaktiv efter 10 minuter i inloggningens Inaktiv visar 00:00/10:00, den totala tiden fortsätter genom ett andra byte, och båda delarna räknar hela sekunder
    Givet att agenten har loggat in
    Och 10 minuter passerar
    När agenten väljer "Möte"
    Så är statusen "Möte"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och statustimern visar "00:00/10:00"
    När 5 minuter passerar
    Och agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    Och statustimern visar "00:00/15:00"
    När 4 minuter passerar
    Och 59 sekunder passerar
    Och 500000 mikrosekunder passerar
    Så visar statustimern "04:59/19:59"
    När ytterligare 400000 mikrosekunder passerar
    Så visar statustimern "04:59/19:59"
    När ytterligare 100000 mikrosekunder passerar
    Så visar statustimern "05:00/20:00"

  @SC-UC-11 @UC-2 @INT-6 @INT-1
  Scenario: Inaktiv till inaktiv efter Tillgänglig och OVIS räknar i den totala tiden bara tiden i viloläge sedan Gå till viloläge
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    Och en begäran om röstsamtal har kommit in
    Och 20 sekunder passerar
    Och 2 minuter passerar
    När agenten klickar på "Gå till viloläge"
    Och 3 minuter passerar
    Och agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    Och statustimern visar "00:00/03:00"
    När 20 minuter passerar
    Så visar statustimern "20:00/23:00"

  @SC-UC-12 @UC-3 @INT-6
  Scenario: Passiv till tillgänglig från en lunchrast med total tid i viloläge visar Tillgänglig med 00:00 utan total tid, dirigerar alla kanaler och räknar hela sekunder
    Givet att agenten har loggat in
    Och 10 minuter passerar
    Och agenten har valt "Lunchrast"
    Och 20 minuter passerar
    När agenten väljer "Tillgänglig"
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och ikonen är "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten
    När 17 sekunder passerar
    Och 500000 mikrosekunder passerar
    Så visar statustimern "00:17"
    När ytterligare 400000 mikrosekunder passerar
    Så visar statustimern "00:17"
    När ytterligare 100000 mikrosekunder passerar
    Så visar statustimern "00:18"

  @SC-UC-13 @UC-3 @INT-5 @INT-16
  Scenario: Passiv till tillgänglig under en chatt ändrar ikonen tillbaka till Engagerad i statusen Tillgänglig, visar ingen statustimer och dirigerar förfrågningar igen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    Och agenten har valt "Lunchrast"
    Och 2 minuter passerar
    När agenten väljer "Tillgänglig"
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och visas ingen statustimer
    Och förfrågningar om röstsamtal dirigeras till agenten
    Och förfrågningar om e-post dirigeras till agenten
    Och förfrågningar om chatt dirigeras till agenten

  @SC-UC-14 @UC-4 @INT-3 @INT-20
  Scenario: Tillgänglig till engagerad sker när ett ringande samtal godkänns vid 17,5 sekunder, inte när det börjar ringa
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    Och en begäran om röstsamtal har kommit in
    När 17 sekunder passerar
    Och 500000 mikrosekunder passerar
    Så visar tillgänglighetsfältet etiketten "Tillgänglig"
    Och statustimern visar "02:17"
    När agenten godkänner begäran om röstsamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och visas ingen statustimer
    Och är statusen fortfarande "Tillgänglig"

  @SC-UC-15 @UC-5 @INT-5 @INT-16
  Scenario: Engagerad i viloläge under en chatt dirigerar ingen ny chatt trots att chattkapaciteten räcker, och visar ingen statustimer
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten väljer "Lunchrast"
    Och 45 sekunder passerar
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och visas ingen statustimer
    Och dirigeras inga förfrågningar till agenten
    När ytterligare en begäran om chatt kommer in
    Så nekas begäran

  @SC-UC-16 @UC-7 @OD-1 @INT-7 @INT-6 @needs-outdial
  Scenario: Inaktiv till tillgänglig via engagerad från en lunchrast med total tid i viloläge visar Engagerad i passivt tillstånd under uppringningen och sedan Tillgänglig med en timer utan total tid
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    Och 10 minuter passerar
    Och agenten har valt "Lunchrast"
    Och 5 minuter passerar
    När agenten ringer ett uppringningssamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och visas ingen statustimer
    Och dirigeras inga förfrågningar till agenten
    När 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten
    När 17 sekunder passerar
    Och 500000 mikrosekunder passerar
    Så visar statustimern "00:17"

  @SC-UC-17 @UC-8 @OD-2 @INT-7 @INT-6 @needs-outdial
  Scenario: Inaktiv till inaktiv via engagerad från en lunchrast behåller lunchrasten, och dess totala tid i viloläge fortsätter genom uppringningen
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    Och 10 minuter passerar
    Och agenten har valt "Lunchrast"
    Och 2 minuter passerar
    När agenten ringer ett uppringningssamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    När 3 minuter passerar
    Och 500000 mikrosekunder passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Lunchrast"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och statustimern visar "05:00/15:00"
    Och dirigeras inga förfrågningar till agenten

  @SC-UC-18 @UC-4 @INT-3 @needs-social_channel
  Scenario: Tillgänglig till engagerad sker när en begäran om sociala meddelanden godkänns vid 29,5 sekunder, och timern för Tillgänglig visas till dess
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om sociala meddelanden har kommit in
    När 29 sekunder passerar
    Och 500000 mikrosekunder passerar
    Så visar tillgänglighetsfältet etiketten "Tillgänglig"
    Och statustimern visar "00:29"
    När agenten godkänner begäran om sociala meddelanden
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och visas ingen statustimer
