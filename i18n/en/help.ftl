# pwreset's help in English: --help, the man page, clap's words and the exit codes. Kept
# apart from pwreset.ftl so that a run parses it only when it shows help.

## Help (--help, the man page): about texts, after-help texts, options, headings

help-about = Recover access to your own account: verify it's you, then set a new password
help-long-about =
    Can't access your account? Recover it from a terminal.
    {""}
    pwreset walks you through identity verification against your service's reset API, asks for the code(s) and your new password locally, checks the password, and submits it. It only ever acts for the person running it: there is no way to reset somebody else's password, and no secret is ever taken from the command line.
help-after =
    New here? `pwreset demo` runs the whole flow against a built-in local service.
    {""}
    Examples:
    {"  "}pwreset reset --url https://id.example.com --user you@example.com
    {"  "}pwreset reset -p work                # with a profile from the config file
    {"  "}pwreset unlock -p work
help-about-reset = Verify your identity and set a new password ("create a new one")
help-after-reset =
    Examples:
    {"  "}pwreset reset --url https://id.example.com --user you@example.com
    {"  "}pwreset reset -p work --method totp
    {"  "}TOTP=... pwreset reset -p ci --totp-secret-env TOTP --generate --save-to-keyring --output json
help-about-unlock = Verify your identity and unlock your account, keeping your current password
help-long-about-unlock =
    Verify your identity and unlock your account, keeping your current password
    {""}
    Where the service has a self-service unlock (the pwreset protocol). Cognito and Firebase have none: pwreset says so, and `pwreset reset` sets a new password instead.
help-after-unlock =
    Examples:
    {"  "}pwreset unlock --url https://id.example.com --user you@example.com
    {"  "}pwreset unlock -p work
help-about-methods = List your verification methods, masked, as the service reports them
help-long-about-methods =
    List your verification methods, masked, as the service reports them
    {""}
    Cognito and Firebase name the destination only when they send a code, so for them pwreset says so instead of sending one.
help-after-methods =
    Examples:
    {"  "}pwreset methods --url https://id.example.com --user you@example.com
    {"  "}pwreset methods -p work --output json
help-about-policy = Show the password rules the service enforces
help-about-detect = Tell which kind of reset service --url is, and why (read-only requests; remembered for --provider auto)
help-after-policy =
    Examples:
    {"  "}pwreset policy --url https://id.example.com
    {"  "}pwreset policy -p work --output json
help-about-demo = The whole reset flow against a built-in local service, in one command
help-after-demo =
    Examples:
    {"  "}pwreset demo
    {"  "}pwreset demo --unlock
    {"  "}pwreset demo --tls                  # over HTTPS, with a CA made for the demo
help-about-dev-server = Run a local reference reset service (in memory) for trying and testing
help-after-dev-server =
    Examples:
    {"  "}pwreset dev-server --addr 127.0.0.1:8787
    {"  "}pwreset dev-server --tls --ca-out dev-ca.pem   # then: pwreset reset --url https://127.0.0.1:8787 --ca-cert dev-ca.pem
    {"  "}url=$(pwreset dev-server --addr 127.0.0.1:0 --users users.json | head -1)
help-about-completions = Print a shell completion script
help-after-completions =
    Examples:
    {"  "}pwreset completions bash > ~/.local/share/bash-completion/completions/pwreset
    {"  "}pwreset completions zsh > ~/.zfunc/_pwreset
help-about-man = Print the man page (roff)
help-after-man =
    Examples:
    {"  "}pwreset man | man -l -
    {"  "}pwreset man > ~/.local/share/man/man1/pwreset.1
help-about-profile = Manage profiles in the config file
help-after-profile =
    Examples:
    {"  "}pwreset profile add work --url https://id.example.com --user you@example.com --method totp
    {"  "}pwreset profile show work
    {"  "}pwreset profile list
    {""}
    A profile holds provider, url, user, methods, timeout, ca_cert, region, client_id,
    client_secret_env, endpoint_url, api_key, tenant_id and [policy] min_length, max_length,
    min_character_classes; never a secret.
help-about-profile-list = List the profiles (the default one is marked)
help-about-profile-show = Show one profile's settings (the default profile without NAME)
help-about-profile-add = Add a profile (no secret is ever written to the config file)
help-about-profile-remove = Remove a profile
help-about-pending = Settle a generated password kept as pending when the answer to its submission was lost
help-after-pending =
    Examples:
    {"  "}pwreset pending list -p work --password-out svc.pw
    {"  "}pwreset pending confirm -p work      # signing in with it worked
    {"  "}pwreset pending discard -p work      # it did not
