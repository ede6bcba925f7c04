# language: sv
Egenskap: Tillgänglig efter uppringning
  Administratören bestämmer med inställningen Agent tillgänglig efter uppringning vilken
  status agenten får när ett uppringningssamtal är avslutat.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena

  @SC-OD-01 @OD-1 @INT-7 @reading-INT-7-after-wrap-up @needs-outdial
  Scenario: Med Ja blir agenten Tillgänglig efter uppringningen även om den ringde som inaktiv
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Så är statusen fortfarande "Inaktiv"
    Och dirigeras inga förfrågningar till agenten
    När agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-OD-02 @OD-1 @INT-7 @INT-4 @reading-INT-4-total @needs-outdial
  Scenario: Med Ja förblir en tillgänglig agent Tillgänglig och timern fortsätter
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och statustimern visar "05:00"

  @SC-OD-03 @OD-2 @INT-7 @needs-outdial
  Scenario: Med Nej behåller en inaktiv agent sin orsak till viloläge efter uppringningen
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har valt "Möte"
    Och 1 minut passerar
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Möte"
    Och statustimern visar "04:00"
    Och inga förfrågningar dirigeras till agenten

  @SC-OD-04 @OD-2 @INT-7 @reading-INT-7-after-wrap-up @needs-outdial
  Scenario: Med Nej blir en tillgänglig agent inaktiv efter uppringningen
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Så är statusen fortfarande "Tillgänglig"
    När agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Inaktiv"
    Och statustimern visar "00:00"
    Och inga förfrågningar dirigeras till agenten

  @SC-OD-50 @OD-1 @INT-7 @INT-27 @needs-outdial
  Scenario: Ett uppringningssamtal nekas i OVIS; efter Gå till viloläge rings det, och med Ja är agenten Tillgänglig när det är över
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om chatt har kommit in
    Och 30 sekunder passerar
    När agenten ringer ett uppringningssamtal
    Så nekas uppringningen
    Och är statusen fortfarande "OVIS"
    Och popup-fönstret för OVIS visar alternativen "Gå till viloläge" och "Gå till tillgänglig"
    När agenten klickar på "Gå till viloläge"
    Och agenten ringer ett uppringningssamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    När 2 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"

  @SC-OD-51 @OD-2 @INT-7 @INT-27 @needs-outdial
  Scenario: Ett uppringningssamtal nekas i OVIS; efter Gå till tillgänglig rings det, och med Nej är agenten Inaktiv när det är över
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och 18 sekunder passerar
    När agenten ringer ett uppringningssamtal
    Så nekas uppringningen
    Och är statusen fortfarande "OVIS"
    När agenten klickar på "Gå till tillgänglig"
    Och agenten ringer ett uppringningssamtal
    Så visar tillgänglighetsfältet etiketten "Engagerad"
    När 2 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Inaktiv"
    Och statustimern visar "00:00"

  @SC-OD-80 @OD-1 @INT-7 @reading-INT-7-at-hang-up @needs-outdial
  Scenario: Med Ja blir agenten Tillgänglig så snart uppringningssamtalet har lagts på
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och visas ingen statustimer
    När agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och förfrågningar i alla kanaler dirigeras till agenten

  @SC-OD-81 @OD-2 @INT-7 @reading-INT-7-at-hang-up @needs-outdial
  Scenario: Med Nej blir en tillgänglig agent inaktiv så snart uppringningssamtalet har lagts på
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Så är statusen "Inaktiv"
    Och dirigeras inga förfrågningar till agenten
    När 1 minut passerar
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Inaktiv"
    Och statustimern visar "01:00"

  @SC-OD-82 @OD-1 @INT-7 @INT-4 @reading-INT-4-restart @needs-outdial
  Scenario: Med Ja förblir en tillgänglig agent Tillgänglig och timern börjar om när uppringningen är över
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och 2 minuter passerar
    När agenten ringer ett uppringningssamtal
    Och 3 minuter passerar
    Och agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och statustimern visar "00:00"

  @SC-OD-05 @OD-1 @INT-7 @INT-27 @needs-outdial
  Scenario: Med Ja blir en agent som fick statusen OVIS under uppringningssamtalet Tillgänglig när det är över
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Ja"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har ringt ett uppringningssamtal
    När en begäran om chatt kommer in
    Och 30 sekunder passerar
    Så är statusen "OVIS"
    När agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Tillgänglig"
    Och visas inget popup-fönster för OVIS

  @SC-OD-06 @OD-2 @INT-7 @INT-27 @needs-outdial
  Scenario: Med Nej får en agent som fick statusen OVIS under uppringningssamtalet standardorsaken till viloläge när det är över
    Givet att administratören har satt Agent tillgänglig efter uppringning till "Nej"
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har ringt ett uppringningssamtal
    När en begäran om chatt kommer in
    Och 30 sekunder passerar
    Så är statusen "OVIS"
    När agenten avslutar uppringningssamtalet
    Och agenten slutför avslutet av uppringningssamtalet
    Så är statusen "Inaktiv"
    Och visas inget popup-fönster för OVIS

  @SC-OD-07 @OD-1 @INT-16 @needs-outdial
  Scenario: Ett uppringningssamtal kan inte ringas medan ett samtal ringer eller finns i uppgiftslistan
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    När en begäran om röstsamtal kommer in
    Och agenten ringer ett uppringningssamtal
    Så nekas uppringningen
    När agenten godkänner begäran om röstsamtal
    Och agenten ringer ett uppringningssamtal
    Så nekas uppringningen eftersom telefonlinjen är upptagen
    Och visar interaktionskontrollpanelen "Ansluten" för samtalet

  @SC-OD-08 @OD-1 @INT-16 @needs-outdial
  Scenario: Att ringa uppringningssamtalet igen medan det finns i uppgiftslistan ringer inget andra samtal
    Givet att agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och agenten har ringt ett uppringningssamtal
    När agenten ringer uppringningssamtalet igen
    Så nekas uppringningen
    Och visar interaktionskontrollpanelen "Ansluten" för uppringningssamtalet
