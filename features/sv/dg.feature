# language: sv
Egenskap: E-post-, chatt- och sociala tillstånd
  För e-post, chatt och sociala meddelanden visar interaktionskontrollpanelen de
  tillstånd som hör till de digitala kanalerna.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"

  @SC-DG-01 @DG-1
  Scenario: Avslutning när agenten har avslutat e-postkommunikationen med kunden, och e-postmeddelandet försvinner ur uppgiftslistan när avslutet är klart
    Givet att en begäran om e-post har kommit in
    Och agenten har godkänt begäran om e-post
    När agenten avslutar e-postmeddelandet
    Så visar interaktionskontrollpanelen "Avslutning" för e-postmeddelandet
    När agenten slutför avslutet av e-postmeddelandet
    Så finns e-postmeddelandet inte längre i uppgiftslistan

  @SC-DG-02 @DG-1 @INT-28
  Scenario: Att starta en konferens i ett e-postmeddelande nekas och e-postmeddelandet förblir Anslutet
    Givet att en begäran om e-post har kommit in
    Och agenten har godkänt begäran om e-post
    När agenten startar en konferens i e-postmeddelandet
    Så nekas konferensen
    Och interaktionskontrollpanelen visar "Ansluten" för e-postmeddelandet

  @SC-DG-03 @DG-2 @DG-3 @DG-4
  Scenario: En chatt går från Konferens begärd till Konferens och Avslutning
    Givet att en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten startar en konferens i chatten
    Så visar interaktionskontrollpanelen "Konferens begärd" för chatten
    När den andra agenten ansluter till konferensen i chatten
    Så visar interaktionskontrollpanelen "Konferens" för chatten
    När agenten avslutar chatten
    Så visar interaktionskontrollpanelen "Avslutning" för chatten

  @SC-DG-04 @DG-2 @DG-3 @DG-4 @needs-social_channel
  Scenario: Ett socialt meddelande går från Konferens begärd till Konferens och Avslutning, och försvinner ur uppgiftslistan när avslutet är klart
    Givet att en begäran om sociala meddelanden har kommit in
    Och agenten har godkänt begäran om sociala meddelanden
    När agenten startar en konferens i det sociala meddelandet
    Så visar interaktionskontrollpanelen "Konferens begärd" för det sociala meddelandet
    När den andra agenten ansluter till konferensen i det sociala meddelandet
    Så visar interaktionskontrollpanelen "Konferens" för det sociala meddelandet
    När agenten avslutar det sociala meddelandet
    Så visar interaktionskontrollpanelen "Avslutning" för det sociala meddelandet
    När agenten slutför avslutet av det sociala meddelandet
    Så finns det sociala meddelandet inte längre i uppgiftslistan

  @SC-DG-05 @DG-4
  Scenario: Avslutning när agenten avslutar en chatt utan konferens, och chatten försvinner ur uppgiftslistan när avslutet är klart
    Givet att en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten avslutar chatten
    Så visar interaktionskontrollpanelen "Avslutning" för chatten
    När agenten slutför avslutet av chatten
    Så finns chatten inte längre i uppgiftslistan

  @SC-DG-06 @DG-2 @DG-4
  Scenario: En chatt kan avslutas medan dess konferens bara är begärd
    Givet att en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten startar en konferens i chatten
    Och agenten avslutar chatten
    Så visar interaktionskontrollpanelen "Avslutning" för chatten

  @SC-DG-07 @DG-2 @VS-2 @VS-3 @INT-34
  Scenario: En chatt kan inte parkeras och har ingen konsultation; den förblir Ansluten
    Givet att en begäran om chatt har kommit in
    Och agenten har godkänt begäran om chatt
    När agenten parkerar chatten
    Så nekas parkeringen eftersom kanalen inte har den åtgärden
    Och visar interaktionskontrollpanelen "Ansluten" för chatten
    När agenten begär en konsultation med en annan agent i chatten
    Så nekas konsultationen
    Och visar interaktionskontrollpanelen "Ansluten" för chatten
