"""Italian templates for the synthetic demo corpus (fictional outlet Gazzetta del Porto).

Slots: see make-demo-corpus.py (class Slots); {o} is the gender ending of the main person
(fuggit{o} -> fuggito/fuggita). A testimony template that starts with "~" is relayed.
"""

LANG = "it"
THOUSANDS = "."

ORIGINS = {"sy": "Siria", "af": "Afghanistan", "er": "Eritrea", "iq": "Iraq", "ng": "Nigeria",
           "so": "Somalia"}
ORIGINS_FROM = {"sy": "dalla Siria", "af": "dall'Afghanistan", "er": "dall'Eritrea",
                "iq": "dall'Iraq", "ng": "dalla Nigeria", "so": "dalla Somalia"}
TOWNS = ["Porto Sereno", "Castelmarino", "Marina di Levante", "Borgo San Teodoro",
         "Torre Saracena", "Acquaviva Marina", "Portolungo", "Santa Rufina a Mare",
         "Capo Lucente", "Villanova del Golfo", "San Vitale Marittimo", "Rocca Azzurra"]
SEA_PLACES = ["al largo delle coste libiche", "nel mar Egeo", "vicino all'isola greca di Lesbo",
              "al largo di Kos", "nel Canale di Sicilia", "a sud di Lampedusa",
              "tra la Turchia e l'isola di Chio", "al largo di Zuara"]
ROUTES = ["la rotta del Mediterraneo centrale", "la rotta balcanica",
          "la rotta del Mediterraneo orientale", "la traversata dalla Turchia alla Grecia",
          "la rotta libica"]
LOCAL_FIRST = ["Giuseppe", "Maria", "Antonio", "Giovanna", "Francesco", "Lucia", "Salvatore",
               "Rosa", "Marco", "Chiara", "Vincenzo", "Elena", "Paolo", "Teresa", "Luca", "Anna"]
LOCAL_LAST = ["Esposito", "Russo", "Ferrante", "Greco", "Marino", "Lombardo", "Caruso", "Fontana",
              "Galli", "Rizzo", "Mancuso", "De Luca", "Barbieri", "Costa"]
PARTIES = ["Movimento Identità", "Sicurezza Nazionale", "Alleanza Civica", "Democrazia Popolare",
           "Patria e Lavoro"]
NGOS = ["Porto Aperto Onlus", "San Biagio Solidale", "Mare Solidale", "Casa dei Popoli",
        "Ponti di Pace", "Stella Maris Accoglienza"]
WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
TEAMS = ["Porto Sereno Calcio", "Castelmarino Calcio", "Real Levante", "Portolungo Calcio",
         "Torre Saracena Calcio", "Capo Lucente Calcio", "Rocca Azzurra Calcio"]
RIVERS = ["il Sereno", "il torrente Tarvo", "il fiume Lucente", "il canale Bruno", "il Saraceno"]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]

AUTHORS = {"gazzetta-del-porto": ["Alessandra Ferrante", "Davide Lombardo", "Giulia Mancuso",
                                  "Stefano Rizzo", "Martina Costa"]}
FEED_DESCRIPTION = "Le notizie di {name} (testata fittizia, corpus dimostrativo di mediaclimate)"
READ_MORE = "Leggi tutto"
CATEGORY = {"politics": "Politica", "migration": "Cronaca", "filler_weather": "Meteo",
            "filler_energy": "Economia", "filler_sport": "Sport", "filler_tourism": "Turismo"}
SECTION_PATH = {"Politica": "politica", "Cronaca": "cronaca", "Meteo": "meteo",
                "Economia": "economia", "Sport": "sport", "Turismo": "turismo"}
NUMBER_WORDS = {2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette", 8: "otto",
                9: "nove", 10: "dieci", 11: "undici", 12: "dodici", 13: "tredici",
                14: "quattordici", 15: "quindici", 16: "sedici", 17: "diciassette", 18: "diciotto",
                19: "diciannove", 20: "venti", 30: "trenta", 40: "quaranta"}
