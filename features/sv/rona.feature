# language: sv
Egenskap: Omdirigering vid inget svar (OVIS)
  En begäran som agenten inte godkänner inom den tid administratören har angett går
  tillbaka till kön, och statusen ändras från Tillgänglig till OVIS (RONA). Agenten
  väljer sedan själv i popup-fönstret hur arbetet fortsätter.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-RONA-01 @RONA-1 @INT-1 @INT-3
  Scenario: En obesvarad begäran går tillbaka till kön och statusen blir OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och 18 sekunder passerar
    Så har begäran om röstsamtal gått tillbaka till kön
    Och är statusen "OVIS"
    Och ikonen är "RONA"
    Och statustimern visar "00:00"
    Och popup-fönstret för OVIS visar alternativen "Gå till viloläge" och "Gå till tillgänglig"

  @SC-RONA-02 @RONA-2 @INT-3
  Scenario: Ett röstsamtal kan godkännas efter 17 sekunder med standardgränsen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och 17 sekunder passerar
    Och agenten godkänner begäran om röstsamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    Och är statusen "Tillgänglig"
    När 1 minut passerar
    Så är statusen fortfarande "Tillgänglig"
    Och visas inget popup-fönster för OVIS

  @SC-RONA-03 @RONA-2 @INT-3
  Scenario: Ett röstsamtal som inte har godkänts inom 18 sekunder ger OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och 17 sekunder passerar
    Så väntar begäran om röstsamtal fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om röstsamtal gått tillbaka till kön

  @SC-RONA-04 @RONA-2 @INT-3
  Scenariomall: Ett röstsamtal ger OVIS exakt vid administratörens egen gräns
    Givet att administratören har satt maxtiden för att godkänna en begäran om röstsamtal till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och <strax_före> sekunder passerar
    Så väntar begäran om röstsamtal fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om röstsamtal gått tillbaka till kön

    Exempel:
      | gräns | strax_före |
      | 10    | 9          |
      | 45    | 44         |

  @SC-RONA-05 @RONA-2 @INT-3
  Scenariomall: Med en egen gräns kan röstsamtalet godkännas en sekund före gränsen
    Givet att administratören har satt maxtiden för att godkänna en begäran om röstsamtal till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och <strax_före> sekunder passerar
    Och agenten godkänner begäran om röstsamtal
    Och 1 minut passerar
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Engagerad"

    Exempel:
      | gräns | strax_före |
      | 10    | 9          |
      | 45    | 44         |

  @SC-RONA-06 @RONA-2 @INT-3
  Scenario: En begäran om chatt ger OVIS efter 30 sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och 29 sekunder passerar
    Så väntar begäran om chatt fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om chatt gått tillbaka till kön

  @SC-RONA-07 @RONA-2 @INT-3
  Scenario: En begäran om e-post ger OVIS efter 30 sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om e-post kommer in
    Och 29 sekunder passerar
    Så väntar begäran om e-post fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om e-post gått tillbaka till kön

  @SC-RONA-08 @RONA-2 @INT-3 @needs-social_channel
  Scenario: En begäran om sociala meddelanden ger OVIS efter 30 sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om sociala meddelanden kommer in
    Och 29 sekunder passerar
    Så väntar begäran om sociala meddelanden fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om sociala meddelanden gått tillbaka till kön

  @SC-RONA-09 @RONA-2 @INT-3
  Scenariomall: En begäran om chatt ger OVIS exakt vid administratörens egen gräns
    Givet att administratören har satt maxtiden för att godkänna en begäran om chatt till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och <strax_före> sekunder passerar
    Så väntar begäran om chatt fortfarande på svar
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"

    Exempel:
      | gräns | strax_före |
      | 15    | 14         |
      | 60    | 59         |

  @SC-RONA-10 @RONA-2 @INT-3
  Scenariomall: Med en egen gräns kan e-posten godkännas en sekund före gränsen
    Givet att administratören har satt maxtiden för att godkänna en begäran om e-post till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om e-post kommer in
    Och <strax_före> sekunder passerar
    Och agenten godkänner begäran om e-post
    Och 2 minuter passerar
    Så är statusen "Tillgänglig"
    Och interaktionskontrollpanelen visar "Ansluten" för e-postmeddelandet

    Exempel:
      | gräns | strax_före |
      | 20    | 19         |
      | 120   | 119        |

  @SC-RONA-11 @RONA-3 @INT-2
  Scenariomall: Godkännandeknappen blinkar från exakt fem sekunder före gränsen
    Givet att administratören har satt maxtiden för att godkänna en begäran om röstsamtal till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Så blinkar inte godkännandeknappen för röstsamtal
    När <utan_blink> sekunder passerar
    Så blinkar inte godkännandeknappen för röstsamtal
    När ytterligare 1 sekund passerar
    Så blinkar godkännandeknappen för röstsamtal
    När ytterligare 4 sekunder passerar
    Så blinkar godkännandeknappen för röstsamtal
    Och är statusen fortfarande "Tillgänglig"

    Exempel:
      | gräns | utan_blink |
      | 18    | 12         |
      | 9     | 3          |
      | 30    | 24         |

  @SC-RONA-12 @RONA-3 @INT-2
  Scenario: Godkännandeknappen för en chatt börjar blinka fem sekunder före gränsen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och 24 sekunder passerar
    Så blinkar inte godkännandeknappen för chatt
    När ytterligare 1 sekund passerar
    Så blinkar godkännandeknappen för chatt

  @SC-RONA-13 @RONA-3 @INT-2
  Scenariomall: Med en gräns på åtta sekunder eller mindre blinkar knappen aldrig
    Givet att administratören har satt maxtiden för att godkänna en begäran om röstsamtal till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Så blinkar inte godkännandeknappen för röstsamtal
    När <strax_före> sekunder passerar
    Så blinkar inte godkännandeknappen för röstsamtal
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"

    Exempel:
      | gräns | strax_före |
      | 8     | 7          |
      | 6     | 5          |

  @SC-RONA-14 @RONA-4 @INT-18 @reading-INT-18-at-once
  Scenario: Ett samtal till ett felaktigt uppringningsnummer kan inte levereras
    Givet att agentens uppringningsnummer är felaktigt
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Så har begäran om röstsamtal gått tillbaka till kön
    Och är statusen "OVIS"
    Och popup-fönstret för OVIS visar alternativen "Gå till viloläge" och "Gå till tillgänglig"

  @SC-RONA-15 @RONA-4 @INT-18
  Scenario: En felaktig anknytning påverkar inte en begäran om chatt
    Givet att agentens anknytning är felaktig
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Så väntar begäran om chatt på svar
    Och är statusen fortfarande "Tillgänglig"

  @SC-RONA-80 @RONA-4 @INT-18 @reading-INT-18-at-timeout
  Scenario: Ett samtal till ett felaktigt uppringningsnummer ringer tills maxtiden för att godkänna det har gått
    Givet att agentens uppringningsnummer är felaktigt
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och 17 sekunder passerar
    Så väntar begäran om röstsamtal fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så har begäran om röstsamtal gått tillbaka till kön
    Och är statusen "OVIS"
    Och popup-fönstret för OVIS visar alternativen "Gå till viloläge" och "Gå till tillgänglig"

  @SC-RONA-81 @RONA-4 @INT-18 @reading-INT-18-invalid-number
  Scenario: Ett samtal till ett felaktigt uppringningsnummer gör agenten inaktiv med systemets orsakskod Ogiltigt nummer
    Givet att agentens uppringningsnummer är felaktigt
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Så har begäran om röstsamtal gått tillbaka till kön
    Och är statusen "Ogiltigt nummer"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och ikonen är "Inaktiv"
    Och statustimern visar "00:00"
    Och visas inget popup-fönster för OVIS
    Och dirigeras inga förfrågningar till agenten
    När agenten väljer "Tillgänglig"
    Så är statusen "Tillgänglig"

  @SC-RONA-16 @RONA-5
  Scenario: Nätverks-, telefon- och enhetsproblem med ett inkommande samtal ger OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och samtalet inte når agenten på grund av ett nätverksproblem
    Så är statusen "OVIS"
    När agenten klickar på "Gå till tillgänglig"
    Och en begäran om röstsamtal kommer in
    Och samtalet inte når agenten på grund av ett telefonproblem
    Så är statusen "OVIS"
    När agenten klickar på "Gå till tillgänglig"
    Och en begäran om röstsamtal kommer in
    Och samtalet inte når agenten på grund av ett enhetsproblem
    Så är statusen "OVIS"
    Och har begäran om röstsamtal gått tillbaka till kön

  @SC-RONA-17 @RONA-6
  Scenario: Gå till viloläge ger administratörens standardorsak till viloläge
    Givet att administratören har valt "Möte" som standardorsak till viloläge
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    Och 1 minut passerar
    När agenten klickar på "Gå till viloläge"
    Så är statusen "Möte"
    Och statustimern visar "00:00"
    Och visas inget popup-fönster för OVIS
    Och inga förfrågningar dirigeras till agenten

  @SC-RONA-18 @RONA-7
  Scenario: Gå till tillgänglig gör agenten tillgänglig igen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och 30 sekunder passerar
    Och 1 minut passerar
    När agenten klickar på "Gå till tillgänglig"
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och visas inget popup-fönster för OVIS
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-RONA-19 @RONA-8 @INT-1
  Scenario: Agenten kan inte välja OVIS själv
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 1 minut passerar
    När agenten väljer "OVIS"
    Så nekas valet
    Och är statusen fortfarande "Tillgänglig"
    Och statustimern visar "01:00"

  @SC-RONA-20 @RONA-9 @INT-1
  Scenario: I OVIS levereras ingenting förrän agenten väljer Tillgänglig
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    När 10 minuter passerar
    Så dirigeras inga förfrågningar till agenten
    När en begäran om chatt kommer in
    Så nekas begäran
    När agenten väljer "Tillgänglig"
    Och en begäran om chatt kommer in
    Så väntar begäran om chatt på svar

  @SC-RONA-21 @RONA-9 @INT-3
  Scenario: När agenten blir OVIS går även andra väntande förfrågningar tillbaka till kön
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och 5 sekunder passerar
    Och en begäran om röstsamtal kommer in
    Och 18 sekunder passerar
    Så är statusen "OVIS"
    Och har begäran om röstsamtal gått tillbaka till kön
    Och har begäran om chatt gått tillbaka till kön

  @SC-RONA-22 @RONA-1 @INT-3
  Scenario: En begäran som väntar när agenten har valt en orsak till viloläge ger inte OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och agenten väljer "Lunchrast"
    Och 30 sekunder passerar
    Så har begäran om chatt gått tillbaka till kön
    Och är statusen fortfarande "Lunchrast"
    Och visas inget popup-fönster för OVIS

  @SC-RONA-23 @RONA-10 @INT-21
  Scenario: En avisering visas när skrivbordet inte är det aktiva fönstret
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När agenten byter till ett annat webbläsarfönster
    Och en begäran om röstsamtal kommer in
    Och 17 sekunder passerar
    Så visas ingen avisering om OVIS
    När ytterligare 1 sekund passerar
    Så visas en avisering om OVIS

  @SC-RONA-24 @RONA-10 @INT-21
  Scenario: Ingen avisering visas när skrivbordet är det aktiva fönstret
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och 18 sekunder passerar
    Så är statusen "OVIS"
    Och visas ingen avisering om OVIS

  @SC-RONA-25 @RONA-11 @INT-14 @INT-4 @reading-INT-14-rona-timer @reading-INT-4-total
  Scenario: Engagerad i RONA när en begäran i en annan kanal inte godkänns
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När en begäran om e-post kommer in
    Och 30 sekunder passerar
    Så är statusen "OVIS"
    Och ikonen är "Engagerad i RONA"
    Och statustimern visar "00:00"
    När 1 minut passerar
    Så visar statustimern "01:00"
    När agenten klickar på "Gå till tillgänglig"
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och visas ingen statustimer
    När 2 minuter passerar
    Och agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så visar statustimern "02:00"

  @SC-RONA-82 @RONA-11 @INT-14 @reading-INT-14-no-timer
  Scenario: Engagerad i RONA visar ingen statustimer medan samtalet pågår
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När en begäran om e-post kommer in
    Och 30 sekunder passerar
    Så är statusen "OVIS"
    Och ikonen är "Engagerad i RONA"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och visas ingen statustimer
    När 1 minut passerar
    Och agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "OVIS"
    Och statustimern visar "01:00"

  @SC-RONA-26 @RONA-11 @INT-14
  Scenario: Engagerad i RONA och Gå till viloläge medan samtalet pågår
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När en begäran om chatt kommer in
    Och 30 sekunder passerar
    Och agenten klickar på "Gå till viloläge"
    Så är statusen "Inaktiv"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och visas ingen statustimer
    När 3 minuter passerar
    Och agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "Inaktiv"
    Och statustimern visar "03:00"

  @SC-RONA-50 @RONA-2 @INT-3 @INT-19 @needs-campaign_calls
  Scenario: Ett kampanjsamtal som inte har godkänts inom 18 sekunder ger OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om kampanjsamtal kommer in
    Och 17 sekunder passerar
    Så väntar begäran om kampanjsamtal fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om kampanjsamtal gått tillbaka till kön

  @SC-RONA-51 @RONA-2 @INT-3 @INT-19 @needs-campaign_calls
  Scenariomall: Ett kampanjsamtal ger OVIS exakt vid administratörens egen gräns
    Givet att administratören har satt maxtiden för att godkänna en begäran om kampanjsamtal till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om kampanjsamtal kommer in
    Och <strax_före> sekunder passerar
    Så väntar begäran om kampanjsamtal fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om kampanjsamtal gått tillbaka till kön

    Exempel:
      | gräns | strax_före |
      | 12    | 11         |
      | 40    | 39         |

  @SC-RONA-52 @RONA-4 @INT-18 @reading-INT-18-at-once @needs-campaign_calls
  Scenario: Ett kampanjsamtal till ett felaktigt uppringningsnummer går genast tillbaka till kön och statusen blir OVIS
    Givet att agentens uppringningsnummer är felaktigt
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om kampanjsamtal kommer in
    Så har begäran om kampanjsamtal gått tillbaka till kön
    Och är statusen "OVIS"
    Och popup-fönstret för OVIS visar alternativen "Gå till viloläge" och "Gå till tillgänglig"

  @SC-RONA-53 @RONA-2 @INT-3 @needs-social_channel
  Scenariomall: En begäran om sociala meddelanden ger OVIS exakt vid administratörens egen gräns
    Givet att administratören har satt maxtiden för att godkänna en begäran om sociala meddelanden till <gräns> sekunder
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om sociala meddelanden kommer in
    Och <strax_före> sekunder passerar
    Så väntar begäran om sociala meddelanden fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om sociala meddelanden gått tillbaka till kön

    Exempel:
      | gräns | strax_före |
      | 20    | 19         |
      | 90    | 89         |

  @SC-RONA-54 @RONA-3 @INT-2
  Scenario: Godkännandeknappen för en begäran om e-post blinkar de sista fem av dess 30 sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om e-post kommer in
    Och 24 sekunder passerar
    Så blinkar inte godkännandeknappen för e-post
    När ytterligare 1 sekund passerar
    Så blinkar godkännandeknappen för e-post
    När ytterligare 4 sekunder passerar
    Så blinkar godkännandeknappen för e-post
    Och är statusen fortfarande "Tillgänglig"

  @SC-RONA-55 @RONA-3 @INT-2 @needs-social_channel
  Scenario: Godkännandeknappen för en begäran om sociala meddelanden blinkar de sista fem av dess 30 sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om sociala meddelanden kommer in
    Och 24 sekunder passerar
    Så blinkar inte godkännandeknappen för sociala meddelanden
    När ytterligare 1 sekund passerar
    Så blinkar godkännandeknappen för sociala meddelanden
    När ytterligare 4 sekunder passerar
    Så blinkar godkännandeknappen för sociala meddelanden
    Och är statusen fortfarande "Tillgänglig"

  @SC-RONA-70 @RONA-2 @INT-3
  Scenario: Med standardvärdena ger en begäran om röstsamtal OVIS efter 18 sekunder och en begäran om chatt efter 30
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och 17 sekunder passerar
    Så väntar begäran om röstsamtal fortfarande på svar
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om röstsamtal gått tillbaka till kön
    När agenten klickar på "Gå till tillgänglig"
    Och en begäran om chatt kommer in
    Och 29 sekunder passerar
    Så väntar begäran om chatt fortfarande på svar
    När ytterligare 1 sekund passerar
    Så är statusen "OVIS"
    Och har begäran om chatt gått tillbaka till kön

  @SC-RONA-71 @RONA-6 @INT-25
  Scenario: Gå till viloläge ger den konfigurerade standardorsaken till viloläge, vad den än heter
    Givet att administratören har konfigurerat orsakerna till viloläge:
      | Inaktiv |          |
      | Paus    | standard |
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och 30 sekunder passerar
    När agenten klickar på "Gå till viloläge"
    Så är statusen "Paus"
    Och visar statustimern "00:00"
    Och inga förfrågningar dirigeras till agenten

  @SC-RONA-27 @RONA-5 @INT-3
  Scenario: Ett samtal som inte når en agent som under tiden valt lunchrast går tillbaka till kön, och lunchrasten består
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har valt "Lunchrast"
    När samtalet inte når agenten på grund av ett nätverksproblem
    Så har begäran om röstsamtal gått tillbaka till kön
    Och är statusen fortfarande "Lunchrast"
    Och visas inget popup-fönster för OVIS

  @SC-RONA-28 @RONA-6 @RONA-7
  Scenario: Alternativen i popup-fönstret för OVIS nekas när inget popup-fönster för OVIS visas
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När agenten klickar på "Gå till viloläge"
    Så nekas alternativet Gå till viloläge
    Och är statusen fortfarande "Tillgänglig"
    När agenten klickar på "Gå till tillgänglig"
    Så nekas alternativet Gå till tillgänglig

  @SC-RONA-29 @RONA-1 @INT-3
  Scenario: Ett samtal som har gått tillbaka till kön kan inte längre godkännas, och inte heller misslyckas med att nå agenten
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    När agenten godkänner begäran om röstsamtal
    Så nekas godkännandet
    Och är statusen fortfarande "OVIS"
    När samtalet inte når agenten på grund av ett nätverksproblem
    Så nekas leveransfelet

  @SC-RONA-30 @RONA-2 @INT-3
  Scenario: En begäran om chatt väntar till en mikrosekund innan dess 30 sekunder har gått, och orsakar OVIS vid 30 sekunder
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och 29 sekunder passerar
    Och 999999 mikrosekunder passerar
    Så väntar begäran om chatt fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    När ytterligare 1 mikrosekund passerar
    Så är statusen "OVIS"
    Och har begäran om chatt gått tillbaka till kön

  @SC-RONA-31 @RONA-3 @INT-2
  Scenario: Godkännandeknappen börjar blinka när exakt 5 sekunder återstår, inte en mikrosekund tidigare
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och 24 sekunder passerar
    Och 999999 mikrosekunder passerar
    Så blinkar inte godkännandeknappen för chatt
    När ytterligare 1 mikrosekund passerar
    Så blinkar godkännandeknappen för chatt

  @SC-RONA-32 @AV-5 @TM-2 @INT-1
  Scenario: I OVIS kan agenten också välja en orsak till viloläge i listrutan, vilket stänger popup-fönstret
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    Och 1 minut passerar
    När agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    Och visas inget popup-fönster för OVIS
    Och statustimern visar "00:00"

  @SC-RONA-33 @RONA-10 @INT-21
  Scenario: Att gå tillbaka till skrivbordet när det redan är det aktiva fönstret ändrar ingenting
    Givet att agenten har loggat in
    När agenten går tillbaka till skrivbordet
    Så nekas återgången till skrivbordet

  @SC-RONA-34 @RONA-8 @INT-1
  Scenario: En inaktiv agent kan inte välja OVIS: valet nekas, inget popup-fönster för OVIS visas, och timern för Inaktiv fortsätter i hela sekunder
    Givet att agenten har loggat in
    Och 2 minuter passerar
    Och 30 sekunder passerar
    Och 500000 mikrosekunder passerar
    När agenten väljer "OVIS"
    Så nekas valet
    Och är statusen fortfarande "Inaktiv"
    Och statustimern visar "02:30"
    Och inget popup-fönster för OVIS visas
    Och dirigeras inga förfrågningar till agenten
    När ytterligare 400000 mikrosekunder passerar
    Så visar statustimern "02:30"
    När ytterligare 100000 mikrosekunder passerar
    Så visar statustimern "02:31"

  @SC-RONA-35 @RONA-8 @INT-1
  Scenario: En agent som är Engagerad i statusen Tillgänglig kan inte välja OVIS: valet nekas, och ikonen, samtalet och dirigeringen av chattar förblir som de var
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    När agenten väljer "OVIS"
    Så nekas valet
    Och är statusen fortfarande "Tillgänglig"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och interaktionskontrollpanelen visar "Ansluten" för samtalet
    Och inget popup-fönster för OVIS visas
    Och förfrågningar om chatt dirigeras till agenten

  @SC-RONA-36 @RONA-5
  Scenario: Bara ett inkommande samtal kan inte nå agenten: ett leveransfel för en begäran om chatt nekas och chatten väntar vidare
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    När begäran om chatt inte når agenten på grund av ett nätverksproblem
    Så nekas leveransfelet
    Och begäran om chatt väntar fortfarande på svar
    Och är statusen fortfarande "Tillgänglig"
    Och inget popup-fönster för OVIS visas
