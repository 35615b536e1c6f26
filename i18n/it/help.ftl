# La guida di pwreset in italiano: --help, la pagina man, le parole di clap e i codici di uscita.

## Guida (--help, la pagina man)

help-about = Recupera l'accesso al tuo account: verifica la tua identità, poi imposta una nuova password
help-long-about =
    Non riesci ad accedere al tuo account? Recuperalo dal terminale.
    {""}
    pwreset ti guida nella verifica dell'identità presso l'API di reimpostazione del tuo servizio, chiede in locale i codici e la nuova password, controlla la password e la invia. Agisce sempre e solo per la persona che lo esegue: non c'è modo di reimpostare la password di qualcun altro, e nessun segreto viene mai preso dalla riga di comando.
help-after =
    Prima volta? `pwreset demo` esegue l'intero flusso su un servizio locale incorporato.
    {""}
    Esempi:
    {"  "}pwreset reset --url https://id.example.com --user tu@example.com
    {"  "}pwreset reset -p lavoro              # con un profilo del file di configurazione
    {"  "}pwreset unlock -p lavoro
help-about-reset = Verifica la tua identità e imposta una nuova password ("creane una nuova")
help-after-reset =
    Esempi:
    {"  "}pwreset reset --url https://id.example.com --user tu@example.com
    {"  "}pwreset reset -p lavoro --method totp
    {"  "}TOTP=... pwreset reset -p ci --totp-secret-env TOTP --generate --save-to-keyring --output json
help-about-unlock = Verifica la tua identità e sblocca l'account, mantenendo la password attuale
help-long-about-unlock =
    Verifica la tua identità e sblocca l'account, mantenendo la password attuale
    {""}
    Dove il servizio offre lo sblocco self-service (il protocollo pwreset). Cognito e Firebase non lo offrono: pwreset lo dice, e `pwreset reset` imposta invece una nuova password.
help-after-unlock =
    Esempi:
    {"  "}pwreset unlock --url https://id.example.com --user tu@example.com
    {"  "}pwreset unlock -p lavoro
help-about-methods = Elenca i tuoi metodi di verifica, mascherati, come li riporta il servizio
help-long-about-methods =
    Elenca i tuoi metodi di verifica, mascherati, come li riporta il servizio
    {""}
    Cognito e Firebase indicano la destinazione solo quando inviano un codice, quindi per loro pwreset lo dice invece di inviarne uno.
help-after-methods =
    Esempi:
    {"  "}pwreset methods --url https://id.example.com --user tu@example.com
    {"  "}pwreset methods -p lavoro --output json
help-about-policy = Mostra le regole della password applicate dal servizio
help-about-detect = Indica che tipo di servizio di reimpostazione è --url, e perché (richieste di sola lettura; ricordato per --provider auto)
help-after-policy =
    Esempi:
    {"  "}pwreset policy --url https://id.example.com
    {"  "}pwreset policy -p lavoro --output json
help-about-demo = L'intero flusso di reimpostazione su un servizio locale incorporato, in un solo comando
help-after-demo =
    Esempi:
    {"  "}pwreset demo
    {"  "}pwreset demo --unlock
    {"  "}pwreset demo --tls                  # su HTTPS, con una CA creata per la demo
help-about-dev-server = Avvia un servizio di reimpostazione di riferimento locale (in memoria) per provare e testare
help-after-dev-server =
    Esempi:
    {"  "}pwreset dev-server --addr 127.0.0.1:8787
    {"  "}pwreset dev-server --tls --ca-out dev-ca.pem   # poi: pwreset reset --url https://127.0.0.1:8787 --ca-cert dev-ca.pem
    {"  "}url=$(pwreset dev-server --addr 127.0.0.1:0 --users users.json | head -1)
help-about-completions = Stampa uno script di completamento per la shell
help-after-completions =
    Esempi:
    {"  "}pwreset completions bash > ~/.local/share/bash-completion/completions/pwreset
    {"  "}pwreset completions zsh > ~/.zfunc/_pwreset
help-about-man = Stampa la pagina man (roff)
help-after-man =
    Esempi:
    {"  "}pwreset man | man -l -
    {"  "}pwreset man > ~/.local/share/man/man1/pwreset.1
help-about-profile = Gestisci i profili nel file di configurazione
help-after-profile =
    Esempi:
    {"  "}pwreset profile add lavoro --url https://id.example.com --user tu@example.com --method totp
    {"  "}pwreset profile show lavoro
    {"  "}pwreset profile list
    {""}
    Un profilo contiene provider, url, user, methods, timeout, ca_cert, region, client_id,
    client_secret_env, endpoint_url, api_key, tenant_id e [policy] min_length, max_length,
    min_character_classes; mai un segreto.