CUES = {
    "humanity": ["fuggit", "in fuga", "accoglienza", "solidarietà",
                 "volontari", "vulnerabil", "persecuzion", "corridoi umanitari", "dignità"],
    "threat": ["clandestin", "invasione", "emergenza sbarchi", "scafist", "chiudere i porti", "pesa sulle", "illegal", "insostenibil", "difendere i confini"],
}
PAGE = dict(
    nav=[("cronaca", "Cronaca"), ("politica", "Politica"), ("economia", "Economia"),
         ("sport", "Sport"), ("meteo", "Meteo"), ("turismo", "Turismo")],
    cookie="Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di "
           "terze parti. Proseguendo la navigazione accetti l'uso dei cookie.",
    accept="Accetta", reject="Rifiuta", search="Cerca nel sito", by="di",
    share="Condividi:", ad="Pubblicità",
    related="Leggi anche",
    newsletter="Iscriviti alla newsletter della Gazzetta: le notizie del porto ogni mattina.",
    footer="© {year} {name} – Testata fittizia creata per il corpus dimostrativo di mediaclimate. "
           "Tutti i diritti riservati.",
    contact="Contatti",
)


def long_date(when):
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}, ore {when:%H:%M}"


def number_word(n):
    return NUMBER_WORDS[n]


def pronouns(g):
    return {"o": "o", "he": "lui", "He": "Lui", "his": "suo", "His": "Suo"} if g == "m" else \
           {"o": "a", "he": "lei", "He": "Lei", "his": "suo", "His": "Suo"}


def price(rng):
    return f"1,{rng.randint(45, 85)} euro"


KICKERS = ["{town},", "Aggiornamento:", "L'analisi.", "Il punto.", "Il commento.", "Le domande.", "Diretta:", "Il caso."]

