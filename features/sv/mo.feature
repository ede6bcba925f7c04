# language: sv
Egenskap: Övervakning under samtalet
  En arbetsledare kan övervaka en agent som talar med en kund. Övervakningsstatusen visas
  för arbetsledaren; på agentens skrivbord stöds övervakning inte och syns inte.

  Bakgrund:
    Givet att administratören har konfigurerat organisationen med standardvärdena
    Och agenten har loggat in
    Och agenten har valt "Tillgänglig"
    Och en begäran om röstsamtal har kommit in
    Och agenten har godkänt begäran om röstsamtal

  @SC-MO-01 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Övervakning visas när arbetsledaren har startat övervakningen
    När arbetsledaren startar övervakning av samtalet
    Så ser arbetsledaren övervakningsstatusen "Övervakning"

  @SC-MO-02 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Ingen övervakningsstatus visas när starten misslyckas
    När arbetsledaren försöker starta övervakning av samtalet men det misslyckas
    Så ser arbetsledaren ingen övervakningsstatus

  @SC-MO-03 @MO-1 @MO-2 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Övervakning visas igen när arbetsledaren återupptar övervakningen
    Givet att arbetsledaren startar övervakning av samtalet
    Och arbetsledaren pausar övervakningen
    När arbetsledaren återupptar övervakningen
    Så ser arbetsledaren övervakningsstatusen "Övervakning"

  @SC-MO-04 @MO-2 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Övervakning pausad visas när övervakningen är pausad och inte gäller
    Givet att arbetsledaren startar övervakning av samtalet
    När arbetsledaren pausar övervakningen
    Så ser arbetsledaren övervakningsstatusen "Övervakning pausad"
    När arbetsledaren försöker återuppta övervakningen men det misslyckas
    Så ser arbetsledaren övervakningsstatusen "Övervakning pausad"

  @SC-MO-05 @MO-2 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: När övervakningen bryts visas ingen övervakningsstatus
    Givet att arbetsledaren startar övervakning av samtalet
    Och arbetsledaren pausar övervakningen
    När övervakningen bryts
    Så ser arbetsledaren ingen övervakningsstatus

  @SC-MO-06 @MO-3 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Agentens skrivbord visar inte att samtalet övervakas
    När arbetsledaren startar övervakning av samtalet
    Så visar agentens skrivbord ingen övervakningsstatus
    Och är statusen fortfarande "Tillgänglig"
    Och tillgänglighetsfältet visar etiketten "Engagerad"
    Och interaktionskontrollpanelen visar "Ansluten" för samtalet
    När arbetsledaren pausar övervakningen
    Så visar agentens skrivbord ingen övervakningsstatus

  @SC-MO-80 @MO-3 @INT-13 @reading-INT-13-unsupported
  Scenario: Övervakning under samtal kan inte startas från skrivbordet
    När arbetsledaren startar övervakning av samtalet
    Så nekas övervakningen
    Och ser arbetsledaren ingen övervakningsstatus
    Och visar agentens skrivbord ingen övervakningsstatus

  @SC-MO-07 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: När övervakningen bryts medan den gäller visas ingen övervakningsstatus
    Givet att arbetsledaren startar övervakning av samtalet
    När övervakningen bryts
    Så ser arbetsledaren ingen övervakningsstatus

  @SC-MO-08 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Övervakningen upphör med det övervakade samtalet
    Givet att arbetsledaren startar övervakning av samtalet
    När agenten avslutar samtalet
    Så ser arbetsledaren ingen övervakningsstatus

  @SC-MO-09 @MO-1 @INT-12 @INT-13 @needs-supervisor_monitoring
  Scenario: När samtalet är i Avslut kan övervakning inte startas, vare sig försöket skulle lyckas eller inte
    Givet att agenten har avslutat samtalet
    När arbetsledaren startar övervakning av samtalet
    Så nekas övervakningen
    När arbetsledaren försöker starta övervakning av samtalet men det misslyckas
    Så nekas övervakningen
    Och ser arbetsledaren ingen övervakningsstatus
