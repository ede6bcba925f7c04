# language: sv
Egenskap: Tillgänglig och inaktiv
  Bara en agent med statusen Tillgänglig får kontaktförfrågningar. Inaktiv och de
  orsaker till viloläge som administratören har konfigurerat betyder att agenten är
  inloggad men inte redo.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-AV-01 @AV-1
  Scenario: Agenten väljer Tillgänglig efter inloggningen och tar emot förfrågningar
    Givet att agenten har loggat in
    När agenten väljer "Tillgänglig"
    Så är statusen "Tillgänglig"
    Och ikonen är "Tillgänglig"
    Och statustimern visar "00:00"
    När en begäran om chatt kommer in
    Så väntar begäran om chatt på svar

  @SC-AV-02 @AV-2 @INT-16
  Scenario: Bara statusen Tillgänglig dirigerar förfrågningar i alla kanaler
    Givet att agenten har loggat in
    Så dirigeras inga förfrågningar till agenten
    När agenten väljer "Tillgänglig"
    Så dirigeras förfrågningar i alla kanaler till agenten
    När agenten väljer "Möte"
    Så dirigeras inga förfrågningar till agenten

  @SC-AV-03 @AV-2 @INT-19 @needs-campaign_calls
  Scenario: En begäran om kampanjsamtal ringer hos en tillgänglig agent
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om kampanjsamtal kommer in
    Så visar interaktionskontrollpanelen "Ringer" för kampanjsamtalet

  @SC-AV-04 @AV-2 @INT-19 @needs-campaign_calls
  Scenario: En inaktiv agent får ingen begäran om kampanjsamtal
    Givet att agenten har loggat in
    När en begäran om kampanjsamtal kommer in
    Så nekas begäran
    Och är statusen fortfarande "Inaktiv"

  @SC-AV-05 @AV-3 @INT-9
  Scenariomall: Omladdning i Tillgänglig visar Inaktiv en kort stund och återställer timern
    Givet att det tar <återställning> sekunder att återställa statusen efter en omladdning
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Inaktiv"
    Och dirigeras inga förfrågningar till agenten
    När <strax_före> sekunder passerar
    Så är statusen fortfarande "Inaktiv"
    När ytterligare 1 sekund passerar
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

    Exempel:
      | återställning | strax_före |
      | 2             | 1          |
      | 5             | 4          |

  @SC-AV-06 @AV-3 @INT-9
  Scenario: Omladdning under en lunchrast behåller lunchrasten och dess timer
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har valt "Lunchrast"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Lunchrast"
    Och statustimern visar "05:00"

  @SC-AV-07 @AV-4
  Scenario: Agenten är inaktiv efter inloggningen och får inga förfrågningar
    När agenten loggar in
    Så är statusen "Inaktiv"
    Och dirigeras inga förfrågningar till agenten
    När en begäran om röstsamtal kommer in
    Så nekas begäran

  @SC-AV-08 @AV-5
  Scenario: Agenten väljer de orsaker till viloläge som administratören har konfigurerat
    Givet att agenten har loggat in
    När agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    När agenten väljer "Möte"
    Så är statusen "Möte"
    När agenten väljer "Utbildning"
    Så är statusen "Utbildning"
    Och ikonen är "Inaktiv"
    Och inga förfrågningar dirigeras till agenten

  @SC-AV-09 @AV-5
  Scenario: En orsak som administratören inte har konfigurerat kan inte väljas
    Givet att administratören inte har konfigurerat orsaken "Utbildning"
    Och agenten har loggat in
    När agenten väljer "Utbildning"
    Så nekas valet
    Och är statusen fortfarande "Inaktiv"

  @SC-AV-10 @AV-6 @INT-5
  Scenario: Agenten väljer en orsak till viloläge under en chatt med kunden
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten väljer "Möte"
    Så är statusen "Möte"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och dirigeras inga förfrågningar till agenten
    Och interaktionskontrollpanelen visar "Ansluten" för chatten

  @SC-AV-11 @AV-7 @INT-17
  Scenario: Arbetsledaren loggar ut en tillgänglig agent utan konversationer
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När arbetsledaren loggar ut agenten
    Så är statusen "Utloggad"
    Och inga förfrågningar dirigeras till agenten

  @SC-AV-12 @AV-7 @INT-17
  Scenario: Arbetsledaren loggar ut en inaktiv agent utan konversationer
    Givet att agenten har loggat in
    Och agenten har valt "Lunchrast"
    När arbetsledaren loggar ut agenten
    Så är statusen "Utloggad"

  @SC-AV-13 @AV-7 @INT-17
  Scenario: Arbetsledaren kan inte logga ut en agent som har en aktiv konversation
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om e-post har kommit in
    Och agenten har godkänt begäran om e-post
    När arbetsledaren loggar ut agenten
    Så nekas utloggningen
    Och är statusen fortfarande "Tillgänglig"

  @SC-AV-14 @AV-7 @INT-17
  Scenario: Arbetsledaren kan inte logga ut en agent medan en begäran väntar på svar
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    När arbetsledaren loggar ut agenten
    Så nekas utloggningen
    Och begäran om röstsamtal väntar fortfarande på svar

  @SC-AV-15 @AV-7 @INT-17
  Scenario: Arbetsledaren kan inte logga ut en agent i OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    När arbetsledaren loggar ut agenten
    Så nekas utloggningen
    Och är statusen fortfarande "OVIS"

  @SC-AV-16 @AV-8 @INT-9
  Scenario: Statusen finns kvar när agenten stänger webbläsaren och öppnar skrivbordet igen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har valt "Möte"
    Och 3 minuter passerar
    När agenten stänger webbläsaren och öppnar skrivbordet igen
    Så är statusen "Möte"
    Och statustimern visar "03:00"

  @SC-AV-17 @AV-8 @INT-9
  Scenario: Statusen Tillgänglig finns kvar när agenten rensar webbläsarens cacheminne
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten rensar webbläsarens cacheminne och öppnar skrivbordet igen
    Så är statusen "Inaktiv"
    När 2 sekunder passerar
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten
