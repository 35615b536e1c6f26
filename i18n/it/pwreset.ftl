# I messaggi di pwreset in italiano. Stessi id e stesse variabili del catalogo inglese (un test
# lo verifica). Glossario in docs/i18n.md: reimpostare la password, sbloccare l'account,
# passaggio di verifica, codice, servizio.

## Metodi di verifica

method-kind = { $kind ->
    [email] email
    [sms] SMS
    [voice] telefonata
    [totp] app di autenticazione
   *[questions] domanda di sicurezza
 }
method-phrase = { $kind ->
    [voice] { $dest ->
        [yes] una telefonata al numero { $hint }
       *[no] una telefonata
     }
    [totp] la tua app di autenticazione
    [questions] { $dest ->
        [yes] la tua domanda di sicurezza ({ $hint })
       *[no] la tua domanda di sicurezza
     }
   *[other] { $dest ->
        [yes] un codice via { $how } a { $hint }
       *[no] un codice via { $how }
     }
 }
verification-steps = { $n ->
    [1] un passaggio di verifica
   *[other] { $n } passaggi di verifica
 }
verification-steps-distinct = { $n ->
    [1] un passaggio di verifica
   *[other] { $n } passaggi di verifica, ognuno con un metodo diverso
 }
opening-reset = Recupero di { $user } su { $service }: { $steps }.
opening-unlock = Sblocco di { $user } su { $service }: { $steps }.
opening-reset-here = Recupero di { $user }: { $steps }.
opening-unlock-here = Sblocco di { $user }: { $steps }.

## Codici

code-wrong-length = Hai inserito { $typed } { $typed ->
        [one] cifra
       *[other] cifre
    }; il codice ne ha { $n }. Non è stato inviato nulla.
code-not-a-code = Il codice ha { $n } cifre; questo non è un codice. Non è stato inviato nulla.
prompt-code-digits = Immetti il codice di { $n } cifre per { $user }
prompt-code-or-link = Immetti il codice per { $user } dal messaggio, oppure incolla il link completo
prompt-code = Immetti il codice per { $user }
prompt-with-keys = { $prompt } ({ $keys })
key-resend = r: invia un nuovo codice
key-other-method = m: un altro metodo
prompt-question = { $question } (la digitazione è nascosta)
resend-not-yet = Potrai ricevere un nuovo codice tra { $s } s; quello inviato è ancora valido.
expires-at-in-min = alle { $clock }, tra { $min } min
expires-at-in-s = alle { $clock }, tra { $s } s
code-expires = Il codice scade { $at }.
challenge-sent = { $kind ->
    [totp] Apri l'app di autenticazione per leggere il codice corrente.
    [questions] Rispondi alla tua domanda di sicurezza.
    [voice] { $known ->
        [yes] È in corso una chiamata al numero { $hint }; la chiamata detta un codice. { $expiry }
       *[no] Se { $user } ha un account su { $service }, è in corso una chiamata al numero { $hint }; la chiamata detta un codice. { $expiry }
     }
   *[other] { $known ->
        [yes] È stato inviato un codice via { $how } a { $hint }. { $expiry }
       *[no] Se { $user } ha un account su { $service }, è stato inviato un codice via { $how } a { $hint }. { $expiry }
     }
 }
challenge-outstanding = { $gates ->
    [1] {""}
   *[other] Passaggio { $gate } di { $gates }: {""}
 }{ $kind ->
    [totp] immetti il codice dell'app di autenticazione.
    [questions] immetti la risposta alla tua domanda di sicurezza.
   *[other] { $timed ->
        [yes] immetti il codice inviato via { $how } a { $hint }, valido fino alle { $until }.
       *[no] immetti il codice inviato via { $how } a { $hint }.
     }
 }
code-not-correct = Il codice non è corretto.
attempts-left = { $n ->
    [one] Resta 1 tentativo.
   *[other] Restano { $n } tentativi.
 }
prompt-resend-after-expiry = Questo codice non è più utilizzabile (è scaduto o è già stato usato). Inviarne uno nuovo via { $how }?
gate-verified = { $gates ->
    [1] Verifica completata.
   *[other] Passaggio { $gate } di { $gates } verificato.
 }

## Scelta del metodo

prompt-user = Il tuo ID utente (email o nome utente)
verifying-with = { $gates ->
    [1] Verifica con { $method }.
   *[other] Passaggio { $gate } di { $gates }: verifica con { $method }.
 }
prompt-choose-method = { $gates ->
    [1] Come vuoi verificare la tua identità?
   *[other] Passaggio { $gate } di { $gates }: come vuoi verificare la tua identità?
 }

## La nuova password

choose-password = Scegli una nuova password:
prompt-new-password = Nuova password (la digitazione è nascosta)
prompt-repeat-password = Ripeti la nuova password
password-empty = La password è vuota; digitane una.
passwords-differ = Le due password non coincidono. Riprova.
password-not-confirmed = la nuova password non è stata confermata
password-refused-by = { $service } ha rifiutato questa password:
password-refused-locally = Questa password non può essere usata:
password-refused-no-reason = (il servizio non ha indicato il motivo)
strength-line = Robustezza: { $label } ({ $score } su 4); indovinarla da un hash rubato richiederebbe { $time }.
prompt-use-anyway = Usarla comunque?

## Attesa

rate-limited-label = Troppe richieste
rate-limited-waiting = { $label } ({ $message }). Nuovo tentativo tra { $s } s (Ctrl-C per interrompere).
retrying-in = Nuovo tentativo tra { $s } s.
retrying-in-short = nuovo tentativo tra { $s } s

## Etichette delle righe

done-line = Fatto: { $line }
label-warning = avviso:
label-error = errore:
label-help = assistenza:
label-hint = suggerimento:

## Uso senza prompt

scripted-cannot-read-from-stdin = impossibile leggere { $what } da stdin: { $e }
scripted-stdin-ended-before = stdin è terminato prima di arrivare a: { $what }
scripted-give-one-line-per = fornisci una riga per codice (nell'ordine dei passaggi), poi la password
scripted-takes-name-environment-variable = { $flag } vuole il nome di una variabile d'ambiente, e quanto indicato non lo è (non viene mostrato)
scripted-export-my-secret-pass = esporta MY_SECRET=… e passa { $flag } MY_SECRET; { $rotate }
scripted-variable-names-not-set = la variabile indicata da { $flag } non è impostata (il nome non viene mostrato, nel caso sia il segreto)
scripted-export-variable-before-running = esporta la variabile prima di avviare pwreset; { $rotate }
scripted-password-file-does-not = --password-file { $path } non esiste
scripted-code-file-does-not = --code-file { $path } non esiste
scripted-your-user-id = il tuo ID utente
scripted-verification-code-s = i codici di verifica
scripted-new-password = la nuova password
scripted-cannot-run-code-command = impossibile eseguire --code-command { $program }: { $e }
scripted-code-command-did-not = --code-command non ha stampato un codice entro { $timeout } s ed è stato fermato
scripted-raise-code-command-timeout = aumenta --code-command-timeout, oppure controlla il comando
scripted-code-command-failed-so = --code-command non è riuscito ({ $status }), quindi non c'è un codice per il passaggio { $gate }
scripted-code-file-has-no = --code-file { $path } non ha la riga { $file_codes_used } per il prossimo codice
scripted-system-clock-unusable-totp = l'orologio di sistema non è utilizzabile per TOTP: { $e }
scripted-code-command-cannot-split = --code-command non può essere diviso in parole: { $e }
scripted-code-command-empty = --code-command è vuoto
scripted-variable-totp-secret-env = la variabile indicata da --totp-secret-env non contiene un segreto TOTP in base32
scripted-variable-totp-secret-env-2 = la variabile indicata da --totp-secret-env contiene un segreto TOTP vuoto
scripted-step = Passaggio { $gate } di { $gates }: { $method_phrase }.
scripted-method-not-available-step = --method { $wanted } non è disponibile per il passaggio { $gate }; il servizio offre: { $offered }
scripted-second-step-needs-different = un secondo passaggio richiede un tipo di metodo diverso dal primo
scripted-know-which-method-use = quale metodo usare per il passaggio { $gate } di { $gates }
scripted-pass-method-kind-id = passa --method TIPO o ID (uno per passaggio); il servizio offre: { $offered }
scripted-if-user-id-has = Se questo ID utente ha un account lì, è stato inviato un codice via { $describe_kind } a { $hint }.
scripted-code-step = il codice per il passaggio { $gate }
scripted-code-step-2 = il codice per il passaggio { $gate } ({ $describe_kind })
scripted-code-step-empty = il codice per il passaggio { $gate } è vuoto
scripted-code-step-cannot-right = il codice per il passaggio { $gate } non può essere corretto: { $problem }
scripted-check-code-source-no = controlla la fonte dei codici; non è stato consumato alcun tentativo
scripted-authenticator-code-was-refused = Il codice di autenticazione è stato rifiutato; un codice vale una volta per intervallo di 30 secondi, quindi pwreset attende { $as_secs_f64 } s il successivo e riprova.
scripted-step-verified = Passaggio { $passed } di { $required } verificato.
scripted-no-password-can-generated = non si può generare una password che rispetti i criteri del servizio
scripted-type-pipe-password-meets = digita o passa tramite pipe una password che rispetti le regole invece di --generate
scripted-new-password-empty-pwreset = la nuova password è vuota; pwreset non invia una password vuota
needs-but-may-not-prompt = pwreset deve chiedere { $what }, ma non può farlo (--no-input, CI è impostato, oppure stdin non è un terminale)

## Controllo delle violazioni

breach-range-service-answered-http = il servizio di intervalli ha risposto HTTP { $status }
breach-no-answer-within-s = nessuna risposta entro { $v_time_limit } s

## Demo

# Starts the demo's first line, in bold.
demo-label = pwreset demo:
demo-local-reset-service-running = { $bold } un servizio di reimpostazione locale è in esecuzione su { $url } (in memoria, sparisce quando la demo finisce).
demo-speaks-https-certificate-authority = Parla HTTPS con un'autorità di certificazione creata per questa demo: { $path }.
demo-account-current-password = Account demo: { $v_demo_user }, password attuale "{ $v_demo_password }", due passaggi di verifica.
demo-account-locked-as = L'account demo è bloccato (come dopo troppe password errate); lo sblocchiamo.
demo-codes-sent-demo-account = I codici "inviati" all'account demo compaiono qui sotto come righe [posta demo]; digitali quando richiesto.
demo-no-terminal-demo-plays = Nessun terminale: la demo fa da sola la parte del tuo telefono e della tua casella di posta.
demo-sign-password-failed = l'accesso demo con la password { $which ->
    [new] nuova
   *[existing] esistente
 } non è riuscito (HTTP { $status })
demo-old-demo-password-still = la vecchia password demo funziona ancora dopo la reimpostazione
demo-check-signing-new = Verifica demo: l'accesso con la nuova password funziona; quella vecchia viene rifiutata.
demo-check-signing-existing = Verifica demo: l'accesso con la password esistente funziona di nuovo.
demo-totp-secret = segreto TOTP della demo: { $e }
demo-outbox = posta in uscita della demo: { $e }
demo-outbox-has-no = la posta in uscita della demo non ha un codice per questo metodo
demo-inbox = {"["}posta demo: { $describe_kind } a { $place }]
demo-answer = la risposta è { $code }
demo-your-code = il tuo codice è { $code }
demo-started-recovery-verification-steps = { $arrow } Recupero avviato per { $user }: { $gates_required } passaggi di verifica.
demo-step-chose = { $arrow } Passaggio { $gate } di { $gates }: metodo scelto, { $method_phrase }.
demo-code-was-sent = È stato inviato un codice via { $describe_kind }.
demo-typed-code-from = { $arrow } Codice digitato; fonte: { $from }.
demo-password-rules = { $arrow } Regole della password: { $join }.
demo-policy-cannot-met = i criteri della demo non possono essere rispettati
demo-new-password-demo-account = { $arrow } Nuova password per l'account demo (generata): { $expose }

## dev-server

dev_server-cannot-create = impossibile creare { $dir }
dev_server-dev-server-serves-plain = il dev-server serve HTTP in chiaro con account di prova; ascolta solo su loopback, non su { $ip }
dev_server-use-addr-port = usa --addr 127.0.0.1:PORTA
dev_server-cannot-write-stdout = impossibile scrivere su stdout
dev_server-account-s-from = { $specs } account da { $p }
dev_server-built-demo-accounts-docs = i { $specs } account demo incorporati (docs/dev-server.md)
dev_server-pwreset-dev-server-protocol = pwreset dev-server: protocollo v1 su { $url } con { $origin }; Ctrl-C lo ferma
dev_server-sent-codes-get-dev = {"  "}codici inviati: GET { $url }/_dev/outbox
dev_server-tls-trust-server-ca = {"  "}TLS: considera attendibile questo server con --ca-cert { $path } (una CA creata ora, solo per i test)

## methods

methods-verification-methods-at-needed = Metodi di verifica per { $user } su { $service } ({ $gates_required } necessari per il recupero):

## pending

pending-no-pending-password-at = Nessuna password in sospeso per { $user } su { $service }.
pending-run-password-out-file = (Un'esecuzione con --password-out FILE la conserva in FILE.pending: passa lo stesso --password-out per cercarla lì.)
pending-password-at-waits = Una password in sospeso per { $user } su { $service } attende in { $join }: è stata inviata, ma la risposta è andata persa.
pending-try-signing-if-works = Prova ad accedere con essa. Se funziona: `pwreset pending confirm`; altrimenti: `pwreset pending discard`.
pending-there-no-pending-password = non c'è nessuna password in sospeso per { $user } su { $service }
pending-pwreset-pending-list-shows = `pwreset pending list` mostra dove ne attende una; un'esecuzione con --password-out FILE richiede qui lo stesso --password-out
pending-password-kept-as-one = La password viene conservata come quella in uso per { $user } su { $service }, in { $join }.
pending-password-at-forgotten = La password in sospeso per { $user } su { $service } è stata dimenticata; la tua password è quella che avevi.

## policy

policy-password-rules-at = Regole della password su { $service }:

## profile

profile-no-config-directory-system = nessuna directory di configurazione su questo sistema; imposta PWRESET_CONFIG
profile-cannot-read = impossibile leggere { $path }: { $e }
profile-cannot-create = impossibile creare { $dir }: { $e }
profile-no-profiles-yet-add = Ancora nessun profilo. Aggiungine uno con `pwreset profile add NOME --url URL --user ID`.
profile-no-profile-named-no = nessun profilo indicato e nessun default_profile impostato
profile-pwreset-profile-show-name = pwreset profile show NOME
profile-no-profile = nessun profilo { $name } in { $map }
profile-cannot-show-profile = impossibile mostrare il profilo { $name }: { $e }
profile-no-profile-2 = nessun profilo { $name } in { $path }
profile-removed-profile-from = Profilo { $name } rimosso da { $path }.
profile-not-profile-name-letters = { $name } non è un nome di profilo (lettere, cifre, - _ .)
profile-profiles-not-table = { $path }: `profiles` non è una tabella
profile-already-exists = il profilo { $name } esiste già in { $path }
profile-pass-force-replace = passa --force per sostituirlo
profile-saved-profile = Profilo { $name } salvato in { $path }.

## recover

recover-replaced-run = { $e }; viene sostituito da questa esecuzione
recover-interrupted-saved = È salvato uno { $intent ->
        [unlock] sblocco
       *[reset] recupero
    } interrotto per { $user } ({ $state }).
recover-continue = Continuarlo?
recover-starting-new-one = Ne inizio uno nuovo.
recover-run-starts-new-one = { $saved } Questa esecuzione ne inizia uno nuovo; passa --resume per continuare invece quello.
recover-generate-needs-save-keyring = --generate richiede --save-to-keyring o --password-out FILE, così la nuova password non va mai persa
recover-add-save-keyring-os = aggiungi --save-to-keyring (portachiavi del sistema) o --password-out FILE (creato con permessi 0600)
recover-save-keyring-password-out = --save-to-keyring e --password-out conservano una password generata; aggiungi --generate
recover-generate-choose-length-from = --generate={ $n }: scegli una lunghezza da 8 a 1024
recover-run-cannot-resumed = { $e }; questa esecuzione non può essere ripresa
recover-no-interrupted-flow-at = nessun flusso interrotto per { $user } su { $host } in { $where }
recover-start-again-without-resume = ricomincia senza --resume
recover-interrupted-flow-provider-resume = il flusso interrotto per { $user } è uno { $intent ->
        [unlock] sblocco
       *[reset] recupero
    } con il provider { $provider }; riprendilo con `pwreset { $intent }`
recover-resuming-interrupted = Ripresa dello { $intent ->
        [unlock] sblocco
       *[reset] recupero
    } interrotto per { $user } ({ $state }).
recover-requests-sent = { $request_count } richieste inviate
recover-password-changed-at = Password reimpostata per { $bold } su { $service }.
recover-new-password = La nuova password è in { $join }.
recover-has-told-account-s = { $service } ha informato il titolare dell'account della modifica.
recover-update-wherever-old-password = Aggiornala ovunque sia salvata la vecchia password: gestori di password, portachiavi del browser e del sistema, client di posta, helper delle credenziali git, altri dispositivi.
recover-sign-your-new-password = Accedi con la nuova password. Se l'account era bloccato, ora è anche sbloccato.
recover-sign-your-new-password-2 = Accedi con la nuova password.
recover-at = { $what } per { $bold } su { $service }.
recover-sign-your-existing-password = Accedi con la password che hai già.

## config

config-names-which-does-not = { $v_pwreset_config } indica { $path }, che non esiste
config-create-pwreset-profile-add = crealo con `pwreset profile add`, oppure rimuovi PWRESET_CONFIG
config-cannot-read-config-file = impossibile leggere il file di configurazione { $path }: { $e }
config-see-pwreset-profile-help = vedi `pwreset profile --help` o `man pwreset` per le chiavi che un profilo può contenere

## flow

flow-verification-steps-done = { $gates_passed } di { $gates_required } passaggi di verifica completati
flow-nothing-changed-your-account = Nulla è cambiato sul tuo account. Il codice è stato immesso ma non ancora verificato (il servizio lo verifica insieme alla nuova password); { $again }.
flow-code-sent-valid-until = ; il codice inviato a { $hint } è valido fino alle { $t }
flow-nothing-changed-your-account-2 = Nulla è cambiato sul tuo account. { $gates_passed } di { $gates_required } passaggi di verifica completati; { $again }{ $code }.
flow-needs-verification-steps-different = { $service } richiede { $gates_required } passaggi di verifica con tipi di metodo diversi, e non resta nessun altro metodo
flow-add-another-verification-method = aggiungi un altro metodo di verifica al tuo account, oppure rivolgiti all'help desk
flow-cannot-send-new-code = { $service } non può inviare un nuovo codice finché questo è valido.
flow-service-answered-nonsense-verification = il servizio ha risposto in modo incoerente: { $gates_passed } di { $gates_required } passaggi di verifica completati dopo il passaggio { $gate } di { $gates_required2 }
flow-check-code-then-run = controlla il codice, poi esegui lo stesso comando con --resume per riprovare
flow-run-same-command-resume = esegui lo stesso comando con --resume per ricevere un nuovo codice
flow-start-again-if-you = ricomincia; se non hai mai ricevuto il codice, controlla la destinazione mostrata
flow-asking-call = Richiesta di una chiamata al numero { $hint }…
flow-sending-code = Invio di un codice via { $describe_kind } a { $hint }…
flow-pending-password-no-longer = la password in sospeso non è più in { $join }
flow-pass-same-save-keyring = passa gli stessi --save-to-keyring / --password-out dell'esecuzione interrotta
flow-checks-code-together-new = { $service } verifica il codice insieme alla nuova password: un codice errato emerge solo allora, e in quel caso ti verrà chiesto di nuovo il codice.
flow-breached-times = compare { $n ->
    [one] una volta
   *[other] { $n } volte
 } in violazioni di dati note, quindi gli aggressori la provano per prima
flow-breached-password-check-could = Non è stato possibile controllare se la password compare in violazioni di dati ({ $why }); si prosegue senza.
flow-contacting = Connessione a { $service }…
flow-setting-new-password = Impostazione della nuova password…
flow-new-password-kept-marked = {" "}La nuova password è conservata, contrassegnata come in sospeso, in { $join }.
flow-repeated-submission-was-refused = l'invio ripetuto è stato rifiutato perché il suo codice è già usato o scaduto ({ $message }); se l'invio perso lo ha usato, la nuova password è impostata.{ $kept }
flow-try-signing-new-password = prova ad accedere con la nuova password; se non funziona, ricomincia senza --resume (--force-overwrite consente a una password generata di sostituire quella in sospeso)
flow-new-password-was-sent = la nuova password è stata inviata, ma la risposta è andata persa ({ $message }); potrebbe essere impostata oppure no.{ $kept }

## guard

guard-refused = { $what } è rifiutato. { $v_rule }
guard-refused-secrets-are-never = { $what } è rifiutato: i segreti non vengono mai presi dalla riga di comando, dove ogni utente locale può leggerli (`ps`, cronologia della shell)
guard-environment-variable-same-as = La variabile d'ambiente { $key } (equivale a `--{ $name }`)
guard-environment-variable-secret-like = La variabile d'ambiente { $key } (un segreto, come `--{ $name }`)
guard-config-key-at-same = La chiave di configurazione `{ $key }` in { $place } (equivale a `--{ $name }`)
guard-config-key-at-secret = La chiave di configurazione `{ $key }` in { $place } (un segreto, come `--{ $name }`)
guard-safe-password = digitala quando richiesto, oppure usa --password-stdin / --password-file PERCORSO
guard-safe-old-password = pwreset non ha mai bisogno della tua vecchia password
guard-safe-current-password = pwreset non ha mai bisogno della tua password attuale
guard-safe-code = digitalo quando richiesto, oppure usa --code-stdin / --code-file PERCORSO / --code-command CMD
guard-safe-otp = digitalo quando richiesto, oppure usa --code-stdin / --totp-secret-env VAR
guard-safe-totp-secret = usa --totp-secret-env VAR (il nome di una variabile che contiene il segreto)
guard-safe-client-secret = usa --client-secret-env VAR (il nome di una variabile che contiene il segreto)
guard-safe-flow-token = pwreset conserva i token di flusso nel portachiavi del sistema; usa --resume

## http

http-url-has-no-scheme = --url { $raw } non ha uno schema
http-did-you-mean = intendevi { $scheme }://{ $trim }?
http-url-not-valid-url = --url { $raw } non è un URL valido: { $e }
http-give-service-s-base = indica l'URL di base del servizio, ad es. --url https://id.example.com
http-service-url-must-not = l'URL del servizio non deve contenere un nome utente o una password
http-plain-http-refused-codes = http:// in chiaro è rifiutato per { $host_str }: codici e password attraverserebbero la rete senza cifratura
http-use-https-plain-http = usa https://; http in chiaro è consentito solo su loopback (127.0.0.1, ::1, localhost)
http-unsupported-url-scheme-use = schema URL { $other } non supportato; usa https://
http-answered-http-body-pwreset = { $service } ha risposto a { $call } (HTTP { $status }) con un corpo che pwreset non riesce a leggere: { $e }
http-something-not = qualcosa che non è { $expected }
http-answered-http = { $service } ha risposto HTTP { $status } ({ $clean }) con { $what }
http-try-again-later-if = { $hint }; riprova più tardi se si tratta di un errore del server
http-cannot-read-ca-cert = impossibile leggere --ca-cert { $path }: { $e }
http-ca-cert-not-pem = --ca-cert { $path } non è un certificato PEM: { $e }
http-cannot-set-up-http = impossibile configurare il client HTTP: { $e }
http-did-not-answer-within = { $host } non ha risposto entro { $as_secs_f64 } s
http-use-plain-http-allowed = usa { $trim_end_matches } (http in chiaro è consentito su loopback)
http-does-not-speak-tls = { $host } non parla TLS (risponde in HTTP in chiaro); è un http://?
http-connection-broke-while-reading = la connessione a { $host } si è interrotta durante la lettura della risposta: { $e }
http-sent-answer-larger-than = { $host } ha inviato una risposta più grande di 1 MiB; non è un'API di reimpostazione
http-limiting-requests-http-too = { $service } sta limitando le richieste (HTTP 429 Too Many Requests)
http-answer-bytes = < { $status } ({ $n } byte)
http-did-not-answer-time = { $host } non ha risposto in tempo
http-cannot-connect = impossibile connettersi a { $host }: { $root_cause }
http-request-failed = la richiesta a { $host } non è riuscita: { $root_cause }

## journal

journal-saved-flow-unreadable = il flusso salvato in { $where } è illeggibile: { $e }
journal-run-cannot-resumed-resume = { $e }; questa esecuzione non può essere ripresa con --resume
journal-holds-pending-password-from = { $place } contiene una password in sospeso di un'esecuzione interrotta
journal-settle-resume-first-if = prima risolvila con --resume; se quel flusso non esiste più, prova ad accedere con essa, poi passa --force-overwrite per sostituirla
journal-password-out-already-exists = --password-out { $file } esiste già; pwreset non lo sovrascrive
journal-choose-another-path-pass = scegli un altro percorso, oppure passa --force-overwrite
journal-pending-password-vanished-from = la password in sospeso è sparita dal portachiavi
journal-password-set-kept-but = la password è impostata e conservata in { $pending }, ma nel frattempo è comparso { $file } e non è stato sovrascritto
journal-password-set-kept-but-2 = la password è impostata e conservata in { $pending }, ma la rinomina in { $file } non è riuscita: { $e }

## keystore

keystore-os-keyring-not-usable = il portachiavi del sistema non è utilizzabile qui: { $detail }
keystore-use-password-out-file = usa invece --password-out FILE per una password generata, e --insecure-flow-file PERCORSO per conservare il flusso per --resume in un file in chiaro (0600)
keystore-not-one-auto-secret = { $v_pwreset_keyring }={ $other } non è uno tra auto, secret-service, keyutils, none
keystore-cannot-run-secret-tool = impossibile eseguire secret-tool: { $e }
keystore-cannot-talk-secret-tool = impossibile comunicare con secret-tool: { $e }
keystore-secret-service-did-not = il Secret Service non ha risposto entro { $v_keyring_timeout } s
keystore-secret-tool-failed = secret-tool non è riuscito: { $clean_capped }
keystore-cannot-attach-session-keyring = impossibile collegare un portachiavi di sessione: { $e }
keystore-no-answer-within-s = nessuna risposta entro { $v_keyring_timeout } s
keystore-not-pwreset-flow-file = { $path } non è un file di flusso di pwreset: { $e }
keystore-not-safe-use = { $what } { $path } non è sicuro da usare: { $rule }
keystore-cannot-read = impossibile leggere { $what } { $path }: { $e }
keystore-belongs-user-id-not = appartiene all'utente con ID { $uid }, non a te ({ $me })
keystore-chmod-go-w-after = chmod go-w { $path } (dopo averne controllato il contenuto)
keystore-its-directory-belongs-user = la sua directory { $dir } appartiene all'utente con ID { $uid }, che può sostituirlo
keystore-keep-secret-files-directory = tieni i file segreti in una directory in cui solo tu puoi scrivere, come la tua home
keystore-cannot-write = impossibile scrivere { $path }: { $e }
keystore-already-exists-pwreset-will = { $path } esiste già; pwreset non lo sovrascrive

## policy

policy-asks-characters-pwreset-accepts = richiede da { $min_length } a { $max_length } caratteri (pwreset accetta da 1 a { $v_max_password_length })
policy-contradictory-at-least-but = è contraddittoria: almeno { $min_length } ma al massimo { $max_length } caratteri
policy-asks-character-classes-there = richiede { $min_character_classes } classi di caratteri; ne esistono solo 4
policy-asks-character-classes-at = richiede { $classes_needed } classi di caratteri in al massimo { $max_length } caratteri
policy-characters-spaces-any-unicode = da { $min_length } a { $max_length } caratteri (spazi e qualsiasi lettera Unicode contano)
policy-at-least-lower-case = almeno { $min_character_classes } tra: minuscole, maiuscole, cifre, altri caratteri
policy-contains-at-least-one = contiene almeno un carattere { $class_word }
policy-characters-long-at-least = è lunga { $value } caratteri; ne servono almeno { $min_length }
policy-characters-long-at-most = è lunga { $value } caratteri; ne sono consentiti al massimo { $max_length }
policy-uses-character-classes-at = usa { $classes } delle 4 classi di caratteri; ne servono almeno { $min_character_classes }
policy-has-no-character = non contiene alcun carattere { $class_word }
policy-class = { $class ->
    [lowercase] minuscolo
    [uppercase] maiuscolo
    [digit] numerico
    [symbol] non alfanumerico
   *[other] { $class }
 }
policy-contains-part-your-user = contiene "{ $part }", parte del tuo ID utente

## cognito

cognito-too-many-attempts = { $service }: troppi tentativi ({ $kind }): { $message }
cognito-wait-while-cognito-does = attendi un po' (Cognito non dice quanto), poi avvia di nuovo pwreset
cognito-self-service-recovery-disabled = { $service }: il recupero self-service è disattivato per questo account ({ $message })
cognito-account-s-password-can = la password di questo account può essere reimpostata solo dai suoi amministratori; rivolgiti all'help desk
cognito-app-client-was-not = { $service }: il client dell'app non è stato trovato ({ $message })
cognito-check-client-id-region = controlla --client-id e --region (il client deve appartenere a un pool di utenti in quella regione)
cognito-parameter-was-refused = { $service }: un parametro è stato rifiutato: { $message }
cognito-check-user-client-id = controlla --user, --client-id e --client-secret-env
cognito-account-was-never-confirmed = { $service }: questo account non è mai stato confermato, quindi non può recuperare la password ({ $message })
cognito-did-not-send = Cognito non ha inviato un nuovo codice
cognito-code-not-correct = { $service }: il codice non è corretto
cognito-code-not-correct-2 = { $service }: il codice non è corretto ({ $m })
cognito-check-latest-code-cognito = controlla l'ultimo codice inviato da Cognito, poi avvia di nuovo pwreset
cognito-code-has-expired-was = { $service }: il codice è scaduto o è già stato usato ({ $m })
cognito-run-pwreset-again-get = avvia di nuovo pwreset per ricevere un nuovo codice
cognito-refused-new-password = { $service } ha rifiutato la nuova password

## firebase

firebase-pasted-link-not-url = il link incollato non è un URL: { $e }
firebase-link-not-resetting-password = quel link serve per { $clean_capped }, non per reimpostare una password
firebase-use-link-from-password = usa il link dell'email di reimpostazione della password
firebase-refused-request-http-api = { $service } ha rifiutato la richiesta (HTTP { $status }): la chiave API manca, non è valida o è limitata
firebase-pass-project-s-web = passa la chiave API web del progetto con --api-key (console Firebase → Impostazioni progetto)
firebase-code-not-valid = { $service }: il codice non è valido{ $detail_part }
firebase-paste-code-link-from = incolla il codice o il link dell'ultima email di reimpostazione
firebase-code-has-expired = { $service }: il codice è scaduto
firebase-run-pwreset-again-get = avvia di nuovo pwreset per ricevere una nuova email
firebase-too-many-attempts = { $service }: troppi tentativi ({ $code })
firebase-wait-while-then-run = attendi un po', poi avvia di nuovo pwreset
firebase-account-has-been-disabled = { $service }: questo account è stato disattivato dai suoi amministratori, quindi la sua password non può essere reimpostata
firebase-ask-app-s-support = chiedi all'assistenza dell'app di riattivare l'account
firebase-api-key-not-valid = { $service }: la chiave API non è valida{ $detail_part }
firebase-pass-project-s-web-2 = passa la chiave API web del progetto con --api-key
firebase-api-key-not-valid-2 = { $service }: la chiave API non è valida
firebase-user-id-must-account = { $service }: l'ID utente deve essere l'indirizzo email dell'account
firebase-pass-user-you-example = passa --user tu@example.com
firebase-unknown-tenant = { $service }: tenant sconosciuto{ $detail_part }
firebase-check-tenant-id = controlla --tenant-id
firebase-does-not-meet = non rispetta { $other }
firebase-code-valid = Il codice è valido per { $clean_capped }.
firebase-published-nonsense-as-its = { $service } ha pubblicato criteri della password incoerenti: { $field } = { $clean_capped }
firebase-published-password-policy = { $service } ha pubblicato criteri della password che { $why }
firebase-password-rules-project = Regole della password Firebase per { $service } (i criteri pubblicati dal progetto, se ne ha; altrimenti le regole che pwreset controlla localmente: il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo)

## pwreset

pwreset-drop-trailing-v-from = togli /v1 finale da --url (usa { $at }); pwreset lo aggiunge da sé
pwreset-check-url-give-service = controlla --url: indica l'URL di base del servizio (pwreset aggiunge /v1/…); per altri servizi passa { $join }
pwreset-does-not-look-like = { $tried } non sembra un servizio del protocollo pwreset (ha risposto HTTP { $status }, { $content_type })
pwreset-service-answered-nonsense = il servizio ha risposto in modo incoerente: { $what }
pwreset-check-url-points-at = controlla che --url punti a un servizio del protocollo pwreset v1; pwreset non ha modificato nulla sul tuo account
pwreset-its-empty-longer-than = il suo { $what ->
        [method] ID di metodo
        [challenge] ID di verifica
       *[flow] ID di flusso
    } è vuoto, più lungo di { $v_max_id } caratteri o contiene caratteri di controllo
pwreset-expiry-not-time = la scadenza { $what ->
        [code] del codice
       *[flow] del flusso
    } { $quoted } non è un orario
pwreset-expires-more-than-day = { $what ->
        [code] il codice
       *[flow] il flusso
    } scade tra più di un giorno ({ $quoted })
pwreset-id-cannot-name-path = l'ID { $quoted } non può indicare un segmento di percorso
pwreset-offered-more-than-verification = ha offerto più di { $v_max_methods } metodi di verifica
pwreset-code-digits = un codice di { $n } cifre
pwreset-resend-wait-s-attempts = un'attesa per il nuovo invio di { $resend_after_s } s o { $attempts_left } tentativi
pwreset-verification-steps-done-at = { $gates_passed } di { $gates_required } passaggi di verifica completati all'inizio
pwreset-verification-steps-done-flow = { $gates_passed } di { $gates_required } passaggi di verifica completati, in un flusso di { $gates_required2 }
pwreset-its-password-policy = i suoi criteri della password { $why }
pwreset-service-answered-new-password = il servizio ha risposto alla nuova password con lo stato { $quoted } invece di "complete"
pwreset-answered-unlock-state-instead = ha risposto allo sblocco con lo stato { $quoted } invece di "complete"

## settings

settings-user-id-empty = l'ID utente è vuoto
settings-user-id-contains-control = l'ID utente contiene caratteri di controllo o di formattazione invisibili (un a capo, un escape, un segno bidirezionale)
settings-type-user-id-as = digita l'ID utente come lo usi per accedere
settings-user-id-longer-than = l'ID utente è più lungo di { $v_max_user_id } caratteri
settings-no-profile = nessun profilo { $name } in { $place }
settings-known-profiles = profili noti: { $join }
settings-profile-names-provider-which = il profilo indica il provider { $name }, che questo pwreset non conosce
settings-known-providers = provider noti: { $names }
settings-profile-s-timeout-not = il timeout del profilo { $t } non è una durata: { $e }
settings-no-reset-service-given = nessun servizio di reimpostazione indicato
settings-pass-url-https-your = passa --url https://tuo-servizio, imposta PWRESET_URL, oppure usa un profilo (-p NOME)
settings-url-pwreset-url-profile = --url (o PWRESET_URL, o l'url del profilo) è per i servizi del protocollo pwreset; il provider { $name } non lo usa
settings-did-you-mean-endpoint = intendevi --endpoint-url? (Cognito trova il proprio endpoint anche da --region)
settings-firebase-provider-needs-project = il provider firebase richiede la chiave API web del progetto
settings-pass-api-key-key = passa --api-key CHIAVE (console Firebase → Impostazioni progetto; è configurazione pubblica, non un segreto)
settings-cognito-provider-needs-app = il provider cognito richiede l'ID del client dell'app
settings-pass-client-id-id = passa --client-id ID (o imposta PWRESET_CLIENT_ID, o client_id in un profilo)
settings-cognito-provider-needs-user = il provider cognito richiede la regione del pool di utenti
settings-pass-region-region-set = passa --region REGIONE (o imposta AWS_REGION)
settings-not-aws-region = { $region } non è una regione AWS

## signals

signals-stopped-signal = Interrotto dal segnale { $other }.

## prompter

prompter-cannot-read-from-terminal = impossibile leggere dal terminale: { $e }
prompter-cannot-read-hidden-answer = impossibile leggere una risposta nascosta dal terminale: { $e }
prompter-scripted-answer-not-menu = la risposta predefinita { $a } non è una scelta del menu

## Varie

demo-account-s-notes = gli appunti dell'account demo
demo-step-asks-authenticator-s = Il passaggio chiede il codice corrente dell'app di autenticazione.
demo-step-asks-security-question = Il passaggio pone la domanda di sicurezza.
demo-authenticator = l'app di autenticazione demo
demo-inbox-2 = la posta demo
pending-password-file = il file della password in sospeso
recover-your-account-was-not = Il tuo account non era bloccato; non c'era nulla da sbloccare
flow-new-password-was-sent-2 = la nuova password è stata inviata, la risposta è andata persa
flow-code-was-entered-service = il codice è stato immesso; il servizio lo verifica insieme alla nuova password
flow-run-same-command-continue = esegui lo stesso comando per continuare
flow-run-same-command-start = esegui lo stesso comando per ricominciare
flow-new-password-was-sent-3 = La nuova password è stata inviata e la risposta non era ancora arrivata: potrebbe essere impostata oppure no. Esegui lo stesso comando con --resume per chiarirlo.
flow-getting-step-ready = Preparazione del passaggio…
flow-asking-your-security-question = Richiesta della tua domanda di sicurezza…
flow-new-password-empty = la nuova password è vuota
flow-new-password-does-not = la nuova password non rispetta i criteri (controllo locale; non è stato inviato nulla)
flow-run-same-command-resume-2 = esegui lo stesso comando con --resume per chiarirlo (il nuovo tentativo non può impostare una password diversa)
flow-has-ended-so = il flusso è terminato, quindi pwreset non può saperlo; prova ad accedere con la password in sospeso e, se non funziona, ricomincia
http-server-must-reached-over = questo server va raggiunto tramite TLS; controlla la porta in --url
http-check-url-your-network = controlla --url, la rete e --timeout; questa richiesta non ha modificato nulla sul tuo account
http-wait-then-run-pwreset = attendi, poi avvia di nuovo pwreset
keystore-flow-file = il file del flusso
keystore-symbolic-link-pwreset-does = è un collegamento simbolico, e pwreset non segue collegamenti verso file segreti
keystore-name-file-itself = indica il file stesso
keystore-not-regular-file = non è un file normale
keystore-name-regular-file = indica un file normale
keystore-another-user-may-have = un altro utente potrebbe averlo messo lì; rimuovilo e lascia che pwreset crei il proprio
policy-requires-more-than-character = richiede più di 4 classi di caratteri
policy-your-profile-s-rule = {" "}(regola del tuo profilo)
policy-not-commonly-used-password = non è una password di uso comune
policy-does-not-contain-your = non contiene il tuo ID utente
policy-differs-from-your-current = è diversa dalla password attuale
policy-list-commonly-used-passwords = è in un elenco di password di uso comune
policy-contains-your-user-id = contiene il tuo ID utente
cognito-check-region-endpoint-url = controlla --region / --endpoint-url
cognito-has-no-self = Cognito non offre lo sblocco self-service. Un account che Cognito ha bloccato dopo password errate si sblocca da solo dopo un po'; `pwreset reset` imposta invece una nuova password
cognito-address-your-account = l'indirizzo del tuo account
cognito-no-code-was-entered = non è stato immesso alcun codice
cognito-names-delivery-destination = Cognito indica la destinazione solo quando invia un codice, quindi pwreset non può elencare i metodi senza inviarne uno; `pwreset reset` mostra dove è andato il codice
cognito-does-not-let = Cognito non permette a un utente di leggere i criteri della password del pool (servono diritti di amministratore), quindi questi sono i controlli che pwreset può fare: il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo; il pool può richiedere di più, e Cognito controlla le proprie regole quando la password viene inviata
firebase-link-has-no-mode = quel link non ha un mode; non è un link di azione Firebase
firebase-link-has-no-oobcode = quel link non ha un oobCode
firebase-has-no-self = Firebase non offre lo sblocco self-service: un account disattivato può essere riattivato solo dagli amministratori dell'app; `pwreset reset` imposta una nuova password
firebase-answer = una risposta di Firebase
firebase-check-endpoint-url-firebase = controlla --endpoint-url / FIREBASE_AUTH_EMULATOR_HOST
firebase-too-weak = è troppo debole
firebase-has-no-lower-case = non contiene lettere minuscole
firebase-has-no-upper-case = non contiene lettere maiuscole
firebase-has-no-digit = non contiene cifre
firebase-has-no-non-alphanumeric = non contiene caratteri non alfanumerici
firebase-too-short = è troppo corta
firebase-too-long = è troppo lunga
firebase-does-not-meet-project = non rispetta i criteri del progetto
firebase-code-not-password-reset = quel codice non serve per reimpostare una password
firebase-recovers-email-only = Firebase recupera solo tramite email: il codice di reimpostazione (in un link) va all'indirizzo con cui accedi; `pwreset reset --user EMAIL` lo invia
pwreset-check-url-points-at-2 = controlla che --url punti a un servizio del protocollo pwreset v1
pwreset-run-same-command-again = esegui di nuovo lo stesso comando per un nuovo flusso
pwreset-choose-password-meets-rules = scegli una password che rispetti le regole mostrate sopra
pwreset-run-pwreset-methods-see = esegui `pwreset methods` per vedere i tuoi metodi
pwreset-looks-like-disagreement-between = sembra un disaccordo tra pwreset e il servizio; esegui con -v e segnalalo
pwreset-no-content-type = nessun tipo di contenuto
settings-config-file = il file di configurazione
settings-no-profiles-are-defined = non è definito alcun profilo
settings-pass-user-id-set = passa --user ID (o imposta PWRESET_USER)
signals-stopped-terminal-went-away = Interrotto: il terminale è stato chiuso (SIGHUP).
scripted-pass-code-stdin-code = passa --code-stdin, --code-file PERCORSO, --code-command CMD o --totp-secret-env VAR
scripted-pass-password-stdin-password = passa --password-stdin, --password-file PERCORSO o --generate (con --save-to-keyring o --password-out FILE)
scripted-if-you-typed-secret = se lì hai digitato il segreto stesso, ora è nella cronologia della shell: sostituiscilo
scripted-code-command-printed-no = --code-command non ha stampato alcun codice
recover-account-unlocked = Account sbloccato
http-a-server-error = un errore del server

## Stima della robustezza (le parole di zxcvbn)

strength-label = { $score ->
    [0] molto debole
    [1] debole
    [2] discreta
    [3] robusta
   *[4] molto robusta
 }
strength-time = { $unit ->
    [less-than-a-second] meno di un secondo
    [second] { $n ->
        [one] { $n } secondo
       *[other] { $n } secondi
     }
    [minute] { $n ->
        [one] { $n } minuto
       *[other] { $n } minuti
     }
    [hour] { $n ->
        [one] { $n } ora
       *[other] { $n } ore
     }
    [day] { $n ->
        [one] { $n } giorno
       *[other] { $n } giorni
     }
    [month] { $n ->
        [one] { $n } mese
       *[other] { $n } mesi
     }
    [year] { $n ->
        [one] { $n } anno
       *[other] { $n } anni
     }
   *[centuries] secoli
 }
strength-warning-straight-rows-of-keys-are-easy-to-guess = Le file di tasti in linea retta sono facili da indovinare.
strength-warning-short-keyboard-patterns-are-easy-to-guess = Le brevi sequenze sulla tastiera sono facili da indovinare.
strength-warning-repeats-like-aaa-are-easy-to-guess = Le ripetizioni come "aaa" sono facili da indovinare.
strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Le ripetizioni come "abcabcabc" sono solo un po' più difficili da indovinare di "abc".
strength-warning-this-is-a-top10-password = È una delle 10 password più comuni.
strength-warning-this-is-a-top100-password = È una delle 100 password più comuni.
strength-warning-this-is-a-common-password = È una password molto comune.
strength-warning-this-is-similar-to-a-commonly-used-password = È simile a una password di uso comune.
strength-warning-sequences-like-abc-are-easy-to-guess = Le sequenze come abc o 6543 sono facili da indovinare.
strength-warning-recent-years-are-easy-to-guess = Gli anni recenti sono facili da indovinare.
strength-warning-a-word-by-itself-is-easy-to-guess = Una parola da sola è facile da indovinare.
strength-warning-dates-are-often-easy-to-guess = Le date sono spesso facili da indovinare.
strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = Nomi e cognomi da soli sono facili da indovinare.
strength-warning-common-names-and-surnames-are-easy-to-guess = I nomi e i cognomi comuni sono facili da indovinare.
strength-suggestion-use-a-few-words-avoid-common-phrases = Usa alcune parole, evita le frasi comuni.
strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = Non servono simboli, cifre o lettere maiuscole.
strength-suggestion-add-another-word-or-two = Aggiungi una o due parole. Meglio se poco comuni.
strength-suggestion-capitalization-doesnt-help-very-much = Le maiuscole non aiutano molto.
strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Tutto maiuscolo è facile da indovinare quasi quanto tutto minuscolo.
strength-suggestion-reversed-words-arent-much-harder-to-guess = Le parole al contrario non sono molto più difficili da indovinare.
strength-suggestion-predictable-substitutions-dont-help-very-much = Le sostituzioni prevedibili come "@" al posto di "a" non aiutano molto.
strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Usa una sequenza sulla tastiera più lunga e con più cambi di direzione.
strength-suggestion-avoid-repeated-words-and-characters = Evita parole e caratteri ripetuti.
strength-suggestion-avoid-sequences = Evita le sequenze.
strength-suggestion-avoid-recent-years = Evita gli anni recenti.
strength-suggestion-avoid-years-that-are-associated-with-you = Evita gli anni legati a te.
strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = Evita date e anni legati a te.

## Domande

prompt-choose-number = Scegli 1-{ $n }
choose-number-again = Digita un numero da 1 a { $n }.
confirm-default-yes = S/n
confirm-default-no = s/N
confirm-yes-words = s, si, sì
confirm-no-words = n, no
confirm-again = Rispondi s o n.

## Le risposte del dev-server

problem-title = { $code ->
    [invalid_request] La richiesta non è valida
    [invalid_token] Token di flusso mancante o non valido
    [flow_not_found] Flusso inesistente
    [flow_expired] Il flusso è scaduto o terminato
    [flow_complete] Il flusso è già completato
    [unknown_method] Metodo di verifica inesistente
    [method_already_used] Un secondo passaggio richiede un tipo di metodo diverso
    [gates_complete] Tutti i passaggi di verifica sono già superati
    [challenge_not_found] Verifica inesistente
    [invalid_code] Il codice non è corretto
    [code_expired] Il codice è scaduto
    [code_used] Il codice è già stato usato
    [too_many_attempts] Troppi codici errati
    [gates_incomplete] La verifica non è terminata
    [wrong_intent] Questo flusso è stato avviato per altro
    [password_rejected] La nuova password è stata rifiutata
    [idempotency_conflict] Idempotency-Key riutilizzata con una password diversa
    [rate_limited] Troppe richieste
    [locked] Il recupero è temporaneamente bloccato
    [payload_too_large] Il corpo della richiesta è troppo grande
    [not_found] Non trovato
    [method_not_allowed] Metodo non consentito
    [service_busy] Il servizio è occupato
   *[other] Errore
 }
server-cannot-read-users-file = impossibile leggere il file degli utenti { $path }
server-not-valid-users-file = { $origin } non è un file degli utenti valido
server-account-has-empty-user = { $origin }: un account ha un utente vuoto
server-user-appears-twice = { $origin }: l'utente { $who } compare due volte
server-gates-must = { $origin }: { $who }: i passaggi devono essere 1 o 2
server-gates-need-at-least = { $origin }: { $who }: { $gates } passaggi richiedono almeno { $gates } metodi di tipi diversi
server-method-needs = { $origin }: { $who }: un metodo { $kind } richiede "to"
server-totp-method-needs-base = { $origin }: { $who }: un metodo totp richiede un "secret" in base32
server-questions-method-needs-answers = { $origin }: { $who }: un metodo questions richiede "answers"
server-unknown-method-kind-known = { $origin }: { $who }: tipo di metodo sconosciuto { $k } (noti: { $v_kinds })
server-cannot-listen = impossibile ascoltare su { $addr }
server-cannot-listen-2 = impossibile ascoltare su { $http_addr }
server-dev-server-listens-tcp = il dev-server ascolta su un indirizzo TCP
server-request-body-not-valid = il corpo della richiesta non è valido: { $e }
server-not-allowed-here = { $method } non è consentito qui
server-no-endpoint = nessun endpoint { $path }
server-cannot-make-ca-key = impossibile creare la chiave della CA
server-cannot-make-ca = impossibile creare la CA
server-cannot-make-server-key = impossibile creare la chiave del server
server-cannot-name-server = impossibile assegnare il nome al server
server-cannot-sign-server-certificate = impossibile firmare il certificato del server
server-tls-versions = versioni TLS
server-cannot-use-server-certificate = impossibile usare il certificato del server
server-security-questions = { $n ->
    [one] { $n } domanda di sicurezza
   *[other] { $n } domande di sicurezza
 }
server-no-such-flow-start = flusso inesistente; ricomincia
server-flow-has-no-method = questo flusso non ha il metodo { $method_id }
server-method-already-passed-gate = un metodo { $kind } ha già superato un passaggio; il prossimo richiede un tipo diverso
server-code-not-correct-attempt = il codice non è corretto; { $left ->
    [one] resta { $left } tentativo
   *[other] restano { $left } tentativi
 }
server-flow-was-started = questo flusso è stato avviato per { $intent ->
    [unlock] sbloccare un account
   *[reset] reimpostare una password
 }
server-verification-gates-passed = { $gates_passed } di { $gates_required } passaggi di verifica superati
server-no-such-challenge-flow = nessuna verifica del genere in questo flusso
server-account-locked = l'account è bloccato
server-wrong-user-password = utente o password errati
server-no-such-account = account inesistente
mod-request-bodies-are-limited = i corpi delle richieste sono limitati a 64 KiB
flows-user-must-characters = l'utente deve avere da 1 a 256 caratteri
flows-too-many-recovery-attempts = troppi tentativi di recupero per questo account; attendi e riprova
flows-send-flow-token-as = invia il token di flusso come `Authorization: Bearer <flow_token>`
flows-flow-token-does-not = il token di flusso non corrisponde a questo flusso
flows-flow-has-expired-start = questo flusso è scaduto; ricomincia
flows-flow-ended-after-too = questo flusso è terminato dopo troppi codici errati; ricomincia
flows-flow-already-complete = questo flusso è già completato
flows-all-verification-gates-are = tutti i passaggi di verifica sono superati
flows-code-was-sent-moments = un codice è stato inviato pochi istanti fa; attendi prima di chiederne un altro
flows-too-many-codes-sent = troppi codici inviati in questo flusso; ricomincia più tardi
flows-code-was-already-used = questo codice è già stato usato; i codici valgono una sola volta
flows-code-has-expired-ask = il codice è scaduto; chiedine uno nuovo
flows-too-many-wrong-codes = troppi codici errati; questo flusso è terminato, ricomincia
flows-idempotency-key-already-set = questa Idempotency-Key ha già impostato una password diversa
flows-password-was-already-set = la password è già stata impostata in questo flusso
flows-your-current-password = è la tua password attuale
flows-new-password-does-not = la nuova password non rispetta i criteri
flows-your-password-was-changed = la tua password è stata reimpostata
flows-your-account-was-unlocked = il tuo account è stato sbloccato
flows-not-every-verification-gate = non tutti i passaggi di verifica sono superati
limits-too-many-requests-from = troppe richieste da questo indirizzo; attendi e riprova
limits-service-holds-as-many = il servizio gestisce già tutti i flussi di recupero che può; riprova tra poco
limits-recovery-account-locked-after = il recupero per questo account è bloccato dopo ripetute verifiche non riuscite; riprova più tardi
server-delivered-code = il tuo codice è { $code }
demo-label-authenticator = [app di autenticazione demo]
demo-label-hint = [suggerimento demo]
keystore-no-store-for-platform = nessun archivio del portachiavi per questa piattaforma
keystore-item-not-text = un elemento del portachiavi non è testo
keystore-writable-by-others = è scrivibile da altri (modo { $mode })
keystore-readable-by-others = è leggibile da altri (modo { $mode })
keystore-directory-writable-by-others = la sua directory { $dir } è scrivibile da altri senza sticky bit (modo { $mode }), quindi chiunque può sostituirlo
signals-stopped = Interrotto.
signals-stopped-by = Interrotto ({ $signal }).
interrupted = interrotto

## Elenchi

# Between clauses that hold commas themselves (the demo's password rules).
list-clause-separator = ;{" "}
list-separator = ,{" "}
list-and = { $first } e { $last }
list-or = { $first } o { $last }
keystore-the-file = il file
cognito-answer = una risposta di Cognito
pwreset-protocol-problem = un problema del protocollo v1
not-shown = [non mostrato]
scripted-code-command-error = --code-command: { $e }

## entra (Microsoft Entra External ID, autenticazione nativa)

entra-not-a-tenant = { $tenant } non è un tenant External ID (il suo sottodominio, come contoso, o il suo ID)
settings-pass-tenant = passa --tenant SOTTODOMINIO (o l'ID del tenant), oppure --authority-url per un dominio personalizzato
settings-entra-needs-tenant = il provider entra richiede il tenant
settings-entra-needs-client-id = il provider entra richiede l'ID client dell'app (un'app con l'autenticazione nativa attiva)
entra-answer = una risposta dell'autenticazione nativa
entra-check-authority = controlla --tenant o --authority-url; questa richiesta non ha modificato nulla sul tuo account
entra-no-token = il servizio non ha fornito un continuation token
entra-needs-browser = { $service } vuole che questa reimpostazione avvenga nel browser{ $reason }: il suo accesso richiede più di un codice via email
entra-use-browser = usa in un browser la pagina "Password dimenticata?" dell'app
entra-flow-expired = { $service }: questo recupero è scaduto
entra-start-again = ricomincia (esegui lo stesso comando senza --resume)
entra-user-not-found = { $service } non ha alcun account con questo ID utente
entra-check-user = controlla l'ID utente: è l'indirizzo email con cui accedi
entra-unsupported-challenge = { $service } chiede una verifica che pwreset non può fare dal terminale
entra-native-auth-disabled = { $service } ha l'autenticazione nativa disattivata per questa app
entra-ask-admin-native-auth = gli amministratori dell'app la attivano nell'interfaccia di amministrazione di Entra (Autenticazione → Abilita l'autenticazione nativa)
entra-client-refused = { $service } non conosce questa app, oppure l'app non può usare l'autenticazione nativa ({ $said })
entra-check-client-id = controlla --client-id: l'ID applicazione (client) di un'app registrata in questo tenant
entra-refused = { $service } ha rifiutato la richiesta: { $error } ({ $said })
entra-nonsense = il servizio ha risposto in modo incoerente: { $what }
entra-password-suberror = { $suberror ->
    [password_too_weak] è troppo debole
    [password_too_short] è troppo corta
    [password_too_long] è troppo lunga
    [password_recently_used] è stata usata di recente
    [password_banned] è nell'elenco delle password vietate
   *[other] non è accettata
 }
entra-refused-password = { $service } ha rifiutato la nuova password
entra-change-failed = { $service } non è riuscito a reimpostare la password
entra-change-timeout = { $service } non ha finito di reimpostare la password entro { $s } s; potrebbe essere impostata oppure no
entra-no-unlock = Entra External ID non offre lo sblocco self-service; `pwreset reset` imposta una nuova password
entra-wrong-code = { $service }: il codice non è corretto
entra-check-latest-code = digita il codice dell'ultima email
entra-names-destination = Entra indica dove va il codice solo quando lo invia, quindi pwreset non può elencare i metodi senza inviarne uno; `pwreset reset` mostra dove è andato
entra-policy-note = Entra non pubblica le sue regole della password; pwreset controlla quelle che External ID applica (da 8 a 256 caratteri, 3 dei 4 tipi), e il servizio rifiuta anche le password vietate e quelle usate di recente

## entra account aziendali: il passaggio al portale di reimpostazione

entra-user-not-upn = l'ID utente di un account aziendale è un indirizzo come nome@contoso.com
entra-unknown-cloud = il servizio di accesso indica un cloud Microsoft che pwreset non conosce: { $cloud }
entra-no-tenant-for-domain = nessuna organizzazione Microsoft Entra usa { $domain }
entra-no-work-account = { $user } non è un account aziendale noto a Microsoft Entra ({ $cloud })
entra-cloud-name = { $cloud ->
    [usgov] Microsoft Entra per il governo degli Stati Uniti
    [china] Microsoft Entra gestito da 21Vianet
   *[global] Microsoft Entra
 }
entra-handoff-intro = { $user } è un account aziendale ({ $cloud }). Microsoft non offre un'API di reimpostazione per gli account aziendali: la reimpostazione si fa nel suo portale self-service, nel browser:
entra-handoff-reset-choice = Lì scegli "Ho dimenticato la password": verifichi la tua identità, poi imposti una nuova password.
entra-handoff-unlock-choice = Lì scegli "Conosco la password, ma non riesco comunque ad accedere": verifichi la tua identità e l'account viene sbloccato.
entra-handoff-rule = Solo il titolare dell'account può farlo. Un amministratore non può reimpostare una password per conto tuo (nemmeno in Partner Center gestito da 21Vianet), e pwreset non agisce mai per altri.
entra-handoff-qr = Oppure inquadralo con il telefono:
entra-handoff-opened = Aperto nel browser.
entra-handoff-no-browser = Qui non è stato possibile aprire un browser: apri tu l'indirizzo qui sopra.
entra-federated = { $user } accede tramite il servizio della propria organizzazione ({ $host }): le password le gestisce quel servizio, non Microsoft Entra.
entra-federated-hint = Usa la pagina di reimpostazione della password della tua organizzazione, oppure rivolgiti al suo help desk.
entra-workforce-only-reset = un account aziendale Microsoft Entra non ha un'API a cui pwreset possa chiederlo: i suoi metodi e le sue regole sono mostrati nel portale di reimpostazione di Microsoft
entra-workforce-use-reset = `pwreset reset --provider entra --user TU@DOMINIO` ti ci porta (per un tenant clienti di External ID, passa --tenant e --client-id)

## PocketBase
policy-at-most-bytes = al massimo { $max_bytes } byte in UTF-8 (una lettera non ASCII ne occupa da 2 a 4)
policy-bytes-at-most = occupa { $value } byte in UTF-8; ne sono consentiti al massimo { $max_bytes }
pocketbase-has-no-unlock = PocketBase non offre lo sblocco self-service: un account può essere modificato solo dagli amministratori dell'app; `pwreset reset` imposta una nuova password
pocketbase-answer = una risposta di PocketBase
pocketbase-check-url = controlla --url (il server PocketBase, ad esempio https://pb.example.com)
pocketbase-no-auth-collection = { $service }: non esiste una raccolta di autenticazione chiamata { $collection }
pocketbase-pass-collection = indica con --collection la raccolta di autenticazione del tuo account (predefinita: users)
pocketbase-refused = { $service } ha rifiutato la richiesta (HTTP { $status }): { $message }
pocketbase-link-expired = { $service }: il link di reimpostazione è scaduto
pocketbase-new-link = esegui di nuovo pwreset per ricevere una nuova email
pocketbase-link-not-valid = { $service }: il link di reimpostazione non è valido (già usato, sostituito da uno più recente o digitato male)
pocketbase-paste-latest-link = incolla il link intero (o la sua ultima parte) dall'email di reimpostazione più recente
pocketbase-link-for-other = quel link serve per { $kind }, non per reimpostare una password
pocketbase-link-for-until = Il link è per { $email } e funziona fino alle { $time }.
pocketbase-accepted-empty = { $service } ha accettato una password vuota, cosa che PocketBase non fa mai: interrompo
pocketbase-email-only = PocketBase recupera solo tramite email: un link va all'indirizzo con cui accedi; `pwreset reset --user EMAIL` lo invia
pocketbase-policy-note = Regole della password PocketBase per { $service }: la lunghezza indicata dalla raccolta (al massimo 72 byte, quanti ne legge bcrypt), più le regole che pwreset controlla localmente (il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo)

## django-allauth
allauth-has-no-unlock = django-allauth non offre lo sblocco self-service: un account bloccato o inattivo può essere modificato solo dagli amministratori del sito; `pwreset reset` imposta una nuova password
allauth-answer = una risposta di django-allauth
allauth-check-url = controlla --url (il sito, ad esempio https://example.com, o la sua API headless, …/_allauth/app/v1)
allauth-not-headless = { $service } non offre l'API headless di django-allauth per le app (/_allauth/app/v1/config)
allauth-unknown-email = { $service } dice che nessun account usa questo indirizzo email
allauth-flow-over = { $service }: questa reimpostazione è terminata (troppi codici errati, oppure è scaduta)
allauth-start-again = esegui di nuovo pwreset per ricevere un nuovo codice
allauth-link-not-valid = { $service }: il link di reimpostazione non è valido (già usato o digitato male)
allauth-code-not-valid = { $service }: quel codice non è corretto
allauth-type-latest-code = digita il codice dell'email di reimpostazione più recente (maiuscole, spazi e trattini non contano)
allauth-email-only = django-allauth recupera solo tramite email: un codice (o un link) va all'indirizzo con cui accedi; `pwreset reset --user EMAIL` lo invia
allauth-policy-note = django-allauth non pubblica regole per le password di { $service }: pwreset controlla le proprie (il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo); se il sito rifiuta una password, i suoi validatori ne danno i motivi

## Better Auth
better-auth-has-no-unlock = Better Auth non offre lo sblocco self-service: un account bloccato può essere modificato solo dagli amministratori dell'app; `pwreset reset` imposta una nuova password
better-auth-answer = una risposta di Better Auth
better-auth-check-url = controlla --url (la base di Better Auth, ad esempio https://app.example.com/api/auth)
better-auth-type-latest-code = digita il codice dell'email di reimpostazione più recente
better-auth-link-not-valid = { $service }: il link di reimpostazione non è valido (scaduto, già usato o digitato male)
better-auth-too-many-attempts = { $service }: troppi codici errati; questo codice non funziona più, nemmeno se digitato correttamente
better-auth-reset-disabled = { $service } non offre la reimpostazione della password (l'app non invia email di reimpostazione)
better-auth-not-better-auth = { $service } non risponde qui alle richieste di reimpostazione della password di Better Auth
better-auth-email-only = Better Auth recupera solo tramite email: un codice (o un link) va all'indirizzo con cui accedi; `pwreset reset --user EMAIL` lo invia
better-auth-policy-note = Better Auth non pubblica regole per le password di { $service }: pwreset controlla i valori predefiniti (da 8 a 128 caratteri) e le proprie regole (il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo); se i limiti dell'app sono diversi, l'app lo dice

## --provider auto e `pwreset detect`
detect-evidence-ciamlogin = l'host è di Microsoft Entra External ID (ciamlogin.com)
detect-evidence-entra-settings = è stato indicato un tenant, un'authority, un cloud o un URL di accesso Entra
detect-evidence-api-key = è stata indicata una chiave API Firebase
detect-evidence-cognito-settings = è stata indicata una regione, un endpoint o un segreto client di Cognito
detect-evidence-matched = { $request } → { $answer }: la risposta di { $kind }
detect-evidence-remembered = scoperto da un'esecuzione precedente (pwreset detect lo chiede di nuovo)
detect-nothing-matched = { $service } non risponde come nessuno dei servizi che pwreset conosce. Tentativi: { $tried }
detect-name-provider = controlla --url, oppure indica il tipo con --provider ({ $names })
detect-found = { $service } è un servizio { $kind } (--provider { $kind })
flow-unlock-not-offered = questo servizio non offre lo sblocco self-service; `pwreset reset` imposta una nuova password

## Supabase Auth
supabase-has-no-unlock = Supabase Auth non offre lo sblocco self-service: un account bloccato può essere modificato solo dagli amministratori del progetto; `pwreset reset` imposta una nuova password
supabase-answer = una risposta di Supabase Auth
supabase-check-url = controlla --url (il progetto, ad esempio https://PROJECT.supabase.co, o un GoTrue installato in proprio)
supabase-code-not-valid = { $service }: il codice è errato o scaduto
supabase-type-latest-code = digita il codice dell'email di recupero più recente (o incolla il suo link); per uno nuovo, chiedi un altro codice
supabase-weak-length = è più corta di quanto il progetto consente
supabase-weak-characters = manca di un tipo di carattere richiesto dal progetto
supabase-weak-pwned = compare in una violazione di dati nota
supabase-same-password = è uguale alla password attuale
supabase-rate-limited = { $service } sta limitando le richieste: { $message }
supabase-session-over = { $service }: la sessione data dal codice è terminata
supabase-needs-api-key = { $service } richiede la chiave API del progetto (la chiave anon)
supabase-pass-api-key = passa --api-key CHIAVE (Project Settings → API → anon key; è pubblica)
supabase-banned = { $service }: questo account è bloccato, quindi la sua password non può essere reimpostata qui
supabase-no-session = { $service } ha accettato il codice ma non ha dato una sessione con cui impostare la password
supabase-email-only = Supabase Auth recupera solo tramite email: un codice (se il modello del progetto lo include) o un link va all'indirizzo con cui accedi; `pwreset reset --user EMAIL` lo invia
supabase-policy-note = Supabase non pubblica regole per le password di { $service }: pwreset controlla i valori predefiniti (almeno 6 caratteri, al massimo 72 byte, quanti ne legge bcrypt) e le proprie regole (il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo); se il progetto rifiuta una password, ne mostra i motivi
detect-evidence-supabase = l'host è di un progetto Supabase (supabase.co)

## Ory Kratos
kratos-has-no-unlock = Ory Kratos non offre lo sblocco self-service: un'identità disattivata può essere modificata solo dai suoi amministratori; `pwreset reset` imposta una nuova password
kratos-answer = una risposta di Ory Kratos
kratos-check-url = controlla --url (l'endpoint pubblico di Kratos, o https://PROJECT.projects.oryapis.com)
kratos-flow-expired = { $service }: questo recupero è scaduto
kratos-session-too-old = { $service }: la sessione data dal codice non è più abbastanza privilegiata per impostare una password
kratos-needs-browser = { $service } completa il recupero solo in un browser (chiede di reindirizzare alla sua pagina delle impostazioni)
kratos-enable-continue-with = i suoi amministratori possono attivare feature_flags.use_continue_with_transitions per le app native; nel frattempo usa la pagina "Password dimenticata?" del sito
kratos-signed-in = { $service } dice che per questo client è già attiva una sessione
kratos-no-flow = { $service } ha risposto senza l'ID del flusso, che Kratos invia sempre
kratos-refused-email = { $service } ha rifiutato l'indirizzo: { $message }
kratos-no-session = { $service } ha accettato il codice ma non ha dato una sessione o un flusso di impostazioni con cui impostare la password
kratos-email-only = Qui Ory Kratos recupera solo tramite email (un codice all'indirizzo con cui accedi); `pwreset reset --user EMAIL` lo invia
kratos-policy-note = Ory Kratos non pubblica regole per le password di { $service }: pwreset controlla le proprie (il valore predefinito NIST SP 800-63B, reso più severo dalla sezione [policy] del tuo profilo); se Kratos rifiuta una password, ne mostra i motivi (troppo corta, troppo simile all'identificativo, presente in violazioni di dati)
detect-evidence-ory = l'host è di Ory Network (oryapis.com)

## Okta
okta-cannot-list = Okta non dice quali fattori ha il tuo account prima che uno venga usato: l'organizzazione può offrire SMS, chiamata vocale ed email, secondo i suoi criteri per le password; `pwreset reset --method sms|voice|email` ne sceglie uno
okta-answer = una risposta di Okta
okta-check-url = controlla --url (la tua organizzazione Okta, ad esempio https://acme.okta.com, o il suo dominio personalizzato)
okta-wrong-answer = { $service }: quella risposta alla domanda di recupero non è corretta
okta-link-not-valid = { $service }: il link di recupero non è valido (scaduto, già usato o digitato male)
okta-transaction-over = { $service }: questa transazione di recupero è terminata (è scaduta, oppure è stata completata o annullata)
okta-not-allowed = { $service } non consente questo recupero: { $said }
okta-ask-helpdesk = i criteri della tua organizzazione non offrono questo fattore o il recupero self-service per il tuo account; prova un altro metodo o chiedi all'helpdesk
okta-identity-engine = le organizzazioni su Okta Identity Engine possono rifiutare l'API di recupero Classic; usa invece la pagina di accesso della tua organizzazione ("Password dimenticata?" o "Sbloccare l'account?")
okta-unexpected-status = { $service } ha risposto a un passaggio di recupero con uno stato che questo passaggio non ha mai
detect-evidence-okta = l'host è di un'organizzazione Okta (okta.com)
supabase-not-here = { $service } non risponde qui alle richieste di Supabase Auth (né sotto /auth/v1 né alla radice)
