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

  @SC-AV-05 @AV-3 @INT-9 @reading-INT-9-flicker @reading-INT-9-reopen-kept
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
      | 1             | 0          |

  @SC-AV-06 @AV-3 @INT-9
  Scenario: Omladdning under en lunchrast behåller lunchrasten och dess timer
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har valt "Lunchrast"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Lunchrast"
    Och statustimern visar "05:00"

  @SC-AV-82 @AV-3 @INT-9 @reading-INT-9-routable
  Scenario: Förfrågningar dirigeras fortfarande medan det omladdade skrivbordet visar Inaktiv
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Inaktiv"
    Och förfrågningar i alla kanaler dirigeras till agenten
    När en begäran om chatt kommer in
    Så väntar begäran om chatt på svar
    När 2 sekunder passerar
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"

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

  @SC-AV-15 @AV-7 @INT-17 @reading-INT-17-strict
  Scenario: Arbetsledaren kan inte logga ut en agent i OVIS
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    När arbetsledaren loggar ut agenten
    Så nekas utloggningen
    Och är statusen fortfarande "OVIS"

  @SC-AV-80 @AV-7 @INT-17 @reading-INT-17-lenient
  Scenario: Arbetsledaren loggar ut en agent i OVIS utan konversationer
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    När arbetsledaren loggar ut agenten
    Så är statusen "Utloggad"
    Och visas inget popup-fönster för OVIS
    Och inga förfrågningar dirigeras till agenten

  @SC-AV-81 @AV-7 @INT-17
  Scenario: Arbetsledaren kan inte logga ut en agent i OVIS under en konversation
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och en begäran om e-post har kommit in
    Och 30 sekunder passerar
    När arbetsledaren loggar ut agenten
    Så nekas utloggningen
    Och är statusen fortfarande "OVIS"
    Och interaktionskontrollpanelen visar "Ansluten" för samtalet

  @SC-AV-16 @AV-8 @INT-9
  Scenario: Statusen finns kvar när agenten stänger webbläsaren och öppnar skrivbordet igen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har valt "Möte"
    Och 3 minuter passerar
    När agenten stänger webbläsaren och öppnar skrivbordet igen
    Så är statusen "Möte"
    Och statustimern visar "03:00"

  @SC-AV-83 @AV-8 @INT-9 @reading-INT-9-reopen-kept
  Scenario: Statusen Tillgänglig och dess timer finns kvar när agenten rensar webbläsarens cacheminne
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten rensar webbläsarens cacheminne och öppnar skrivbordet igen
    Så är statusen "Tillgänglig"
    Och statustimern visar "05:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-AV-84 @AV-8 @INT-9 @reading-INT-9-reopen-kept
  Scenario: Statusen Tillgänglig och dess timer finns kvar när agenten stänger webbläsaren
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten stänger webbläsaren och öppnar skrivbordet igen
    Så är statusen "Tillgänglig"
    Och statustimern visar "05:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-AV-17 @AV-8 @INT-9 @reading-INT-9-flicker @reading-INT-9-routable
  Scenario: När agenten rensar webbläsarens cacheminne i Tillgänglig visas Inaktiv en kort stund och sedan Tillgänglig från 00:00
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten rensar webbläsarens cacheminne och öppnar skrivbordet igen
    Så är statusen "Inaktiv"
    När 2 sekunder passerar
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-AV-50 @AV-6 @INT-5
  Scenario: En orsak till viloläge som väljs när agenten svarar på ett e-postmeddelande visar Engagerad i passivt tillstånd och stoppar dirigeringen
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om e-post har kommit in
    Och agenten har godkänt begäran om e-post
    När agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och dirigeras inga förfrågningar till agenten
    Och interaktionskontrollpanelen visar "Ansluten" för e-postmeddelandet

  @SC-AV-51 @AV-4 @UC-1 @INT-26
  Scenario: Vid inloggningen har agenten administratörens standardorsak till viloläge, med timern på 00:00 och utan förfrågningar
    Givet att administratören har valt "Möte" som standardorsak till viloläge
    När agenten loggar in
    Så är statusen "Möte"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och ikonen är "Inaktiv"
    Och statustimern visar "00:00"
    Och dirigeras inga förfrågningar till agenten

  @SC-AV-52 @AV-3 @INT-9 @INT-33 @reading-INT-9-flicker @reading-INT-9-reopen-kept
  Scenario: Omladdning under ett samtal behåller samtalet i vänteläge med dess timrar och visar Engagerad i passivt tillstånd tills Tillgänglig är återställd
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 3 minuter passerar
    Och agenten parkerar samtalet
    Och 20 sekunder passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Inaktiv"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och ikonen är "Engagerad i passivt tillstånd"
    Och dirigeras inga förfrågningar till agenten
    Och interaktionskontrollpanelen visar "00:20" bredvid "Samtal i vänteläge"
    Och uppgiftslistan visar den anslutna timern "03:20" bredvid samtalet
    När 2 sekunder passerar
    Så är statusen "Tillgänglig"
    Och ikonen är "Engagerad i statusen Tillgänglig"
    Och förfrågningar om chatt dirigeras till agenten
    Och uppgiftslistan visar den anslutna timern "03:22" bredvid samtalet
    Och interaktionskontrollpanelen visar "00:22" bredvid "Samtal i vänteläge"

  @SC-AV-53 @AV-3 @INT-9 @INT-33 @INT-4 @reading-INT-4-total
  Scenario: Omladdning under ett samtal startar om den dolda timern för Tillgänglig, som visar tiden sedan återställningen när samtalet är över
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal
    Och 3 minuter passerar
    När agenten läser in skrivbordet igen
    Och 2 sekunder passerar
    Och 1 minut passerar
    Och agenten avslutar samtalet
    Och agenten slutför avslutet av samtalet
    Så är statusen "Tillgänglig"
    Och statustimern visar "01:00"

  @SC-AV-70 @AV-4 @AV-5 @TM-1 @TM-3 @INT-6 @INT-25 @INT-26
  Scenario: Agenten loggar in i den konfigurerade standardorsaken och väljer en annan orsak
    Givet att administratören har konfigurerat orsakerna till viloläge:
      | Paus      | standard |
      | Coachning |          |
      | Lunchrast |          |
    När agenten loggar in
    Så är statusen "Paus"
    Och tillgänglighetsfältet visar etiketten "Inaktiv"
    Och ikonen är "Inaktiv"
    Och statustimern visar "00:00"
    Och inga förfrågningar dirigeras till agenten
    När 5 minuter passerar
    Och agenten väljer "Coachning"
    Så är statusen "Coachning"
    Och statustimern visar "00:00/05:00"
    När 2 minuter passerar
    Så visar statustimern "02:00/07:00"
    När agenten väljer "Tillgänglig"
    Och 1 minut passerar
    Så visar statustimern "01:00"

  @SC-AV-71 @AV-4 @AV-5 @INT-25 @INT-26
  Scenario: Bara de konfigurerade orsakerna till viloläge kan väljas, vad de än heter
    Givet att administratören har konfigurerat orsakerna till viloläge:
      | Möte | standard |
      | Paus |          |
    Och agenten har loggat in
    Så är statusen "Möte"
    När agenten väljer "Lunchrast"
    Så nekas valet
    Och är statusen fortfarande "Möte"
    När agenten väljer "Paus"
    Så är statusen "Paus"
    Och inga förfrågningar dirigeras till agenten

  @SC-AV-18 @AV-1 @AV-4
  Scenario: Före inloggningen kan agenten inte välja någon status och förblir utloggad
    När agenten väljer "Tillgänglig"
    Så nekas valet
    Och är statusen fortfarande "Utloggad"
    När agenten loggar in
    Så är statusen "Inaktiv"

  @SC-AV-19 @AV-4 @UC-1
  Scenario: En ny inloggning medan agenten är inloggad nekas och timern för Inaktiv går vidare
    Givet att agenten har loggat in
    Och 5 sekunder passerar
    När agenten loggar in
    Så nekas inloggningen
    Och är statusen fortfarande "Inaktiv"
    Och statustimern visar "00:05"

  @SC-AV-20 @AV-1 @AV-4
  Scenario: Agenten kan inte välja Utloggad i listrutan
    Givet att agenten har loggat in
    När agenten väljer "Utloggad"
    Så nekas valet
    Och är statusen fortfarande "Inaktiv"

  @SC-AV-21 @AV-5
  Scenario: En orsak som administratören inte har konfigurerat kan inte väljas i statusen Tillgänglig
    Givet att administratören inte har konfigurerat orsaken "Utbildning"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När agenten väljer "Utbildning"
    Så nekas valet eftersom orsaken inte är konfigurerad
    Och är statusen fortfarande "Tillgänglig"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-AV-22 @AV-5 @TM-2 @INT-23
  Scenario: Att välja den orsak till viloläge som agenten redan har nekas och dess timer går vidare
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har valt "Lunchrast"
    Och 1 minut passerar
    När agenten väljer "Lunchrast"
    Så nekas valet eftersom agenten redan har den statusen
    Och är statusen fortfarande "Lunchrast"
    Och statustimern visar "01:00"

  @SC-AV-23 @AV-3 @INT-9
  Scenario: Utan återställningstid behåller en omladdning i Tillgänglig statusen och startar om dess timer från 00:00
    Givet att det tar 0 sekunder att återställa statusen efter en omladdning
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-AV-24 @AV-3 @INT-9
  Scenario: Att välja Tillgänglig medan det omladdade skrivbordet visar Inaktiv återställer Tillgänglig genast, från 00:00
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Inaktiv"
    När agenten väljer "Tillgänglig"
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-AV-25 @AV-3 @AV-6 @INT-9
  Scenario: En orsak till viloläge som väljs medan det omladdade skrivbordet visar Inaktiv behålls när återställningstiden är slut
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 5 minuter passerar
    När agenten läser in skrivbordet igen
    Och 1 sekund passerar
    Och agenten väljer "Lunchrast"
    Så är statusen "Lunchrast"
    När 2 sekunder passerar
    Så är statusen fortfarande "Lunchrast"
    Och statustimern visar "00:02"

  @SC-AV-26 @AV-7 @RONA-10 @INT-17 @INT-21
  Scenario: En utloggning av arbetsledaren tar bort aviseringen om OVIS tillsammans med det utloggade skrivbordet
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten byter till ett annat webbläsarfönster
    När en begäran om röstsamtal kommer in
    Och 18 sekunder passerar
    Så visas en avisering om OVIS
    När agenten klickar på "Gå till viloläge"
    Och arbetsledaren loggar ut agenten
    Så är statusen "Utloggad"
    Och visas ingen avisering om OVIS

  @SC-AV-27 @AV-2 @INT-16
  Scenario: En begäran som redan finns på skrivbordet erbjuds inte en andra gång
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om chatt kommer in
    Och samma begäran om chatt kommer in igen
    Så nekas begäran eftersom begäran redan finns på skrivbordet
    Och väntar begäran om chatt fortfarande på svar
    När agenten godkänner begäran om chatt
    Och samma begäran om chatt kommer in igen
    Så nekas begäran
    Och visar interaktionskontrollpanelen "Ansluten" för chatten

  @SC-AV-28 @AV-2 @INT-16
  Scenario: Ett röstsamtal som ringer upptar telefonlinjen, så inget annat samtal dirigeras medan chattar fortfarande gör det
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Så dirigeras inga förfrågningar om röstsamtal till agenten
    Och förfrågningar om chatt dirigeras till agenten

  @SC-AV-29 @AV-3 @TM-3 @INT-6 @INT-9
  Scenario: Omladdningens korta Inaktiv visar en enkel timer, även efter ett tidigare byte mellan orsaker till viloläge
    Givet att agenten har loggat in
    Och agenten har valt "Lunchrast"
    Och agenten har valt "Tillgänglig"
    Och 1 minut passerar
    När agenten läser in skrivbordet igen
    Så är statusen "Inaktiv"
    Och statustimern visar "00:00"

  @SC-AV-30 @AV-1
  Scenario: Tillgänglig har ingen orsak till viloläge: att begära Tillgänglig med en orsak nekas och lunchrasten står kvar
    Givet att agenten har loggat in
    Och agenten har valt "Lunchrast"
    När agenten begär "Tillgänglig" med orsaken "Möte"
    Så nekas valet
    Och är statusen fortfarande "Lunchrast"
    Och inga förfrågningar dirigeras till agenten