help-about-pending-list = Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)
help-about-pending-confirm = The pending password is the one in use (you signed in with it): keep it as confirmed
help-about-pending-discard = The pending password was not set (signing in with it fails): forget it
help-arg-addr = Address to listen on (loopback only; port 0 picks a free port)
help-arg-api-key = Firebase: the project's Web API key; Supabase: the project's anon key (public configuration, not a secret)
help-arg-ca-cert = Trust this PEM CA certificate (bundle) in addition to the system's
help-arg-ca-out = Where --tls writes the CA certificate (default: pwreset-dev-ca-PORT.pem in the runtime or cache directory)
help-arg-check-breached = Refuse a new password found in known data breaches (Pwned Passwords, by k-anonymity: only the first 5 characters of its SHA-1 hash leave this machine)
help-arg-client-id = Cognito or Entra: the app (client) id
help-arg-client-secret-env = Cognito: the NAME of an environment variable holding the app client secret
help-arg-code-command = Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT
help-arg-code-command-timeout = How long --code-command may run
help-arg-code-file = Read the code(s) from a file, one line per gate
help-arg-code-stdin = Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)
help-arg-code-ttl = How long a code stays valid
help-arg-color = When to use colour (NO_COLOR is honoured with auto)
help-arg-default = Make it the default profile
help-arg-endpoint-url = Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)
help-arg-flow-ttl = How long a flow stays valid
help-arg-flows-per-user = Flows one user (known or not) may start per rate window
help-arg-force = Replace a profile of the same name
help-arg-force-overwrite = Let --password-out replace an existing FILE, and a generated password replace the pending one an interrupted run left
help-arg-generate = Generate a random password that meets the service's policy (needs --save-to-keyring or --password-out)
help-arg-insecure-flow-file = Keep the flow for --resume in this plain file (0600) instead of the OS keyring
help-arg-lang = Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)
help-arg-max-attempts = Wrong codes allowed per challenge before the flow ends
help-arg-max-flows = Recovery flows held at once (memory stays bounded); more starts get 503 and Retry-After
help-arg-methods = Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id
help-arg-profile-add-methods = Preferred verification method per gate, in order
help-arg-min-length = Minimum length of a new password
help-arg-name = The profile's name
help-arg-no-input = Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)
help-arg-no-log = Do not log requests to stderr
help-arg-output = Output format: human text on stderr, or one JSON object on stdout
help-arg-password-file = Read the new password from a file readable only by you
help-arg-password-out = Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)
help-arg-pending-list-password-out = The --password-out FILE of the interrupted run: its FILE.pending is looked at too
help-arg-password-stdin = Read the new password from stdin (one line, after any codes)
help-arg-plain = Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)
help-arg-profile = Use the settings of this profile from the config file
help-arg-provider = Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]
help-arg-provider-long =
    Which kind of reset API the service speaks
    {""}
    Possible values:
    - auto:        Found out from --url (read-only requests, remembered per service) or from the settings given; the default
    - pwreset:     The open pwreset protocol v1 (`pwreset dev-server` speaks it)
    - cognito:     AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)
    - firebase:    Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)
    - entra:       Microsoft Entra External ID, native authentication (password reset v1.0)
    - pocketbase:  PocketBase (request-password-reset + confirm-password-reset on an auth collection)
    - allauth:     django-allauth's headless API for apps (password reset by code or by link)
    - better-auth: Better Auth (the email-OTP plugin's reset, or the core reset by link)
    - supabase:    Supabase Auth / GoTrue (recover, the emailed code or link verified, then the new password)
    - kratos:      Ory Kratos (native recovery by code, then the settings flow for the password)
    - okta:        Okta Classic authentication API (recovery by SMS, voice call or email, and self-service unlock)
help-arg-quiet = Print only errors
help-arg-rate-window = The per-user rate window, also the recovery lock-out time
help-arg-region = Cognito: the user pool's AWS region (else AWS_REGION / AWS_DEFAULT_REGION)
help-arg-requests-per-client = Requests one client address may make per minute
help-arg-resend-after = Minimum wait before a code is sent again through the same method
help-arg-resume = Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)
help-arg-save-to-keyring = Keep the generated password in the OS keyring (service pwreset:<host>, account <user>)
help-arg-shell = The shell to complete for
help-arg-support = Where people get help when self-service cannot go on, sent with flows and problems (empty: none)
help-arg-tenant = Entra External ID: the tenant (its subdomain, like contoso, or its id)
help-arg-authority-url = Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)
help-arg-cloud = Entra workforce accounts: the Microsoft cloud (else found out from the user id)
help-arg-login-url = Entra workforce accounts: where to ask which cloud and kind of account (tests)
help-arg-no-browser = Print the address of a reset portal instead of opening it in the browser
help-arg-tenant-id = Firebase / Identity Platform: the tenant id
help-arg-collection = PocketBase: the auth collection your account is in (default: users)
help-arg-timeout = Time limit for each request to the service, answer included, e.g. 30s or 2m
help-arg-tls = Run the built-in service over HTTPS, with a certificate authority made for this demo
help-arg-dev-server-tls = Serve HTTPS with a certificate authority made at start (its CA certificate is written to a file, for --ca-cert)
help-arg-totp-secret-env = Compute authenticator (TOTP) codes from the base32 secret in this environment variable
help-arg-unlock = Run the unlock flow instead of the reset flow
help-arg-url = Base URL of the reset service (https://, or http:// on loopback only)
help-arg-user = Your user id at the service (asked for when missing)
help-arg-users = Accounts as JSON (see docs/dev-server.md); the demo accounts when absent
help-arg-verbose = Print each request made (never its secrets)
help-about-help = Print this message or the help of the given subcommand(s)
help-arg-help = Print help (see more with '--help')
# Where there is no longer help to point at.
help-arg-help-plain = Print help
help-arg-help-long = Print help (see a summary with '-h')
help-arg-version = Print version
help-heading-provider-settings = Provider settings
help-heading-verification-without-prompts = Verification without prompts
help-heading-new-password-without-prompts = New password without prompts
help-placeholder-command = COMMAND

## What clap (the argument parser) writes, as pwreset shows it

clap-usage = Usage:
clap-options-heading = Options:
clap-arguments-heading = Arguments:
clap-commands-heading = Commands:
clap-possible-values-heading = Possible values:
clap-options-placeholder = [OPTIONS]
clap-default = default
clap-possible-values = possible values
clap-env = env
clap-error = error:
clap-tip = tip:
clap-unexpected-argument = unexpected argument { $arg } found
clap-similar-argument = a similar argument exists: { $suggestion }
clap-similar-subcommand = a similar subcommand exists: { $suggestion }
clap-similar-value = a similar value exists: { $suggestion }
clap-pass-as-value = to pass { $arg } as a value, use { $how }
clap-unrecognized-subcommand = unrecognized subcommand { $arg }
clap-value-required = a value is required for { $arg } but none was supplied
clap-invalid-value = invalid value { $value } for { $arg }
clap-missing-required = the following required arguments were not provided:
clap-conflict = the argument { $arg } cannot be used with { $other }
clap-used-multiple = the argument { $arg } cannot be used multiple times
clap-more-information = For more information, try { $help }.
clap-requires-subcommand = { $name } requires a subcommand but one was not provided

## Exit codes (--help and the man page)

exit-codes-heading = Exit codes:
exit-code-0 = done
exit-code-1 = unexpected failure
exit-code-2 = usage error (bad flag, bad config, missing input with --no-input)
exit-code-3 = verification failed (wrong or expired code, attempts used up)
exit-code-4 = new password rejected
exit-code-5 = rate-limited or locked out: try again later
exit-code-6 = service unreachable or answered nonsense
exit-code-7 = flow expired or unknown: start again
exit-code-8 = handed off: finish in the browser (nothing was changed here)
exit-code-10 = refused: would act on another user's behalf, or take a secret from the command line
exit-code-130 = interrupted (Ctrl-C)
exit-code-signals = stopped by SIGHUP, SIGQUIT, SIGTERM

## The man page: its own sections (clap_mangen names the others in English; they are renamed)

man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-subcommands = SUBCOMMANDS
man-section-exit-status = EXIT STATUS
man-section-environment = ENVIRONMENT
man-section-files = FILES
man-section-see-also = SEE ALSO
man-section-version = VERSION
man-environment-intro = Each option's variable is used when the option is not given; a profile fills in what neither gives. No variable ever holds a secret.
man-env-config = The config file to use instead of the default one.
man-env-keyring = auto (default), secret-service, keyutils (Linux), or none to use no keyring.
man-env-no-color = Turns colour off when --color is auto.
man-env-ci = When set (and not 0 or false), pwreset never prompts, as with --no-input.
man-env-lang = The language of messages when neither --lang nor PWRESET_LANG is given (LC_ALL first, then LC_MESSAGES, then LANG).
man-files-config = Profiles: [profiles.NAME] with provider, url, user, methods, timeout, ca_cert and a local [profiles.NAME.policy]; default_profile names the one used without -p. Manage it with pwreset profile.
man-files-keyring-title = OS keyring, service pwreset:HOST
man-files-keyring = Account USER holds a generated password (--save-to-keyring), USER#pending one not yet confirmed by the service, USER#flow an interrupted flow for --resume.
man-see-also = The pwreset protocol v1: docs/protocol.md in the source repository.
man-env-also = May also be specified with the { $var } environment variable.