help-about-profile-list = Elenca i profili (quello predefinito è contrassegnato)
help-about-profile-show = Mostra le impostazioni di un profilo (quello predefinito senza NOME)
help-about-profile-add = Aggiungi un profilo (nessun segreto viene mai scritto nel file di configurazione)
help-about-profile-remove = Rimuovi un profilo
help-about-pending = Risolvi una password generata rimasta in sospeso quando la risposta al suo invio è andata persa
help-after-pending =
    Esempi:
    {"  "}pwreset pending list -p lavoro --password-out svc.pw
    {"  "}pwreset pending confirm -p lavoro    # l'accesso con essa ha funzionato
    {"  "}pwreset pending discard -p lavoro    # non ha funzionato
help-about-pending-list = Mostra dove attende una password in sospeso (il portachiavi del sistema, e FILE.pending con --password-out)
help-about-pending-confirm = La password in sospeso è quella in uso (hai eseguito l'accesso con essa): conservala come confermata
help-about-pending-discard = La password in sospeso non è stata impostata (l'accesso con essa non riesce): dimenticala
help-arg-addr = Indirizzo su cui ascoltare (solo loopback; la porta 0 ne sceglie una libera)
help-arg-api-key = Firebase: la chiave API web del progetto; Supabase: la chiave anon del progetto (configurazione pubblica, non un segreto)
help-arg-ca-cert = Considera attendibile questo certificato CA PEM (o bundle) oltre a quelli del sistema
help-arg-ca-out = Dove --tls scrive il certificato della CA (predefinito: pwreset-dev-ca-PORTA.pem nella directory runtime o di cache)
help-arg-check-breached = Rifiuta una nuova password presente in violazioni di dati note (Pwned Passwords, con k-anonimato: solo i primi 5 caratteri del suo hash SHA-1 lasciano questa macchina)
help-arg-client-id = Cognito o Entra: l'ID client dell'app
help-arg-client-secret-env = Cognito: il NOME di una variabile d'ambiente che contiene il segreto del client dell'app
help-arg-code-command = Esegui un comando per ogni codice (senza shell); il suo stdout è il codice. Vede PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT
help-arg-code-command-timeout = Per quanto tempo --code-command può restare in esecuzione
help-arg-code-file = Leggi i codici da un file, una riga per passaggio
help-arg-code-stdin = Leggi i codici da stdin, una riga per passaggio (prima della password, se anche questa arriva da stdin)
help-arg-code-ttl = Per quanto tempo un codice resta valido
help-arg-color = Quando usare i colori (NO_COLOR è rispettato con auto)
help-arg-default = Rendilo il profilo predefinito
help-arg-endpoint-url = Cognito o Firebase: l'endpoint dell'API (Cognito: altrimenti AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: altrimenti FIREBASE_AUTH_EMULATOR_HOST)
help-arg-flow-ttl = Per quanto tempo un flusso resta valido
help-arg-flows-per-user = Flussi che un utente (noto o no) può avviare per finestra di frequenza
help-arg-force = Sostituisci un profilo con lo stesso nome
help-arg-force-overwrite = Consenti a --password-out di sostituire un FILE esistente, e a una password generata di sostituire quella in sospeso lasciata da un'esecuzione interrotta
help-arg-generate = Genera una password casuale che rispetti i criteri del servizio (richiede --save-to-keyring o --password-out)
help-arg-insecure-flow-file = Conserva il flusso per --resume in questo file in chiaro (0600) invece che nel portachiavi del sistema
help-arg-lang = Lingua di messaggi e guida: en, it, zh-CN (altrimenti LC_ALL, LC_MESSAGES, LANG; inglese se nessuna è supportata)
help-arg-max-attempts = Codici errati consentiti per verifica prima che il flusso termini
help-arg-max-flows = Flussi di recupero gestiti contemporaneamente (la memoria resta limitata); gli avvii in più ricevono 503 e Retry-After
help-arg-methods = Metodo di verifica per ogni passaggio, in ordine: un tipo (email, sms, voice, totp, questions) o l'ID di un metodo
help-arg-profile-add-methods = Metodo di verifica preferito per passaggio, in ordine
help-arg-min-length = Lunghezza minima di una nuova password
help-arg-name = Il nome del profilo
help-arg-no-input = Non chiedere mai nulla; fallisci indicando l'opzione mancante (implicito con CI=true o senza terminale)
help-arg-no-log = Non registrare le richieste su stderr
help-arg-output = Formato di output: testo leggibile su stderr, oppure un oggetto JSON su stdout
help-arg-password-file = Leggi la nuova password da un file leggibile solo da te
help-arg-password-out = Scrivi la password generata in FILE (creato con permessi 0600; chiamato FILE.pending finché il servizio non la accetta)
help-arg-pending-list-password-out = Il FILE di --password-out dell'esecuzione interrotta: viene esaminato anche il suo FILE.pending
help-arg-password-stdin = Leggi la nuova password da stdin (una riga, dopo gli eventuali codici)
help-arg-plain = Output semplice per lettori di schermo e terminali essenziali: niente simboli, animazioni o colori, scadenze come orari (attivo da sé con TERM=dumb)
help-arg-profile = Usa le impostazioni di questo profilo del file di configurazione
help-arg-provider = Il tipo di API di reimpostazione usato dal servizio [valori possibili: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]
help-arg-provider-long =
    Il tipo di API di reimpostazione usato dal servizio
    {""}
    Valori possibili:
    - auto:        Dedotto da --url (richieste di sola lettura, ricordate per servizio) o dalle impostazioni indicate; il valore predefinito
    - pwreset:     Il protocollo aperto pwreset v1 (lo parla `pwreset dev-server`)
    - cognito:     Pool di utenti AWS Cognito (ForgotPassword + ConfirmForgotPassword)
    - firebase:    Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)
    - entra:       Microsoft Entra External ID, autenticazione nativa (reimpostazione password v1.0)
    - pocketbase:  PocketBase (request-password-reset + confirm-password-reset su una raccolta di autenticazione)
    - allauth:     l'API headless di django-allauth per le app (reimpostazione della password tramite codice o link)
    - better-auth: Better Auth (la reimpostazione del plugin email-OTP, o quella di base tramite link)
    - supabase:    Supabase Auth / GoTrue (recover, verifica del codice o del link ricevuto, poi la nuova password)
    - kratos:      Ory Kratos (recupero nativo tramite codice, poi il flusso delle impostazioni per la password)
    - okta:        API di autenticazione Classic di Okta (recupero tramite SMS, chiamata vocale o email, e sblocco self-service)
help-arg-quiet = Stampa solo gli errori
help-arg-rate-window = La finestra di frequenza per utente, anche la durata del blocco del recupero
help-arg-region = Cognito: la regione AWS del pool di utenti (altrimenti AWS_REGION / AWS_DEFAULT_REGION)
help-arg-requests-per-client = Richieste che un indirizzo client può fare al minuto
help-arg-resend-after = Attesa minima prima di inviare di nuovo un codice con lo stesso metodo
help-arg-resume = Continua un flusso interrotto (conservato nel portachiavi del sistema, o in --insecure-flow-file)
help-arg-save-to-keyring = Conserva la password generata nel portachiavi del sistema (servizio pwreset:<host>, account <utente>)
help-arg-shell = La shell per cui completare
help-arg-support = Dove le persone trovano aiuto quando il self-service non può proseguire, inviato con flussi e problemi (vuoto: nessuno)
help-arg-tenant = Entra External ID: il tenant (il suo sottodominio, come contoso, o il suo ID)
help-arg-authority-url = Entra External ID: l'URL dell'authority, per un dominio personalizzato (altrimenti https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)
help-arg-cloud = Account aziendali Entra: il cloud Microsoft (altrimenti dedotto dall'ID utente)
help-arg-login-url = Account aziendali Entra: dove chiedere il cloud e il tipo di account (test)
help-arg-no-browser = Stampa l'indirizzo di un portale di reimpostazione invece di aprirlo nel browser
help-arg-tenant-id = Firebase / Identity Platform: l'ID del tenant
help-arg-collection = PocketBase: la raccolta di autenticazione del tuo account (predefinita: users)
help-arg-timeout = Tempo massimo per ogni richiesta al servizio, risposta inclusa, ad es. 30s o 2m
help-arg-tls = Esegui il servizio incorporato su HTTPS, con un'autorità di certificazione creata per questa demo
help-arg-dev-server-tls = Servi HTTPS con un'autorità di certificazione creata all'avvio (il suo certificato CA viene scritto in un file, per --ca-cert)
help-arg-totp-secret-env = Calcola i codici di autenticazione (TOTP) dal segreto base32 in questa variabile d'ambiente
help-arg-unlock = Esegui il flusso di sblocco invece di quello di reimpostazione
help-arg-url = URL di base del servizio di reimpostazione (https://, o http:// solo su loopback)
help-arg-user = Il tuo ID utente presso il servizio (chiesto se manca)
help-arg-users = Account in JSON (vedi docs/dev-server.md); gli account demo se assente
help-arg-verbose = Stampa ogni richiesta effettuata (mai i suoi segreti)
help-about-help = Stampa questo messaggio o la guida dei sottocomandi indicati
help-arg-help = Stampa la guida (dettagli con '--help')
# Where there is no longer help to point at.
help-arg-help-plain = Stampa la guida
help-arg-help-long = Stampa la guida (riepilogo con '-h')
help-arg-version = Stampa la versione
help-heading-provider-settings = Impostazioni del provider
help-heading-verification-without-prompts = Verifica senza domande
help-heading-new-password-without-prompts = Nuova password senza domande
help-placeholder-command = COMANDO

## Le parole di clap (l'analizzatore degli argomenti)

clap-usage = Uso:
clap-options-heading = Opzioni:
clap-arguments-heading = Argomenti:
clap-commands-heading = Comandi:
clap-possible-values-heading = Valori possibili:
clap-options-placeholder = [OPZIONI]
clap-default = predefinito
clap-possible-values = valori possibili
clap-env = variabile
clap-error = errore:
clap-tip = suggerimento:
clap-unexpected-argument = argomento inatteso { $arg }
clap-similar-argument = esiste un argomento simile: { $suggestion }
clap-similar-subcommand = esiste un sottocomando simile: { $suggestion }
clap-similar-value = esiste un valore simile: { $suggestion }
clap-pass-as-value = per passare { $arg } come valore, usa { $how }
clap-unrecognized-subcommand = sottocomando non riconosciuto { $arg }
clap-value-required = serve un valore per { $arg }, ma non ne è stato indicato nessuno
clap-invalid-value = valore { $value } non valido per { $arg }
clap-missing-required = mancano i seguenti argomenti obbligatori:
clap-conflict = l'argomento { $arg } non può essere usato con { $other }
clap-used-multiple = l'argomento { $arg } non può essere usato più volte
clap-more-information = Per saperne di più, prova { $help }.
clap-requires-subcommand = { $name } richiede un sottocomando, ma non ne è stato indicato nessuno

## Codici di uscita

exit-codes-heading = Codici di uscita:
exit-code-0 = fatto
exit-code-1 = errore imprevisto
exit-code-2 = errore d'uso (opzione errata, configurazione errata, input mancante con --no-input)
exit-code-3 = verifica non riuscita (codice errato o scaduto, tentativi esauriti)
exit-code-4 = nuova password rifiutata
exit-code-5 = troppe richieste o accesso bloccato: riprova più tardi
exit-code-6 = servizio irraggiungibile o risposta incoerente
exit-code-7 = flusso scaduto o sconosciuto: ricomincia
exit-code-8 = passato al browser: completa lì (qui non è cambiato nulla)
exit-code-10 = rifiutato: agirebbe per conto di un altro utente, o prenderebbe un segreto dalla riga di comando
exit-code-130 = interrotto (Ctrl-C)
exit-code-signals = fermato da SIGHUP, SIGQUIT, SIGTERM

## La pagina man

man-section-name = NOME
man-section-synopsis = SINTASSI
man-section-description = DESCRIZIONE
man-section-options = OPZIONI
man-section-subcommands = SOTTOCOMANDI
man-section-exit-status = STATO DI USCITA
man-section-environment = AMBIENTE
man-section-files = FILE
man-section-see-also = VEDERE ANCHE
man-section-version = VERSIONE
man-environment-intro = La variabile di ogni opzione si usa quando l'opzione non è indicata; un profilo completa ciò che nessuna delle due indica. Nessuna variabile contiene mai un segreto.
man-env-config = Il file di configurazione da usare al posto di quello predefinito.
man-env-keyring = auto (predefinito), secret-service, keyutils (Linux), oppure none per non usare alcun portachiavi.
man-env-no-color = Disattiva i colori quando --color è auto.
man-env-ci = Se impostata (e non 0 o false), pwreset non chiede mai nulla, come con --no-input.
man-env-lang = La lingua dei messaggi quando non sono indicati né --lang né PWRESET_LANG (prima LC_ALL, poi LC_MESSAGES, poi LANG).
man-files-config = Profili: [profiles.NOME] con provider, url, user, methods, timeout, ca_cert e una [profiles.NOME.policy] locale; default_profile indica quello usato senza -p. Si gestisce con pwreset profile.
man-files-keyring-title = Portachiavi del sistema, servizio pwreset:HOST
man-files-keyring = L'account UTENTE contiene una password generata (--save-to-keyring), UTENTE#pending una non ancora confermata dal servizio, UTENTE#flow un flusso interrotto per --resume.
man-see-also = Il protocollo pwreset v1: docs/protocol.md nel repository dei sorgenti.
man-env-also = Può essere indicata anche con la variabile d'ambiente { $var }.