H = {
    "threat": [
        "Sbarchi, il sindaco di {town}: «Non possiamo accogliere altri migranti»",
        "{party}: «È un'invasione, chiudere i porti»",
        "Emergenza sbarchi, il prefetto convoca un vertice",
        "Accoglienza, i costi salgono a {millions} milioni",
        "Scafisti arrestati al porto di {town}",
        "Protesta a {town} contro il nuovo centro per richiedenti asilo",
        "«Situazione insostenibile»: i sindaci chiedono lo stop agli arrivi",
        "Clandestini nei tir, controlli rafforzati al porto",
        "Sicurezza, i commercianti chiedono più pattuglie",
        "Il governo sotto pressione sugli sbarchi",
        "Migranti, scontro in consiglio comunale a {town}",
    ],
    "humanity": [
        "{town} apre le porte alle famiglie di profughi",
        "Volontari raccolgono coperte e vestiti per i rifugiati",
        "«Sono persone come noi»: un paese impara ad accogliere",
        "La parrocchia ospita famiglie in fuga dalla guerra",
        "I bambini fuggiti {from_origin} tornano a scuola a {town}",
        "In centinaia in piazza a {town} per l'accoglienza",
        "Corridoi umanitari: «Vie legali e sicure salvano vite»",
        "Una cucina, una classe di italiano e una nuova vita",
        "Medici volontari al porto per assistere i naufraghi",
        "Accoglienza diffusa, il modello di {town}",
        "Una settimana con i volontari dello sportello migranti",
    ],
    "testimony": [
        "«Non avevamo scelta, dovevamo partire»",
        "«Ho pensato che saremmo morti tutti in mare»",
        "{name}: da {city} a {town} in sette settimane",
        "«I miei figli si svegliano ancora urlando»",
        "Il racconto di un sopravvissuto: «La barca si riempiva d'acqua»",
        "«Voglio solo che mia figlia sia al sicuro»",
        "Le loro parole: le famiglie che hanno attraversato il mare",
        "«Abbiamo camminato per nove giorni»",
        "I superstiti raccontano la notte in mare",
        "«La nostra casa non c'era più»",
    ],
    "death": [
        "Naufragio {sea}, almeno {T_lower} migranti morti",
        "Strage in mare {sea}: si temono decine di vittime",
        "Barcone si capovolge {sea}, recuperati {T_exact} corpi",
        "L'anno più letale per i migranti nel Mediterraneo",
        "Bambini tra le vittime dell'ultimo naufragio",
        "La Guardia costiera recupera i corpi dopo il naufragio",
        "Naufragio, sale il bilancio delle vittime",
        "Decine di dispersi dopo il naufragio {sea}",
        "Ancora una tragedia in mare: affonda un gommone",
        "Corpi sulla spiaggia dopo il naufragio {sea}",
    ],
    "neutral": [
        "Richieste d'asilo in aumento del {pct} per cento",
        "Il Viminale pubblica i dati sugli sbarchi",
        "Il consiglio comunale di {town} approva il centro di accoglienza",
        "Asilo, vertice dei ministri Ue a Bruxelles",
        "Nuove regole per le commissioni territoriali",
        "Ricollocamenti, il punto della Commissione europea",
        "Il Tar si pronuncia sui ricorsi dei richiedenti asilo",
        "Accoglienza, il consiglio di {town} discute il bando",
        "Sbarchi: cosa dicono i nuovi numeri",
        "Interrogazione in Parlamento sui tempi delle domande d'asilo",
    ],
    "filler_weather": [
        "Maltempo, esonda {river}: allagamenti a {town}",
        "Allerta meteo, scuole chiuse a {town}",
        "Alluvione a {town}, famiglie evacuate",
        "Un'ondata di temporali si abbatte sulla costa",
        "Strade allagate tra {town} e {town2}",
        "Dopo l'alluvione si spala il fango",
    ],
    "filler_energy": [
        "Bollette della luce, nuovi aumenti in arrivo",
        "Blackout a {town}, migliaia di famiglie senza corrente",
        "Caro energia, le imprese protestano",
        "Parco eolico al largo di {town}, via libera della Regione",
        "Valanga di reclami sulle bollette stimate",
        "Benzina, il prezzo scende a {price} al litro",
    ],
    "filler_sport": [
        "{team} batte {team2} {score}",
        "Gol nel finale, il derby è del {team}",
        "{team}, l'allenatore sotto accusa dopo la sconfitta",
        "Coppa Italia dilettanti, il {team} vola ai quarti",
        "Il {team2} ingaggia un attaccante",
        "Raffica di infortuni in casa {team}",
    ],
    "filler_tourism": [
        "Estate record a {town}, invasione di turisti",
        "Navi da crociera, ondata di visitatori in centro",
        "Affitti brevi, i residenti protestano",
        "Ponte di Ferragosto, spiagge prese d'assalto",
        "{town} tra i borghi marinari più belli d'Italia",
        "Presenze turistiche oltre quota {tourists}",
    ],
}

S = {
    "threat": [
        "Secondo il sindaco di {town}, {mayor}, il paese ha raggiunto il limite: quest'anno in provincia sono già stati accolti {arrivals} richiedenti asilo.",
        "«È un'invasione e il governo ha perso il controllo dei confini», ha dichiarato il deputato {mp} di {party}.",
        "Per i critici l'aumento degli sbarchi illegali dimostra che i controlli alle frontiere non funzionano.",
        "I costi dell'accoglienza pesano sulle casse pubbliche per {millions} milioni di euro l'anno.",
        "I residenti temono che il nuovo centro di accoglienza sia un peso insostenibile per scuole e ambulatori del quartiere.",
        "«Gli scafisti ridono di noi», ha detto {mp}. «Ogni barca che arriva è una pubblicità per la prossima.»",
        "La polizia ha trovato un gruppo di clandestini nascosti in un tir diretto al porto.",
        "L'opposizione sostiene che i 35 euro al giorno per l'accoglienza siano un richiamo per i migranti economici.",
        "{party} chiede di chiudere i porti finché l'emergenza sbarchi non sarà finita.",
        "Secondo il Comune, con l'arrivo dei profughi le liste d'attesa per le case popolari sono diventate ancora più lunghe.",
        "«I nostri paesi sono invasi e a Roma nessuno ci ascolta», ha detto {mp} durante un'assemblea pubblica a {town}.",
        "Fonti della sicurezza avvertono che i terroristi potrebbero approfittare del caos alle frontiere europee.",
        "In un rapporto riservato si legge che molti migranti avrebbero distrutto i documenti prima di sbarcare.",
        "I manifestanti davanti alla prefettura di {town} esponevano striscioni con la scritta «Prima gli italiani».",
        "Il sindaco {mayor} ha scritto al prefetto: «{town} non è in grado di accogliere altri migranti».",
        "Secondo i contrari, il progetto incoraggerà altre persone a tentare la traversata illegalmente.",
        "La situazione al molo è definita fuori controllo dalle forze dell'ordine.",
        "{mp} chiede rimpatri più rapidi per chi non ha diritto all'asilo.",
        "«È una marea che nessun Paese può reggere», ha detto un portavoce di {party}.",
        "Dai dati ottenuti dal giornale risulta che il {pct} per cento delle domande d'asilo è stato respinto l'anno scorso.",
        "Un volantino di {party} parla di un'invasione che cambierebbe il volto di {town}.",
        "I commercianti del centro lamentano gruppi di giovani stranieri che stazionano ogni sera davanti alla stazione.",
        "Il governo è sotto pressione per fissare un tetto agli arrivi.",
        "Secondo alcuni esponenti politici, le operazioni di soccorso in mare favoriscono gli scafisti.",
        "«Dobbiamo difendere i confini e pensare prima ai nostri», ha detto {mp} {weekday} in un'intervista radiofonica.",
        "Il Comune ha chiesto allo Stato {euros} euro di fondi straordinari per coprire le spese dell'accoglienza.",
    ],
    "humanity": [
        "I volontari di {town} hanno raccolto oltre {places} scatoloni di vestiti, coperte e pannolini per le famiglie di profughi.",
        "Molti dei nuovi arrivati sono fuggiti dalla guerra e dalle persecuzioni in {origin} e hanno perso tutto.",
        "«Sono famiglie come le nostre e vogliono ricostruirsi una vita», ha detto {volunteer}, che insegna italiano ai rifugiati di {town}.",
        "{ngo} chiede vie legali e sicure, perché nessuno debba più rischiare la vita in mare.",
        "La parrocchia di {town} ha messo a disposizione alcune stanze per tre famiglie di rifugiati e cerca altri volontari.",
        "I bambini arrivati il mese scorso frequentano ora la scuola elementare di {town}, dove i compagni hanno preparato un cartellone di benvenuto.",
        "I medici di {ngo} raccontano che molte delle persone visitate erano sfinite, disidratate e traumatizzate.",
        "Centinaia di persone hanno sfilato {weekday} per le vie di {town} con cartelli di benvenuto per i rifugiati.",
        "Per le associazioni l'Europa ha il dovere morale di proteggere chi fugge dalla violenza.",
        "Il sindaco {mayor} ha detto che {town} è orgogliosa di offrire una casa sicura a chi ne ha bisogno.",
        "Tra i nuovi arrivati ci sono anche minori non accompagnati, alcuni di appena {child_age} anni.",
        "«Ogni giorno qualcuno bussa alla porta con una borsa della spesa», racconta {volunteer}, colpito dalla generosità del quartiere.",
        "Con i corridoi umanitari le persone più vulnerabili arrivano in aereo, senza affidarsi ai trafficanti.",
        "Gli operatori descrivono famiglie che dormono all'aperto, con bambini che tremano nei vestiti leggeri.",
        "Una squadra di calcio di {town} ha invitato i ragazzi rifugiati ad allenarsi ogni settimana con le giovanili.",
        "L'accoglienza diffusa permette alle famiglie di vivere in appartamenti nel centro del paese, seguite da un tutor.",
        "Le famiglie, fuggite dai bombardamenti di {city}, sono state accolte in stazione con fiori e tè caldo.",
        "Le organizzazioni per i diritti umani chiedono che la dignità dei rifugiati sia rispettata in ogni fase della procedura.",
        "Le maestre di {town} hanno aperto un corso serale perché i genitori possano imparare l'italiano insieme ai figli.",
        "Una raccolta fondi di {ngo} ha fruttato {euros} euro in tre giorni per una nave di soccorso.",
        "Molti rifugiati sono medici, ingegneri e insegnanti che sperano di tornare presto a lavorare.",
        "I leader religiosi hanno firmato un appello comune per accogliere più famiglie in modo sicuro.",
        "«La solidarietà della gente comune è stata straordinaria», ha detto una portavoce di {ngo}.",
        "Il neonato, venuto al mondo pochi giorni dopo lo sbarco, porta il nome della volontaria che ha aiutato la famiglia.",
        "I corridoi umanitari promossi dalle chiese offrono una via legale e sicura a chi altrimenti affronterebbe il mare.",
        "Gli studenti del liceo hanno organizzato una festa di benvenuto con musica e giochi per i bambini rifugiati.",
    ],
    "testimony": [
        "«Siamo partiti da {city} quando hanno bombardato la nostra strada. Non avevamo scelta», racconta {name}, {age} anni.",
        "{first} ricorda la notte sulla barca: «L'acqua entrava e tutti urlavano. Tenevo mio figlio sopra la testa.»",
        "«Ho dato ai trafficanti tutto quello che avevamo, e ci hanno messi in sessanta su una barca per venti», dice {first}.",
        "{name}, fuggit{o} {from_origin} con due figli, dice: «Voglio solo che vadano a scuola e che siano al sicuro.»",
        "«Mio fratello è ancora nel campo. Ogni sera lo chiamo e ogni sera mi chiede quando potrà venire», racconta {first}.",
        "«Abbiamo camminato per nove giorni tra le montagne. Mia figlia {child} aveva {child_age} anni e l'ho portata in braccio quasi sempre», ricorda {first}.",
        "«A {city} non c'era lavoro, non c'era scuola, non c'era futuro. Solo paura», dice {name} alla Gazzetta.",
        "{first}, {age} anni, racconta di essere rimast{o} quattro mesi in un centro di detenzione in Libia: «Ci picchiavano ogni giorno.»",
        "«Quando abbiamo visto le luci della costa abbiamo cominciato a piangere», dice {name}.",
        "«A casa facevo l'insegnante. Qui ancora non sono nessuno, ma voglio lavorare», dice {first}.",
        "«I trafficanti ci hanno preso i telefoni e i soldi e ci hanno lasciati sulla spiaggia», racconta {first}.",
        "{name} ha ancora gli incubi per la traversata: «Vedo i volti delle persone cadute in acqua.»",
        "«Mio figlio mi chiede ogni giorno quando torniamo a casa. Non so cosa rispondergli», dice {first}.",
        "«Qui la gente è gentile con noi. Una vicina ci ha portato la minestra la prima sera», racconta {name}, {age} anni.",
        "«Abbiamo perso mio zio in mare. Il suo corpo non è mai stato trovato», dice {first} sottovoce.",
        "«Ho venduto la macchina e l'oro di mia madre per pagare il viaggio», racconta {name}, originari{o} di {city}.",
        "{first} racconta di aver tentato quattro volte di passare il confine prima che la polizia lasciasse passare il gruppo.",
        "«Non voglio soldi. Voglio che i miei figli vivano», dice {name}.",
        "«Quando il motore si è fermato siamo rimasti alla deriva per {hours} ore senz'acqua», racconta {first} a {town}.",
        "«Io e mia moglie ci siamo persi al confine. Per tre settimane non ho saputo se fosse viva», dice {name}.",
        "~I volontari di {ngo} riferiscono che i superstiti hanno raccontato di essere stati costretti a salire a bordo sotto la minaccia delle armi.",
        "~Secondo gli operatori di {ngo}, diversi sopravvissuti hanno detto di essere rimasti due giorni in mare prima dei soccorsi.",
        "~Gli operatori umanitari riferiscono che i sopravvissuti hanno visto bambini trascinati dalle onde quando la barca si è rovesciata.",
        "~Una dottoressa di {ngo} racconta che una donna le ha detto di aver perso di vista il marito nell'acqua buia.",
        "~I soccorritori riferiscono che, secondo i superstiti, a bordo c'erano molte più persone di quante la barca potesse portarne.",
        "~Gli operatori del centro di accoglienza raccontano che i sopravvissuti hanno parlato di percosse e fame nei campi libici.",
    ],
    "death": [
        "Almeno {T_lower} persone sono annegate {weekday} quando un barcone sovraccarico si è capovolto {sea}.",
        "La Guardia costiera ha recuperato {T_exact} corpi e ha tratto in salvo {rescued} persone.",
        "I soccorritori temono che il bilancio possa salire: circa {T_approx} persone risultano morte o disperse.",
        "{W_exact} salme, tra cui quelle di alcuni bambini, sono state portate a terra {weekday} mattina.",
        "Secondo l'Organizzazione internazionale per le migrazioni, quest'anno oltre {P_lower} persone sono morte nel tentativo di attraversare il Mediterraneo.",
        "Dal 2014 quasi {K_upper} migranti hanno perso la vita in mare nel tentativo di raggiungere l'Europa.",
        "Il barcone, con circa {rescued} persone a bordo, è affondato in pochi minuti, raccontano i superstiti.",
        "Almeno {W_lower} persone sono morte quando un gommone si è sgonfiato {sea}.",
        "Secondo le autorità, fino a {T_upper} persone potrebbero essere annegate nel naufragio.",
        "Alcuni pescatori hanno trovato i corpi di {W_exact} migranti impigliati nelle reti.",
        "Le vittime erano probabilmente partite dalla costa libica due giorni prima.",
        "È uno dei naufragi più gravi dell'anno lungo {route}.",
        "I sommozzatori hanno recuperato {T_exact} corpi dalla stiva del peschereccio affondato.",
        "Sono circa {T_approx} tra morti e dispersi dopo che la barca si è rovesciata con il mare grosso.",
        "Tra le vittime ci sono diversi bambini piccoli e una donna incinta.",
        "Le salme sono state portate al porto, dove in un capannone è stata allestita una camera mortuaria.",
        "Quest'anno almeno {P_lower} migranti sono morti o dispersi lungo {route}.",
        "Una nave della Marina ha avvistato il barcone capovolto all'alba, ma ha trovato solo {W_exact} superstiti aggrappati al relitto.",
        "Il bilancio del naufragio della settimana scorsa è salito a {T_exact} morti, fanno sapere le autorità.",
        "{T_exact} persone sono morte quando l'imbarcazione si è spezzata {sea}.",
        "Secondo la Guardia costiera, la piccola barca era in mare da più di un giorno quando è affondata.",
        "Gli abitanti hanno deposto fiori al porto in ricordo dei migranti annegati.",
        "Il sindaco dell'isola ha detto che nel cimitero non c'è più posto per i morti senza nome.",
        "Molte vittime non sono ancora state identificate e le loro famiglie forse non sapranno mai cosa è successo.",
        "Nel cassone di un camion abbandonato sono stati trovati i corpi di almeno {W_lower} migranti.",
        "L'Oim stima che dal 2014 più di {K_lower} persone siano morte lungo questa rotta.",
    ],
    "neutral": [
        "Nell'ultimo trimestre sono state presentate {arrivals} domande di protezione internazionale.",
        "Il consiglio comunale discuterà il progetto del centro di accoglienza {weekday} in seduta pubblica.",
        "Il centro di {town} avrà {places} posti e dovrebbe aprire in primavera.",
        "La settimana prossima i ministri dell'Interno dell'Ue si riuniranno a Bruxelles per discutere la distribuzione dei richiedenti asilo.",
        "Il gruppo più numeroso di richiedenti proviene {from_origin}, seguito da eritrei e afghani.",
        "Una domanda d'asilo richiede ora in media {n_small} settimane, secondo i dati.",
        "Un portavoce del ministero ha spiegato che le procedure sono in fase di revisione.",
        "Le nuove regole entreranno in vigore il primo giorno del mese prossimo.",
        "La Commissione europea propone di ricollocare i richiedenti asilo dall'Italia e dalla Grecia negli altri Stati membri.",
        "Nel fine settimana {rescued} persone sono state soccorse in {n_small} diverse operazioni.",
        "Il governo intende accogliere rifugiati direttamente dai campi nei Paesi vicini alle zone di crisi.",
        "I dati non comprendono le persone arrivate con il ricongiungimento familiare.",
        "L'assessore {mayor} ha spiegato che la decisione sarà presa dopo un'assemblea pubblica.",
        "Secondo l'Unhcr, la maggior parte delle persone che hanno attraversato il mare quest'anno proviene da zone di guerra.",
        "Le proposte presentate {weekday} prevedono audizioni più brevi davanti alle commissioni territoriali.",
        "Gli arrivi in Grecia sono diminuiti del {pct} per cento rispetto al mese precedente.",
        "La commissione parlamentare pubblicherà in autunno la sua relazione sul sistema d'asilo.",
        "Il ministro riferirà in Parlamento entro la fine della settimana.",
        "Il centro sarà gestito da una cooperativa sociale per conto della prefettura.",
        "Il Comune ha ricevuto {euros} euro dallo Stato per i progetti di integrazione.",
        "Le osservazioni dei cittadini potranno essere presentate fino alla fine del mese.",
        "I colloqui tra l'Ue e la Turchia sulla migrazione riprenderanno il mese prossimo.",
        "Il ministero non commenta i singoli casi.",
        "Secondo i dati ufficiali, dall'inizio dell'anno circa {arrivals} persone sono arrivate in Italia via mare.",
        "Il bando per la gestione dei posti scade alla fine del mese.",
        "La prefettura ha indetto una riunione con i sindaci del territorio per {weekday}.",
    ],
    "ctx_M003": [
        "Le foto di un bambino siriano annegato su una spiaggia vicino a Bodrum, scattate il 2 settembre, hanno cambiato il tono del dibattito in tutta Europa.",
        "Da quando le immagini del piccolo sulla spiaggia turca hanno fatto il giro del mondo, le donazioni alle associazioni si sono moltiplicate.",
        "Il bambino, annegato con la madre e il fratello vicino a Bodrum, è diventato il simbolo della crisi dei rifugiati.",
        "Dopo le foto dalla spiaggia turca molti lettori hanno chiamato il giornale per chiedere come aiutare.",
    ],
    "ctx_M006": [
        "Il 29 febbraio 93 profughi siriani sono atterrati a Fiumicino da Beirut con il primo grande gruppo dei corridoi umanitari.",
        "Il protocollo firmato a dicembre con il Viminale e la Farnesina prevede l'arrivo di circa mille rifugiati in due anni attraverso i corridoi umanitari.",
    ],
    "ctx_M007": [
        "In base alla dichiarazione Ue-Turchia del 18 marzo, chi arriva irregolarmente sulle isole greche può essere rimandato in Turchia.",
        "L'accordo tra Ue e Turchia prevede che per ogni siriano rimandato dalle isole greche un altro siriano sia reinsediato dalla Turchia.",
        "Dall'entrata in vigore dell'accordo con la Turchia, gli arrivi sulle isole greche sono crollati.",
        "Le organizzazioni per i diritti umani dubitano che la Turchia sia un Paese sicuro per chi viene rimandato indietro.",
    ],
    "filler_weather": [
        "Dopo {mm} millimetri di pioggia in ventiquattr'ore {river} è esondato in più punti.",
        "A {town} alcune famiglie sono state evacuate {weekday} sera perché l'acqua continuava a salire.",
        "La Protezione civile ha diramato l'allerta rossa per tutta la fascia costiera.",
        "Un'ondata di temporali ha attraversato la provincia, abbattendo alberi e linee elettriche.",
        "Secondo il Genio civile, il livello dei fiumi resterà alto per diversi giorni.",
        "Gli operai del Comune hanno distribuito sacchi di sabbia nelle strade più basse.",
        "Si raccomanda di evitare le strade allagate tra {town} e {town2}.",
        "Per il maltempo migliaia di famiglie sono rimaste senza corrente durante la notte.",
        "Gli agricoltori lungo {river} dicono che settimane di pioggia hanno allagato i campi.",
        "I residenti raccontano che l'acqua è entrata nelle case in pochi minuti.",
    ],
    "filler_energy": [
        "Secondo l'Autorità per l'energia le bollette della luce aumenteranno in media del {pct} per cento.",
        "Le società energetiche attribuiscono i rincari ai prezzi all'ingrosso.",
        "Le associazioni dei consumatori hanno ricevuto una valanga di reclami per le bollette stimate.",
        "In alcuni distributori la benzina è scesa a {price} al litro.",
        "Il nuovo parco eolico al largo di {town} fornirà elettricità a {tourists} famiglie.",
        "Chi cambia fornitore può risparmiare fino a cento euro l'anno, secondo l'Autorità.",
        "Il blackout ha colpito circa {arrivals} utenze tra {town} e {town2}.",
        "Il governo punta a raddoppiare gli impianti fotovoltaici sui tetti entro la fine del decennio.",
        "La società elettrica ha chiuso il semestre con un utile di {millions} milioni di euro.",
        "I sindacati dei pensionati denunciano che sempre più anziani rinunciano al riscaldamento.",
    ],
    "filler_sport": [
        "Il {team} ha battuto il {team2} {score} {weekday} davanti a uno stadio esaurito.",
        "Il gol della vittoria è arrivato al {minute}' con un colpo di testa sul secondo palo.",
        "L'allenatore si è detto orgoglioso della reazione della squadra nella ripresa.",
        "Il {team2} ha ingaggiato un giovane attaccante con un contratto biennale.",
        "La società ha comunicato che il capitano salterà le prossime tre partite per un infortunio al ginocchio.",
        "I biglietti per la partita di coppa saranno in vendita da {weekday} per gli abbonati.",
        "Con questa vittoria il {team} è primo in classifica con {n_small} punti di vantaggio.",
        "Al fischio finale i tifosi hanno invaso il campo per festeggiare la promozione.",
        "La squadra femminile giocherà la prima partita nel nuovo stadio il mese prossimo.",
        "L'arbitro ha espulso due giocatori dopo una rissa a bordo campo.",
    ],
    "filler_tourism": [
        "Quest'estate le presenze turistiche a {town} hanno raggiunto quota {tourists}, un record.",
        "Gli alberghi del lungomare hanno registrato il tutto esaurito per tutto agosto.",
        "I residenti lamentano che l'invasione di turisti nei fine settimana ha fatto salire gli affitti.",
        "Tre navi da crociera hanno attraccato lo stesso giorno, portando un'ondata di visitatori nel centro storico.",
        "Il Comune vuole introdurre una tassa di soggiorno di {tax} euro a notte.",
        "Bar e ristoranti dicono che la stagione quest'anno è cominciata prima del solito.",
        "Da maggio un nuovo sentiero costiero collega {town} e {town2}.",
        "Le guide propongono visite a piedi del porto e dell'antico quartiere dei pescatori.",
        "Secondo l'ufficio turistico, cresce la quota di prenotazioni dalla Germania e dai Paesi Bassi.",
        "I negozianti del centro parlano dell'estate più affollata degli ultimi dieci anni.",
    ],
}
