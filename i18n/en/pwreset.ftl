# pwreset's messages in English: the reference catalog. Every other catalog has the same ids
# with the same variables (a test checks). docs/i18n.md has the glossary.
#
# Terms: "reset" a password (set a new one), "unlock" an account, "verification step" (a gate),
# "code" (what the service sends), "service" (the identity service).

## Verification methods

# $kind: email, sms, voice, totp or questions
method-kind = { $kind ->
    [email] email
    [sms] text message
    [voice] phone call
    [totp] authenticator app
   *[questions] security question
 }
# A method in a sentence; $how is method-kind, $hint the masked destination; $dest is "yes"
# when there is one, "no" when there is none.
method-phrase = { $kind ->
    [voice] { $dest ->
        [yes] a phone call to { $hint }
       *[no] a phone call
     }
    [totp] your authenticator app
    [questions] { $dest ->
        [yes] your security question ({ $hint })
       *[no] your security question
     }
   *[other] { $dest ->
        [yes] a code by { $how } to { $hint }
       *[no] a code by { $how }
     }
 }
verification-steps = { $n ->
    [1] one verification step
   *[other] { $n } verification steps
 }
verification-steps-distinct = { $n ->
    [1] one verification step
   *[other] { $n } verification steps, each with a different method
 }
# $user (bold), $service (host), $steps (verification-steps…)
opening-reset = Recovering { $user } at { $service }: { $steps }.
opening-unlock = Unlocking { $user } at { $service }: { $steps }.
opening-reset-here = Recovering { $user }: { $steps }.
opening-unlock-here = Unlocking { $user }: { $steps }.

## Codes

code-wrong-length = That's { $typed } { $typed ->
        [one] digit
       *[other] digits
    }; the code has { $n }. Nothing was sent.
code-not-a-code = The code has { $n } digits; that is not one. Nothing was sent.
prompt-code-digits = Enter the { $n }-digit code for { $user }
prompt-code-or-link = Enter the code for { $user } from the message, or paste the whole link
prompt-code = Enter the code for { $user }
# $prompt: one of the prompt-code… messages; $keys: key-resend, key-other-method
prompt-with-keys = { $prompt } ({ $keys })
key-resend = r: send a new code
key-other-method = m: another method
prompt-question = { $question } (typing is hidden)
resend-not-yet = A new code can be sent in { $s } s; the one sent is still valid.
expires-at-in-min = at { $clock }, in { $min } min
expires-at-in-s = at { $clock }, in { $s } s
# $at: expires-at-…
code-expires = It expires { $at }.
# Nothing is claimed as done where the service does not say whether the account exists;
# $known is "yes" where it does say (a code that was sent went to an account), else "no".
# $expiry: code-expires or ""
challenge-sent = { $kind ->
    [totp] Open your authenticator app for the current code.
    [questions] Answer your security question.
    [voice] { $known ->
        [yes] { $hint } is being called; the call reads out a code. { $expiry }
       *[no] If { $user } has an account at { $service }, { $hint } is being called; the call reads out a code. { $expiry }
     }
   *[other] { $known ->
        [yes] A code was sent by { $how } to { $hint }. { $expiry }
       *[no] If { $user } has an account at { $service }, a code was sent by { $how } to { $hint }. { $expiry }
     }
 }
# $until: a clock time; $timed: "yes" when there is one, else "no"
challenge-outstanding = { $gates ->
    [1] {""}
   *[other] Step { $gate } of { $gates }: {""}
 }{ $kind ->
    [totp] enter the code from your authenticator app.
    [questions] enter the answer to your security question.
   *[other] { $timed ->
        [yes] enter the code sent by { $how } to { $hint }, valid until { $until }.
       *[no] enter the code sent by { $how } to { $hint }.
     }
 }
code-not-correct = That code is not correct.
attempts-left = { $n ->
    [one] 1 attempt left.
   *[other] { $n } attempts left.
 }
prompt-resend-after-expiry = That code can no longer be used (it expired, or was used up). Send a new one by { $how }?
gate-verified = { $gates ->
    [1] Verified.
   *[other] Step { $gate } of { $gates } verified.
 }

## Choosing a method

prompt-user = Your user id (email or user name)
verifying-with = { $gates ->
    [1] Verifying with { $method }.
   *[other] Step { $gate } of { $gates }: verifying with { $method }.
 }
prompt-choose-method = { $gates ->
    [1] How should we verify it's you?
   *[other] Step { $gate } of { $gates }: how should we verify it's you?
 }

## The new password

choose-password = Choose a new password:
prompt-new-password = New password (typing is hidden)
prompt-repeat-password = Repeat the new password
password-empty = The password is empty; type one.
passwords-differ = The two passwords differ. Try again.
password-not-confirmed = the new password was not confirmed
password-refused-by = { $service } refused that password; it:
password-refused-locally = That password can't be used; it:
password-refused-no-reason = (the service gave no reason)
# $label: strength-…; $score 0–4; $time: strength-time-…
strength-line = Strength: { $label } ({ $score } of 4); guessing it from a stolen hash would take { $time }.
prompt-use-anyway = Use it anyway?

## Waiting

rate-limited-label = Rate-limited
rate-limited-waiting = { $label } ({ $message }). Retrying in { $s } s (Ctrl-C to stop).
retrying-in = Retrying in { $s } s.
retrying-in-short = retrying in { $s } s

## Labels of lines

# Plain mode: a step that succeeded, without the check mark.
done-line = Done: { $line }
label-warning = warning:
label-error = error:
label-help = help:
label-hint = hint:

## scripted

scripted-cannot-read-from-stdin = cannot read { $what } from stdin: { $e }
scripted-stdin-ended-before = stdin ended before { $what }
scripted-give-one-line-per = give one line per code (in step order), then the password
scripted-takes-name-environment-variable = { $flag } takes the name of an environment variable, and what was given is not one (not shown)
scripted-export-my-secret-pass = export MY_SECRET=… and pass { $flag } MY_SECRET; { $rotate }
scripted-variable-names-not-set = the variable { $flag } names is not set (its name is not shown, in case it is the secret)
scripted-export-variable-before-running = export the variable before running pwreset; { $rotate }
scripted-password-file-does-not = --password-file { $path } does not exist
scripted-code-file-does-not = --code-file { $path } does not exist
scripted-your-user-id = your user id
scripted-verification-code-s = the verification code(s)
scripted-new-password = the new password
scripted-cannot-run-code-command = cannot run --code-command { $program }: { $e }
scripted-code-command-did-not = --code-command did not print a code within { $timeout } s and was stopped
scripted-raise-code-command-timeout = raise --code-command-timeout, or check the command
scripted-code-command-failed-so = --code-command failed ({ $status }), so there is no code for step { $gate }
scripted-code-file-has-no = --code-file { $path } has no line { $file_codes_used } for the next code
scripted-system-clock-unusable-totp = the system clock is unusable for TOTP: { $e }
scripted-code-command-cannot-split = --code-command cannot be split into words: { $e }
scripted-code-command-empty = --code-command is empty
scripted-variable-totp-secret-env = the variable --totp-secret-env names does not hold a base32 TOTP secret
scripted-variable-totp-secret-env-2 = the variable --totp-secret-env names holds an empty TOTP secret
scripted-step = Step { $gate } of { $gates }: { $method_phrase }.
scripted-method-not-available-step = --method { $wanted } is not available for step { $gate }; the service offers: { $offered }
scripted-second-step-needs-different = a second step needs a different kind of method from the first
scripted-know-which-method-use = to know which method to use for step { $gate } of { $gates }
scripted-pass-method-kind-id = pass --method KIND or ID (once per gate); the service offers: { $offered }
scripted-if-user-id-has = If this user id has an account there, a code was sent by { $describe_kind } to { $hint }.
scripted-code-step = the code for step { $gate }
scripted-code-step-2 = the code for step { $gate } ({ $describe_kind })
scripted-code-step-empty = the code for step { $gate } is empty
scripted-code-step-cannot-right = the code for step { $gate } cannot be right: { $problem }
scripted-check-code-source-no = check the code source; no attempt was spent
scripted-authenticator-code-was-refused = The authenticator code was refused; a code counts once per 30-second step, so pwreset waits { $as_secs_f64 } s for the next one and tries again.
scripted-step-verified = Step { $passed } of { $required } verified.
scripted-no-password-can-generated = no password can be generated that meets the service's password policy
scripted-type-pipe-password-meets = type or pipe a password that meets the rules instead of --generate
scripted-new-password-empty-pwreset = the new password is empty; pwreset will not send an empty password

## Scripted use

# $what: what is missing ("your user id", "the new password", …)
needs-but-may-not-prompt = pwreset needs { $what } but may not prompt (--no-input, CI is set, or stdin is not a terminal)

## breach

breach-range-service-answered-http = the range service answered HTTP { $status }
breach-no-answer-within-s = no answer within { $v_time_limit } s

## demo

# Starts the demo's first line, in bold.
demo-label = pwreset demo:
demo-local-reset-service-running = { $bold } a local reset service is running at { $url } (in memory, gone when the demo ends).
demo-speaks-https-certificate-authority = It speaks HTTPS with a certificate authority made for this demo: { $path }.
demo-account-current-password = Demo account: { $v_demo_user }, current password "{ $v_demo_password }", two verification steps.
demo-account-locked-as = The demo account is locked (as after too many wrong passwords); unlocking it.
demo-codes-sent-demo-account = Codes "sent" to the demo account appear below as [demo inbox] lines; type them at the prompt.
demo-no-terminal-demo-plays = No terminal: the demo plays your phone and mailbox itself.
# $which: new or existing
demo-sign-password-failed = demo sign-in with the { $which ->
    [new] new
   *[existing] existing
 } password failed (HTTP { $status })
demo-old-demo-password-still = the old demo password still works after the reset
demo-check-signing-new = Demo check: signing in with the new password works; the old one is refused.
demo-check-signing-existing = Demo check: signing in with the existing password works again.
demo-totp-secret = demo TOTP secret: { $e }
demo-outbox = demo outbox: { $e }
demo-outbox-has-no = the demo outbox has no code for this method
demo-inbox = {"["}demo inbox: { $describe_kind } to { $place }]
demo-answer = the answer is { $code }
demo-your-code = your code is { $code }
demo-started-recovery-verification-steps = { $arrow } Started recovery for { $user }: { $gates_required } verification steps.
demo-step-chose = { $arrow } Step { $gate } of { $gates }: chose { $method_phrase }.
demo-code-was-sent = A code was sent by { $describe_kind }.
demo-typed-code-from = { $arrow } Typed the code from { $from }.
demo-password-rules = { $arrow } Password rules: { $join }.
demo-policy-cannot-met = the demo policy cannot be met
demo-new-password-demo-account = { $arrow } New password for the demo account (generated): { $expose }

## dev_server

dev_server-cannot-create = cannot create { $dir }
dev_server-dev-server-serves-plain = the dev-server serves plain HTTP with test accounts; it listens on loopback only, not { $ip }
dev_server-use-addr-port = use --addr 127.0.0.1:PORT
dev_server-cannot-write-stdout = cannot write to stdout
dev_server-account-s-from = { $specs } account(s) from { $p }
dev_server-built-demo-accounts-docs = the { $specs } built-in demo accounts (docs/dev-server.md)
dev_server-pwreset-dev-server-protocol = pwreset dev-server: protocol v1 on { $url } with { $origin }; Ctrl-C stops it
dev_server-sent-codes-get-dev = {"  "}sent codes: GET { $url }/_dev/outbox
dev_server-tls-trust-server-ca = {"  "}TLS: trust this server with --ca-cert { $path } (a CA made now, for testing only)

## methods

methods-verification-methods-at-needed = Verification methods for { $user } at { $service } ({ $gates_required } needed to recover):

## pending

pending-no-pending-password-at = No pending password for { $user } at { $service }.
pending-run-password-out-file = (A run with --password-out FILE keeps it in FILE.pending: pass the same --password-out to look there.)
pending-password-at-waits = A pending password for { $user } at { $service } waits in { $join }: it was sent, but the answer was lost.
pending-try-signing-if-works = Try signing in with it. If that works: `pwreset pending confirm`; if not: `pwreset pending discard`.
pending-there-no-pending-password = there is no pending password for { $user } at { $service }
pending-pwreset-pending-list-shows = `pwreset pending list` shows where one waits; a run with --password-out FILE needs the same --password-out here
pending-password-kept-as-one = The password is kept as the one in use for { $user } at { $service }, in { $join }.
pending-password-at-forgotten = The pending password for { $user } at { $service } is forgotten; your password is the one you had.

## policy

policy-password-rules-at = Password rules at { $service }:

## profile

profile-no-config-directory-system = no config directory on this system; set PWRESET_CONFIG
profile-cannot-read = cannot read { $path }: { $e }
profile-cannot-create = cannot create { $dir }: { $e }
profile-no-profiles-yet-add = No profiles yet. Add one with `pwreset profile add NAME --url URL --user ID`.
profile-no-profile-named-no = no profile named and no default_profile set
profile-pwreset-profile-show-name = pwreset profile show NAME
profile-no-profile = no profile { $name } in { $map }
profile-cannot-show-profile = cannot show profile { $name }: { $e }
profile-no-profile-2 = no profile { $name } in { $path }
profile-removed-profile-from = Removed profile { $name } from { $path }.
profile-not-profile-name-letters = { $name } is not a profile name (letters, digits, - _ .)
profile-profiles-not-table = { $path }: `profiles` is not a table
profile-already-exists = profile { $name } already exists in { $path }
profile-pass-force-replace = pass --force to replace it
profile-saved-profile = Saved profile { $name } in { $path }.

## recover

recover-replaced-run = { $e }; it is replaced by this run
recover-interrupted-saved = An interrupted { $intent ->
        [unlock] unlock
       *[reset] reset
    } for { $user } is saved ({ $state }).
recover-continue = Continue it?
recover-starting-new-one = Starting a new one.
recover-run-starts-new-one = { $saved } This run starts a new one; pass --resume to continue that one instead.
recover-generate-needs-save-keyring = --generate needs --save-to-keyring or --password-out FILE, so the new password is never lost
recover-add-save-keyring-os = add --save-to-keyring (OS keyring) or --password-out FILE (created 0600)
recover-save-keyring-password-out = --save-to-keyring and --password-out keep a generated password; add --generate
recover-generate-choose-length-from = --generate={ $n }: choose a length from 8 to 1024
recover-run-cannot-resumed = { $e }; this run cannot be resumed
recover-no-interrupted-flow-at = no interrupted flow for { $user } at { $host } in { $where }
recover-start-again-without-resume = start again without --resume
recover-interrupted-flow-provider-resume = the interrupted flow for { $user } is a { $intent ->
        [unlock] unlock
       *[reset] reset
    } with provider { $provider }; resume it with `pwreset { $intent }`
recover-resuming-interrupted = Resuming the interrupted { $intent ->
        [unlock] unlock
       *[reset] reset
    } for { $user } ({ $state }).
recover-requests-sent = { $request_count } requests sent
recover-password-changed-at = Password changed for { $bold } at { $service }.
recover-new-password = The new password is in { $join }.
recover-has-told-account-s = { $service } has told the account's owner about the change.
recover-update-wherever-old-password = Update it wherever the old password is saved: password managers, browser and system keychains, mail clients, git credential helpers, other devices.
recover-sign-your-new-password = Sign in with your new password. If your account was locked, it is unlocked too.
recover-sign-your-new-password-2 = Sign in with your new password.
recover-at = { $what } for { $bold } at { $service }.
recover-sign-your-existing-password = Sign in with your existing password.

## config

config-names-which-does-not = { $v_pwreset_config } names { $path }, which does not exist
config-create-pwreset-profile-add = create it with `pwreset profile add`, or unset PWRESET_CONFIG
config-cannot-read-config-file = cannot read the config file { $path }: { $e }
config-see-pwreset-profile-help = see `pwreset profile --help` or `man pwreset` for the keys a profile may hold

## flow

flow-verification-steps-done = { $gates_passed } of { $gates_required } verification steps done
flow-nothing-changed-your-account = Nothing changed on your account. The code was entered but not yet checked (the service checks it with the new password); { $again }.
flow-code-sent-valid-until = ; the code sent to { $hint } is valid until { $t }
flow-nothing-changed-your-account-2 = Nothing changed on your account. { $gates_passed } of { $gates_required } verification steps done; { $again }{ $code }.
flow-needs-verification-steps-different = { $service } needs { $gates_required } verification steps with different kinds of method, and no other method is left
flow-add-another-verification-method = add another verification method to your account, or ask your help desk
flow-cannot-send-new-code = { $service } cannot send a new code while this one is valid.
flow-service-answered-nonsense-verification = the service answered nonsense: { $gates_passed } of { $gates_required } verification steps done after step { $gate } of { $gates_required2 }
flow-check-code-then-run = check the code, then run the same command with --resume to try again
flow-run-same-command-resume = run the same command with --resume to get a new code
flow-start-again-if-you = start again; if you never received the code, check the destination shown
flow-asking-call = Asking for a call to { $hint }…
flow-sending-code = Sending a code by { $describe_kind } to { $hint }…
flow-pending-password-no-longer = the pending password is no longer in { $join }
flow-pass-same-save-keyring = pass the same --save-to-keyring / --password-out as the interrupted run
flow-checks-code-together-new = { $service } checks the code together with the new password: a wrong code shows only then, and then you are asked for the code again.
flow-breached-times = appears { $n ->
    [one] once
   *[other] { $n } times
 } in known data breaches, so attackers try it early
flow-breached-password-check-could = The breached-password check could not be made ({ $why }); going on without it.
flow-contacting = Contacting { $service }…
flow-setting-new-password = Setting the new password…
flow-new-password-kept-marked = {" "}The new password is kept, marked pending, in { $join }.
flow-repeated-submission-was-refused = the repeated submission was refused because its code is used up or expired ({ $message }); if the lost submission used it, the new password is set.{ $kept }
flow-try-signing-new-password = try signing in with the new password; if that fails, start again without --resume (--force-overwrite lets a generated password replace the pending one)
flow-new-password-was-sent = the new password was sent, but the answer was lost ({ $message }); it may or may not be set.{ $kept }

## guard

guard-refused = { $what } is refused. { $v_rule }
guard-refused-secrets-are-never = { $what } is refused: secrets are never taken from the command line, where every local user can read them (`ps`, shell history)
guard-environment-variable-same-as = The environment variable { $key } (the same as `--{ $name }`)
guard-environment-variable-secret-like = The environment variable { $key } (a secret, like `--{ $name }`)
guard-config-key-at-same = The config key `{ $key }` at { $place } (the same as `--{ $name }`)
guard-config-key-at-secret = The config key `{ $key }` at { $place } (a secret, like `--{ $name }`)
# The safe way to give each secret the guard refused on the command line.
guard-safe-password = type it at the prompt, or use --password-stdin / --password-file PATH
guard-safe-old-password = pwreset never needs your old password
guard-safe-current-password = pwreset never needs your current password
guard-safe-code = type it at the prompt, or use --code-stdin / --code-file PATH / --code-command CMD
guard-safe-otp = type it at the prompt, or use --code-stdin / --totp-secret-env VAR
guard-safe-totp-secret = use --totp-secret-env VAR (the name of a variable that holds the secret)
guard-safe-client-secret = use --client-secret-env VAR (the name of a variable that holds the secret)
guard-safe-flow-token = pwreset keeps flow tokens in the OS keyring; use --resume

## http

http-url-has-no-scheme = --url { $raw } has no scheme
http-did-you-mean = did you mean { $scheme }://{ $trim }?
http-url-not-valid-url = --url { $raw } is not a valid URL: { $e }
http-give-service-s-base = give the service's base URL, e.g. --url https://id.example.com
http-service-url-must-not = the service URL must not contain a user name or password
http-plain-http-refused-codes = plain http:// is refused for { $host_str }: codes and passwords would cross the network unencrypted
http-use-https-plain-http = use https://; plain http is allowed only for loopback (127.0.0.1, ::1, localhost)
http-unsupported-url-scheme-use = unsupported URL scheme { $other }; use https://
http-answered-http-body-pwreset = { $service } answered { $call } (HTTP { $status }) with a body pwreset cannot read: { $e }
http-something-not = something that is not { $expected }
http-answered-http = { $service } answered HTTP { $status } ({ $clean }) with { $what }
http-try-again-later-if = { $hint }; try again later if it is a server error
http-cannot-read-ca-cert = cannot read --ca-cert { $path }: { $e }
http-ca-cert-not-pem = --ca-cert { $path } is not a PEM certificate: { $e }
http-cannot-set-up-http = cannot set up the HTTP client: { $e }
http-did-not-answer-within = { $host } did not answer within { $as_secs_f64 } s
http-use-plain-http-allowed = use { $trim_end_matches } (plain http is allowed on loopback)
http-does-not-speak-tls = { $host } does not speak TLS (it answers plain HTTP); is it http://?
http-connection-broke-while-reading = the connection to { $host } broke while reading the answer: { $e }
http-sent-answer-larger-than = { $host } sent an answer larger than 1 MiB; that is not a reset API
http-limiting-requests-http-too = { $service } is limiting requests (HTTP 429 Too Many Requests)
http-answer-bytes = < { $status } ({ $n } bytes)
http-did-not-answer-time = { $host } did not answer in time
http-cannot-connect = cannot connect to { $host }: { $root_cause }
http-request-failed = the request to { $host } failed: { $root_cause }

## journal

journal-saved-flow-unreadable = the saved flow in { $where } is unreadable: { $e }
journal-run-cannot-resumed-resume = { $e }; this run cannot be resumed with --resume
journal-holds-pending-password-from = { $place } holds a pending password from an interrupted run
journal-settle-resume-first-if = settle it with --resume first; if that flow is gone, try signing in with it, then pass --force-overwrite to replace it
journal-password-out-already-exists = --password-out { $file } already exists; pwreset will not overwrite it
journal-choose-another-path-pass = choose another path, or pass --force-overwrite
journal-pending-password-vanished-from = the pending password vanished from the keyring
journal-password-set-kept-but = the password is set and kept in { $pending }, but { $file } appeared meanwhile and was not overwritten
journal-password-set-kept-but-2 = the password is set and kept in { $pending }, but renaming it to { $file } failed: { $e }

## keystore

keystore-os-keyring-not-usable = the OS keyring is not usable here: { $detail }
keystore-use-password-out-file = use --password-out FILE for a generated password, and --insecure-flow-file PATH to keep the flow for --resume in a plain file (0600) instead
keystore-not-one-auto-secret = { $v_pwreset_keyring }={ $other } is not one of auto, secret-service, keyutils, none
keystore-cannot-run-secret-tool = cannot run secret-tool: { $e }
keystore-cannot-talk-secret-tool = cannot talk to secret-tool: { $e }
keystore-secret-service-did-not = the Secret Service did not answer within { $v_keyring_timeout } s
keystore-secret-tool-failed = secret-tool failed: { $clean_capped }
keystore-cannot-attach-session-keyring = cannot attach a session keyring: { $e }
keystore-no-answer-within-s = no answer within { $v_keyring_timeout } s
keystore-not-pwreset-flow-file = { $path } is not a pwreset flow file: { $e }
keystore-not-safe-use = { $what } { $path } is not safe to use: { $rule }
keystore-cannot-read = cannot read { $what } { $path }: { $e }
keystore-belongs-user-id-not = it belongs to user id { $uid }, not to you ({ $me })
keystore-chmod-go-w-after = chmod go-w { $path } (after checking its content)
keystore-its-directory-belongs-user = its directory { $dir } belongs to user id { $uid }, who can replace it
keystore-keep-secret-files-directory = keep secret files in a directory only you can write, such as your home
keystore-cannot-write = cannot write { $path }: { $e }
keystore-already-exists-pwreset-will = { $path } already exists; pwreset will not overwrite it

## policy

policy-asks-characters-pwreset-accepts = asks for { $min_length } to { $max_length } characters (pwreset accepts 1 to { $v_max_password_length })
policy-contradictory-at-least-but = is contradictory: at least { $min_length } but at most { $max_length } characters
policy-asks-character-classes-there = asks for { $min_character_classes } character classes; there are only 4
policy-asks-character-classes-at = asks for { $classes_needed } character classes in at most { $max_length } characters
policy-characters-spaces-any-unicode = { $min_length } to { $max_length } characters (spaces and any Unicode letters count)
policy-at-least-lower-case = at least { $min_character_classes } of: lower-case, upper-case, digits, other characters
policy-contains-at-least-one = contains at least one { $class_word } character
policy-characters-long-at-least = is { $value } characters long; at least { $min_length } are needed
policy-characters-long-at-most = is { $value } characters long; at most { $max_length } are allowed
policy-uses-character-classes-at = uses { $classes } of the 4 character classes; at least { $min_character_classes } are needed
policy-has-no-character = has no { $class_word } character
# A character class: lowercase, uppercase, digit or symbol.
policy-class = { $class ->
    [lowercase] lower-case
    [uppercase] upper-case
    [digit] digit
    [symbol] non-alphanumeric
   *[other] { $class }
 }
policy-contains-part-your-user = contains "{ $part }", part of your user id

## cognito

cognito-too-many-attempts = { $service }: too many attempts ({ $kind }): { $message }
cognito-wait-while-cognito-does = wait a while (Cognito does not say how long), then run pwreset again
cognito-self-service-recovery-disabled = { $service }: self-service recovery is disabled for this account ({ $message })
cognito-account-s-password-can = this account's password can only be reset by its administrators; ask your help desk
cognito-app-client-was-not = { $service }: the app client was not found ({ $message })
cognito-check-client-id-region = check --client-id and --region (the client must belong to a user pool in that region)
cognito-parameter-was-refused = { $service }: a parameter was refused: { $message }
cognito-check-user-client-id = check --user, --client-id and --client-secret-env
cognito-account-was-never-confirmed = { $service }: this account was never confirmed, so it cannot recover its password ({ $message })
cognito-did-not-send = Cognito did not send a new code
cognito-code-not-correct = { $service }: the code is not correct
cognito-code-not-correct-2 = { $service }: the code is not correct ({ $m })
cognito-check-latest-code-cognito = check the latest code Cognito sent, then run pwreset again
cognito-code-has-expired-was = { $service }: the code has expired or was already used ({ $m })
cognito-run-pwreset-again-get = run pwreset again to get a new code
cognito-refused-new-password = { $service } refused the new password

## firebase

firebase-pasted-link-not-url = the pasted link is not a URL: { $e }
firebase-link-not-resetting-password = that link is for { $clean_capped }, not for resetting a password
firebase-use-link-from-password = use the link from the password-reset email
firebase-refused-request-http-api = { $service } refused the request (HTTP { $status }): the API key is missing, invalid or restricted
firebase-pass-project-s-web = pass the project's Web API key with --api-key (Firebase console → Project settings)
firebase-code-not-valid = { $service }: the code is not valid{ $detail_part }
firebase-paste-code-link-from = paste the code or link from the latest reset email
firebase-code-has-expired = { $service }: the code has expired
firebase-run-pwreset-again-get = run pwreset again to get a new email
firebase-too-many-attempts = { $service }: too many attempts ({ $code })
firebase-wait-while-then-run = wait a while, then run pwreset again
firebase-account-has-been-disabled = { $service }: this account has been disabled by its administrators, so its password cannot be reset
firebase-ask-app-s-support = ask the app's support to re-enable the account
firebase-api-key-not-valid = { $service }: the API key is not valid{ $detail_part }
firebase-pass-project-s-web-2 = pass the project's Web API key with --api-key
firebase-api-key-not-valid-2 = { $service }: the API key is not valid
firebase-user-id-must-account = { $service }: the user id must be the account's email address
firebase-pass-user-you-example = pass --user you@example.com
firebase-unknown-tenant = { $service }: unknown tenant{ $detail_part }
firebase-check-tenant-id = check --tenant-id
firebase-does-not-meet = does not meet { $other }
firebase-code-valid = The code is valid for { $clean_capped }.
firebase-published-nonsense-as-its = { $service } published nonsense as its password policy: { $field } = { $clean_capped }
firebase-published-password-policy = { $service } published a password policy that { $why }
firebase-password-rules-project = Firebase password rules for { $service } (the project's published policy when it has one; otherwise the rules pwreset checks locally — the NIST SP 800-63B default, tightened by your profile's [policy])

## pwreset

pwreset-drop-trailing-v-from = drop the trailing /v1 from --url (use { $at }); pwreset adds it
pwreset-check-url-give-service = check --url: give the service's base URL (pwreset adds /v1/…); for other services pass { $join }
pwreset-does-not-look-like = { $tried } does not look like a pwreset protocol service (it answered HTTP { $status }, { $content_type })
pwreset-service-answered-nonsense = the service answered nonsense: { $what }
pwreset-check-url-points-at = check that --url points at a pwreset protocol v1 service; nothing was changed on your account by pwreset
# $what: method, challenge or flow
pwreset-its-empty-longer-than = its { $what ->
        [method] method id
        [challenge] challenge id
       *[flow] flow id
    } is empty, longer than { $v_max_id } characters or holds control characters
# $what: code or flow
pwreset-expiry-not-time = the { $what ->
        [code] code's
       *[flow] flow's
    } expiry { $quoted } is not a time
pwreset-expires-more-than-day = the { $what ->
        [code] code
       *[flow] flow
    } expires more than a day from now ({ $quoted })
pwreset-id-cannot-name-path = the id { $quoted } cannot name a path segment
pwreset-offered-more-than-verification = it offered more than { $v_max_methods } verification methods
pwreset-code-digits = a code of { $n } digits
pwreset-resend-wait-s-attempts = a resend wait of { $resend_after_s } s or { $attempts_left } attempts
pwreset-verification-steps-done-at = { $gates_passed } of { $gates_required } verification steps done at the start
pwreset-verification-steps-done-flow = { $gates_passed } of { $gates_required } verification steps done, in a flow of { $gates_required2 }
pwreset-its-password-policy = its password policy { $why }
pwreset-service-answered-new-password = the service answered the new password with state { $quoted } instead of "complete"
pwreset-answered-unlock-state-instead = it answered the unlock with state { $quoted } instead of "complete"

## settings

settings-user-id-empty = the user id is empty
settings-user-id-contains-control = the user id contains control characters or invisible formatting (a line break, an escape, a bidi mark)
settings-type-user-id-as = type the user id as you sign in with it
settings-user-id-longer-than = the user id is longer than { $v_max_user_id } characters
settings-no-profile = no profile { $name } in { $place }
settings-known-profiles = known profiles: { $join }
settings-profile-names-provider-which = the profile names provider { $name }, which this pwreset does not know
settings-known-providers = known providers: { $names }
settings-profile-s-timeout-not = the profile's timeout { $t } is not a duration: { $e }
settings-no-reset-service-given = no reset service given
settings-pass-url-https-your = pass --url https://your-service, set PWRESET_URL, or use a profile (-p NAME)
settings-url-pwreset-url-profile = --url (or PWRESET_URL, or the profile's url) is for pwreset protocol services; the { $name } provider does not use it
settings-did-you-mean-endpoint = did you mean --endpoint-url? (Cognito also finds its endpoint from --region)
settings-firebase-provider-needs-project = the firebase provider needs the project's Web API key
settings-pass-api-key-key = pass --api-key KEY (Firebase console → Project settings; it is public configuration, not a secret)
settings-cognito-provider-needs-app = the cognito provider needs the app client id
settings-pass-client-id-id = pass --client-id ID (or set PWRESET_CLIENT_ID, or client_id in a profile)
settings-cognito-provider-needs-user = the cognito provider needs the user pool's region
settings-pass-region-region-set = pass --region REGION (or set AWS_REGION)
settings-not-aws-region = { $region } is not an AWS region

## signals

signals-stopped-signal = Stopped by signal { $other }.

## prompter

prompter-cannot-read-from-terminal = cannot read from the terminal: { $e }
prompter-cannot-read-hidden-answer = cannot read a hidden answer from the terminal: { $e }
prompter-scripted-answer-not-menu = scripted answer { $a } is not a menu choice

## more

demo-account-s-notes = the demo account's notes
demo-step-asks-authenticator-s = The step asks for the authenticator's current code.
demo-step-asks-security-question = The step asks the security question.
demo-authenticator = the demo authenticator
demo-inbox-2 = the demo inbox
pending-password-file = the pending password file
recover-your-account-was-not = Your account was not locked; nothing needed unlocking
flow-new-password-was-sent-2 = the new password was sent, the answer was lost
flow-code-was-entered-service = the code was entered; the service checks it together with the new password
flow-run-same-command-continue = run the same command to continue
flow-run-same-command-start = run the same command to start again
flow-new-password-was-sent-3 = The new password was sent and its answer had not come back: it may or may not be set. Run the same command with --resume to settle it.
flow-getting-step-ready = Getting the step ready…
flow-asking-your-security-question = Asking for your security question…
flow-new-password-empty = the new password is empty
flow-new-password-does-not = the new password does not meet the policy (checked locally; nothing was sent)
flow-run-same-command-resume-2 = run the same command with --resume to settle it (the retry cannot set a different password)
flow-has-ended-so = the flow has ended, so pwreset cannot tell; try signing in with the pending password, and if that fails, start again
http-server-must-reached-over = this server must be reached over TLS; check the port in --url
http-check-url-your-network = check --url, your network, and --timeout; nothing was changed on your account by this request
http-wait-then-run-pwreset = wait, then run pwreset again
keystore-flow-file = the flow file
keystore-symbolic-link-pwreset-does = it is a symbolic link, and pwreset does not follow links to secret files
keystore-name-file-itself = name the file itself
keystore-not-regular-file = it is not a regular file
keystore-name-regular-file = name a regular file
keystore-another-user-may-have = another user may have planted it; remove it and let pwreset create its own
policy-requires-more-than-character = requires more than 4 character classes
policy-your-profile-s-rule = {" "}(your profile's rule)
policy-not-commonly-used-password = not a commonly used password
policy-does-not-contain-your = does not contain your user id
policy-differs-from-your-current = differs from your current password
policy-list-commonly-used-passwords = is on a list of commonly used passwords
policy-contains-your-user-id = contains your user id
cognito-check-region-endpoint-url = check --region / --endpoint-url
cognito-has-no-self = Cognito has no self-service unlock. An account Cognito locked after wrong passwords unlocks by itself after a while; `pwreset reset` sets a new password instead
cognito-address-your-account = the address on your account
cognito-no-code-was-entered = no code was entered
cognito-names-delivery-destination = Cognito names the delivery destination only when it sends a code, so pwreset cannot list methods without sending one; `pwreset reset` shows where the code went
cognito-does-not-let = Cognito does not let a user read the pool's password policy (that needs admin rights), so these are the checks pwreset can make — the NIST SP 800-63B default, tightened by your profile's [policy]; the pool may require more, and Cognito checks its own rules when the password is submitted
firebase-link-has-no-mode = that link has no mode; it is not a Firebase action link
firebase-link-has-no-oobcode = that link has no oobCode
firebase-has-no-self = Firebase has no self-service unlock: a disabled account can only be re-enabled by the app's administrators; `pwreset reset` sets a new password
firebase-answer = a Firebase answer
firebase-check-endpoint-url-firebase = check --endpoint-url / FIREBASE_AUTH_EMULATOR_HOST
firebase-too-weak = is too weak
firebase-has-no-lower-case = has no lower-case character
firebase-has-no-upper-case = has no upper-case character
firebase-has-no-digit = has no digit
firebase-has-no-non-alphanumeric = has no non-alphanumeric character
firebase-too-short = is too short
firebase-too-long = is too long
firebase-does-not-meet-project = does not meet the project's policy
firebase-code-not-password-reset = that code is not for a password reset
firebase-recovers-email-only = Firebase recovers by email only: the reset code (in a link) goes to the address you sign in with; `pwreset reset --user EMAIL` sends it
pwreset-check-url-points-at-2 = check that --url points at a pwreset protocol v1 service
pwreset-run-same-command-again = run the same command again for a new flow
pwreset-choose-password-meets-rules = choose a password that meets the rules shown above
pwreset-run-pwreset-methods-see = run `pwreset methods` to see your methods
pwreset-looks-like-disagreement-between = this looks like a disagreement between pwreset and the service; run with -v and report it
pwreset-no-content-type = no content type
settings-config-file = the config file
settings-no-profiles-are-defined = no profiles are defined
settings-pass-user-id-set = pass --user ID (or set PWRESET_USER)
signals-stopped-terminal-went-away = Stopped: the terminal went away (SIGHUP).
scripted-pass-code-stdin-code = pass --code-stdin, --code-file PATH, --code-command CMD or --totp-secret-env VAR
scripted-pass-password-stdin-password = pass --password-stdin, --password-file PATH or --generate (with --save-to-keyring or --password-out FILE)
scripted-if-you-typed-secret = if you typed the secret itself there, it is now in your shell history: replace it
scripted-code-command-printed-no = --code-command printed no code
recover-account-unlocked = Account unlocked
http-a-server-error = a server error

## Strength estimate (zxcvbn's words, one message per warning and suggestion)

# $score: 0 very weak … 4 very strong
strength-label = { $score ->
    [0] very weak
    [1] weak
    [2] fair
    [3] strong
   *[4] very strong
 }
# How long guessing would take; $unit: less-than-a-second, second, minute, hour, day, month, year, centuries
strength-time = { $unit ->
    [less-than-a-second] less than a second
    [second] { $n ->
        [one] { $n } second
       *[other] { $n } seconds
     }
    [minute] { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
     }
    [hour] { $n ->
        [one] { $n } hour
       *[other] { $n } hours
     }
    [day] { $n ->
        [one] { $n } day
       *[other] { $n } days
     }
    [month] { $n ->
        [one] { $n } month
       *[other] { $n } months
     }
    [year] { $n ->
        [one] { $n } year
       *[other] { $n } years
     }
   *[centuries] centuries
 }
strength-warning-straight-rows-of-keys-are-easy-to-guess = Straight rows of keys are easy to guess.
strength-warning-short-keyboard-patterns-are-easy-to-guess = Short keyboard patterns are easy to guess.
strength-warning-repeats-like-aaa-are-easy-to-guess = Repeats like "aaa" are easy to guess.
strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
strength-warning-this-is-a-top10-password = This is a top-10 common password.
strength-warning-this-is-a-top100-password = This is a top-100 common password.
strength-warning-this-is-a-common-password = This is a very common password.
strength-warning-this-is-similar-to-a-commonly-used-password = This is similar to a commonly used password.
strength-warning-sequences-like-abc-are-easy-to-guess = Sequences like abc or 6543 are easy to guess.
strength-warning-recent-years-are-easy-to-guess = Recent years are easy to guess.
strength-warning-a-word-by-itself-is-easy-to-guess = A word by itself is easy to guess.
strength-warning-dates-are-often-easy-to-guess = Dates are often easy to guess.
strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = Names and surnames by themselves are easy to guess.
strength-warning-common-names-and-surnames-are-easy-to-guess = Common names and surnames are easy to guess.
strength-suggestion-use-a-few-words-avoid-common-phrases = Use a few words, avoid common phrases.
strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = No need for symbols, digits, or uppercase letters.
strength-suggestion-add-another-word-or-two = Add another word or two. Uncommon words are better.
strength-suggestion-capitalization-doesnt-help-very-much = Capitalization doesn't help very much.
strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = All-uppercase is almost as easy to guess as all-lowercase.
strength-suggestion-reversed-words-arent-much-harder-to-guess = Reversed words aren't much harder to guess.
strength-suggestion-predictable-substitutions-dont-help-very-much = Predictable substitutions like '@' instead of 'a' don't help very much.
strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Use a longer keyboard pattern with more turns.
strength-suggestion-avoid-repeated-words-and-characters = Avoid repeated words and characters.
strength-suggestion-avoid-sequences = Avoid sequences.
strength-suggestion-avoid-recent-years = Avoid recent years.
strength-suggestion-avoid-years-that-are-associated-with-you = Avoid years that are associated with you.
strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = Avoid dates and years that are associated with you.

## Prompts

prompt-choose-number = Choose 1-{ $n }
choose-number-again = Type a number from 1 to { $n }.
confirm-default-yes = Y/n
confirm-default-no = y/N
# Answers to a yes/no question, comma-separated (y/yes and n/no always work too).
confirm-yes-words = y, yes
confirm-no-words = n, no
confirm-again = Answer y or n.

## The dev-server's answers (in the language the request's Accept-Language asks for)

# The title of a problem (RFC 9457) by its code.
problem-title = { $code ->
    [invalid_request] The request is malformed
    [invalid_token] Missing or invalid flow token
    [flow_not_found] No such flow
    [flow_expired] The flow has expired or ended
    [flow_complete] The flow is already complete
    [unknown_method] No such verification method
    [method_already_used] A second gate needs a different kind of method
    [gates_complete] All verification gates are already passed
    [challenge_not_found] No such challenge
    [invalid_code] The code is not correct
    [code_expired] The code has expired
    [code_used] The code was already used
    [too_many_attempts] Too many wrong codes
    [gates_incomplete] Verification is not finished
    [wrong_intent] This flow was started for something else
    [password_rejected] The new password was rejected
    [idempotency_conflict] Idempotency-Key reused with a different password
    [rate_limited] Too many requests
    [locked] Recovery is temporarily locked
    [payload_too_large] The request body is too large
    [not_found] Not found
    [method_not_allowed] Method not allowed
    [service_busy] The service is busy
   *[other] Error
 }

## server

server-cannot-read-users-file = cannot read the users file { $path }
server-not-valid-users-file = { $origin } is not a valid users file
server-account-has-empty-user = { $origin }: an account has an empty user
server-user-appears-twice = { $origin }: the user { $who } appears twice
server-gates-must = { $origin }: { $who }: gates must be 1 or 2
server-gates-need-at-least = { $origin }: { $who }: { $gates } gates need at least { $gates } methods of different kinds
server-method-needs = { $origin }: { $who }: a { $kind } method needs "to"
server-totp-method-needs-base = { $origin }: { $who }: a totp method needs a base32 "secret"
server-questions-method-needs-answers = { $origin }: { $who }: a questions method needs "answers"
server-unknown-method-kind-known = { $origin }: { $who }: unknown method kind { $k } (known: { $v_kinds })
server-cannot-listen = cannot listen on { $addr }
server-cannot-listen-2 = cannot listen on { $http_addr }
server-dev-server-listens-tcp = the dev-server listens on a TCP address
server-request-body-not-valid = the request body is not valid: { $e }
server-not-allowed-here = { $method } is not allowed here
server-no-endpoint = no endpoint { $path }

## server

server-cannot-make-ca-key = cannot make the CA key
server-cannot-make-ca = cannot make the CA
server-cannot-make-server-key = cannot make the server key
server-cannot-name-server = cannot name the server
server-cannot-sign-server-certificate = cannot sign the server certificate
server-tls-versions = TLS versions
server-cannot-use-server-certificate = cannot use the server certificate
server-security-questions = { $n ->
    [one] { $n } security question
   *[other] { $n } security questions
 }
server-no-such-flow-start = no such flow; start again
server-flow-has-no-method = this flow has no method { $method_id }
server-method-already-passed-gate = a { $kind } method already passed a gate; the next gate needs a different kind
server-code-not-correct-attempt = the code is not correct; { $left ->
    [one] { $left } attempt left
   *[other] { $left } attempts left
 }
server-flow-was-started = this flow was started to { $intent ->
    [unlock] unlock an account
   *[reset] reset a password
 }
server-verification-gates-passed = { $gates_passed } of { $gates_required } verification gates passed
server-no-such-challenge-flow = no such challenge in this flow

## server

server-account-locked = the account is locked
server-wrong-user-password = wrong user or password
server-no-such-account = no such account

## more

mod-request-bodies-are-limited = request bodies are limited to 64 KiB
flows-user-must-characters = user must be 1 to 256 characters
flows-too-many-recovery-attempts = too many recovery attempts for this account; wait and try again
flows-send-flow-token-as = send the flow token as `Authorization: Bearer <flow_token>`
flows-flow-token-does-not = the flow token does not match this flow
flows-flow-has-expired-start = this flow has expired; start again
flows-flow-ended-after-too = this flow ended after too many wrong codes; start again
flows-flow-already-complete = this flow is already complete
flows-all-verification-gates-are = all verification gates are passed
flows-code-was-sent-moments = a code was sent moments ago; wait before asking for another
flows-too-many-codes-sent = too many codes sent in this flow; start again later
flows-code-was-already-used = this code was already used; codes are single-use
flows-code-has-expired-ask = the code has expired; ask for a new one
flows-too-many-wrong-codes = too many wrong codes; this flow has ended, start again
flows-idempotency-key-already-set = this Idempotency-Key already set a different password
flows-password-was-already-set = the password was already set in this flow
flows-your-current-password = is your current password
flows-new-password-does-not = the new password does not meet the policy
flows-your-password-was-changed = your password was changed
flows-your-account-was-unlocked = your account was unlocked
flows-not-every-verification-gate = not every verification gate is passed
limits-too-many-requests-from = too many requests from this address; wait and try again
limits-service-holds-as-many = the service holds as many recovery flows as it can; try again shortly
limits-recovery-account-locked-after = recovery for this account is locked after repeated failed verification; try again later
# The text of a code "sent" by email, text message or call (the outbox, the demo's inbox).
server-delivered-code = your code is { $code }
demo-label-authenticator = [demo authenticator]
demo-label-hint = [demo hint]
keystore-no-store-for-platform = no keyring store for this platform
keystore-item-not-text = a keyring item is not text
keystore-writable-by-others = it is writable by others (mode { $mode })
keystore-readable-by-others = it is readable by others (mode { $mode })
keystore-directory-writable-by-others = its directory { $dir } is writable by others without the sticky bit (mode { $mode }), so anyone can replace it
signals-stopped = Stopped.
signals-stopped-by = Stopped ({ $signal }).
interrupted = interrupted

## Lists

# Between clauses that hold commas themselves (the demo's password rules).
list-clause-separator = ;{" "}
list-separator = ,{" "}
# "a, b and c": $first is the items before the last, joined by list-separator.
list-and = { $first } and { $last }
list-or = { $first } or { $last }
keystore-the-file = the file
cognito-answer = a Cognito answer
pwreset-protocol-problem = a protocol v1 problem
# Stands where a value that may be a secret was.
not-shown = [not shown]
scripted-code-command-error = --code-command: { $e }

## entra (Microsoft Entra External ID, native authentication)

entra-not-a-tenant = { $tenant } is not an External ID tenant (its subdomain, like contoso, or its id)
settings-pass-tenant = pass --tenant SUBDOMAIN (or the tenant id), or --authority-url for a custom domain
settings-entra-needs-tenant = the entra provider needs the tenant
settings-entra-needs-client-id = the entra provider needs the app's client id (an app with native authentication on)
entra-answer = a native authentication answer
entra-check-authority = check --tenant or --authority-url; nothing was changed on your account by this request
entra-no-token = the service gave no continuation token
entra-needs-browser = { $service } wants this reset done in the browser{ $reason }: its sign-in needs more than a code by email
entra-use-browser = use the app's own "Forgot password?" page in a browser
entra-flow-expired = { $service }: this recovery has expired
entra-start-again = start again (run the same command without --resume)
entra-user-not-found = { $service } has no account with this user id
entra-check-user = check the user id: it is the email address you sign in with
entra-unsupported-challenge = { $service } asks for a verification pwreset cannot do at a terminal
entra-native-auth-disabled = { $service } has native authentication turned off for this app
entra-ask-admin-native-auth = the app's administrators turn it on in the Entra admin center (Authentication → Enable native authentication)
entra-client-refused = { $service } does not know this app, or it may not use native authentication ({ $said })
entra-check-client-id = check --client-id: the Application (client) ID of an app registered in this tenant
entra-refused = { $service } refused the request: { $error } ({ $said })
entra-nonsense = the service answered nonsense: { $what }
# $suberror: what Entra says is wrong with the password
entra-password-suberror = { $suberror ->
    [password_too_weak] is too weak
    [password_too_short] is too short
    [password_too_long] is too long
    [password_recently_used] was used recently
    [password_banned] is on the list of banned passwords
   *[other] is not accepted
 }
entra-refused-password = { $service } refused the new password
entra-change-failed = { $service } could not change the password
entra-change-timeout = { $service } did not finish changing the password within { $s } s; it may or may not be set
entra-no-unlock = Entra External ID has no self-service unlock; `pwreset reset` sets a new password
entra-wrong-code = { $service }: the code is not correct
entra-check-latest-code = type the code from the latest email
entra-names-destination = Entra names where the code goes only when it sends one, so pwreset cannot list methods without sending a code; `pwreset reset` shows where it went
entra-policy-note = Entra does not publish its password rules; pwreset checks the ones External ID enforces (8 to 256 characters, 3 of the 4 kinds), and the service also refuses banned and recently used passwords

## entra workforce accounts: the hand-off to the reset portal

entra-user-not-upn = a work account's user id is an address like name@contoso.com
entra-unknown-cloud = the sign-in service names a Microsoft cloud pwreset does not know: { $cloud }
entra-no-tenant-for-domain = no Microsoft Entra organisation uses { $domain }
entra-no-work-account = { $user } is not a work account known to Microsoft Entra ({ $cloud })
# $cloud: global, usgov or china
entra-cloud-name = { $cloud ->
    [usgov] Microsoft Entra for US Government
    [china] Microsoft Entra operated by 21Vianet
   *[global] Microsoft Entra
 }
entra-handoff-intro = { $user } is a work account ({ $cloud }). Microsoft offers no reset API for work accounts: the reset is done in its self-service portal, in the browser:
entra-handoff-reset-choice = There, choose "I forgot my password": you verify it's you, then set a new password.
entra-handoff-unlock-choice = There, choose "I know my password, but still can't sign in": you verify it's you, and the account is unlocked.
entra-handoff-rule = Only the account's owner can do this. An administrator cannot reset a password on your behalf (not in Partner Center operated by 21Vianet either), and pwreset never acts for anyone else.
entra-handoff-qr = Or scan this with your phone:
entra-handoff-opened = Opened in your browser.
entra-handoff-no-browser = No browser could be opened here: open the address above yourself.
entra-federated = { $user } signs in through its organisation's own service ({ $host }): that service handles passwords, not Microsoft Entra.
entra-federated-hint = Use your organisation's password reset page, or ask its help desk.
entra-workforce-only-reset = a Microsoft Entra work account has no API pwreset can ask this of: its methods and rules are shown in Microsoft's reset portal
entra-workforce-use-reset = `pwreset reset --provider entra --user YOU@DOMAIN` takes you there (for a customer tenant of External ID, pass --tenant and --client-id)

## PocketBase
policy-at-most-bytes = at most { $max_bytes } bytes in UTF-8 (a letter outside ASCII takes 2 to 4)
policy-bytes-at-most = takes { $value } bytes in UTF-8; at most { $max_bytes } are allowed
pocketbase-has-no-unlock = PocketBase has no self-service unlock: an account can only be changed by the app's administrators; `pwreset reset` sets a new password
pocketbase-answer = a PocketBase answer
pocketbase-check-url = check --url (the PocketBase server, such as https://pb.example.com)
pocketbase-no-auth-collection = { $service }: there is no auth collection named { $collection }
pocketbase-pass-collection = pass the auth collection your account is in with --collection (default: users)
pocketbase-refused = { $service } refused the request (HTTP { $status }): { $message }
pocketbase-link-expired = { $service }: the reset link has expired
pocketbase-new-link = run pwreset again to get a new email
pocketbase-link-not-valid = { $service }: the reset link is not valid (already used, replaced by a newer one, or mistyped)
pocketbase-paste-latest-link = paste the whole link (or its last part) from the latest reset email
pocketbase-link-for-other = that link is for { $kind }, not for resetting a password
pocketbase-link-for-until = The link is for { $email } and works until { $time }.
pocketbase-accepted-empty = { $service } accepted an empty password, which PocketBase never does: stopping
pocketbase-email-only = PocketBase recovers by email only: a link goes to the address you sign in with; `pwreset reset --user EMAIL` sends it
pocketbase-policy-note = PocketBase password rules for { $service }: the length its collection reports (at most 72 bytes, what bcrypt reads), plus the rules pwreset checks locally (the NIST SP 800-63B default, tightened by your profile's [policy])

## django-allauth
allauth-has-no-unlock = django-allauth has no self-service unlock: a locked or inactive account can only be changed by the site's administrators; `pwreset reset` sets a new password
allauth-answer = a django-allauth answer
allauth-check-url = check --url (the site, such as https://example.com, or its headless API, …/_allauth/app/v1)
allauth-not-headless = { $service } does not serve django-allauth's headless API for apps (/_allauth/app/v1/config)
allauth-unknown-email = { $service } says no account uses this email address
allauth-flow-over = { $service }: this reset is over (too many wrong codes, or it timed out)
allauth-start-again = run pwreset again to get a new code
allauth-link-not-valid = { $service }: the reset link is not valid (already used, or mistyped)
allauth-code-not-valid = { $service }: that code is not correct
allauth-type-latest-code = type the code from the latest reset email (case, spaces and dashes do not matter)
allauth-email-only = django-allauth recovers by email only: a code (or a link) goes to the address you sign in with; `pwreset reset --user EMAIL` sends it
allauth-policy-note = django-allauth publishes no password rules for { $service }: pwreset checks its own (the NIST SP 800-63B default, tightened by your profile's [policy]); the site's validators give their reasons if they refuse a password

## Better Auth
better-auth-has-no-unlock = Better Auth has no self-service unlock: a banned or locked account can only be changed by the app's administrators; `pwreset reset` sets a new password
better-auth-answer = a Better Auth answer
better-auth-check-url = check --url (Better Auth's base, such as https://app.example.com/api/auth)
better-auth-type-latest-code = type the code from the latest reset email
better-auth-link-not-valid = { $service }: the reset link is not valid (expired, already used, or mistyped)
better-auth-too-many-attempts = { $service }: too many wrong codes; this code no longer works, even typed right
better-auth-reset-disabled = { $service } does not offer password reset (the app sends no reset email)
better-auth-not-better-auth = { $service } does not answer Better Auth's password-reset requests here
better-auth-email-only = Better Auth recovers by email only: a code (or a link) goes to the address you sign in with; `pwreset reset --user EMAIL` sends it
better-auth-policy-note = Better Auth publishes no password rules for { $service }: pwreset checks its defaults (8 to 128 characters) and its own rules (the NIST SP 800-63B default, tightened by your profile's [policy]); the app says so if its own limits differ

## --provider auto and `pwreset detect`
detect-evidence-ciamlogin = the host is Microsoft Entra External ID's (ciamlogin.com)
detect-evidence-entra-settings = an Entra tenant, authority, cloud or login URL was given
detect-evidence-api-key = a Firebase API key was given
detect-evidence-cognito-settings = a Cognito region, endpoint or client secret was given
detect-evidence-matched = { $request } → { $answer }: { $kind }'s answer
detect-evidence-remembered = found out by an earlier run (pwreset detect asks again)
detect-nothing-matched = { $service } answers like none of the services pwreset knows. Tried: { $tried }
detect-name-provider = check --url, or name the kind with --provider ({ $names })
detect-found = { $service } is a { $kind } service (--provider { $kind })
flow-unlock-not-offered = this service offers no self-service unlock; `pwreset reset` sets a new password

## Supabase Auth
supabase-has-no-unlock = Supabase Auth has no self-service unlock: a banned account can only be changed by the project's administrators; `pwreset reset` sets a new password
supabase-answer = a Supabase Auth answer
supabase-check-url = check --url (the project, such as https://PROJECT.supabase.co, or a self-hosted GoTrue)
supabase-code-not-valid = { $service }: the code is wrong or has expired
supabase-type-latest-code = type the code from the latest recovery email (or paste its link); for a new one, ask for another code
supabase-weak-length = is shorter than the project allows
supabase-weak-characters = lacks a kind of character the project requires
supabase-weak-pwned = is in a known data breach
supabase-same-password = is the same as the current password
supabase-rate-limited = { $service } is limiting requests: { $message }
supabase-session-over = { $service }: the session the code gave has ended
supabase-needs-api-key = { $service } needs the project's API key (the anon key)
supabase-pass-api-key = pass --api-key KEY (Project Settings → API → anon key; it is public)
supabase-banned = { $service }: this account is banned, so its password cannot be reset here
supabase-no-session = { $service } accepted the code but gave no session to set the password with
supabase-email-only = Supabase Auth recovers by email only: a code (if the project's template has one) or a link goes to the address you sign in with; `pwreset reset --user EMAIL` sends it
supabase-policy-note = Supabase publishes no password rules for { $service }: pwreset checks its defaults (at least 6 characters, at most 72 bytes, what bcrypt reads) and its own rules (the NIST SP 800-63B default, tightened by your profile's [policy]); the project's reasons are shown if it refuses a password
detect-evidence-supabase = the host is a Supabase project's (supabase.co)

## Ory Kratos
kratos-has-no-unlock = Ory Kratos has no self-service unlock: a disabled identity can only be changed by its administrators; `pwreset reset` sets a new password
kratos-answer = an Ory Kratos answer
kratos-check-url = check --url (Kratos's public endpoint, or https://PROJECT.projects.oryapis.com)
kratos-flow-expired = { $service }: this recovery has expired
kratos-session-too-old = { $service }: the session the code gave is no longer privileged enough to set a password
kratos-needs-browser = { $service } finishes recovery only in a browser (it asks to redirect to its settings page)
kratos-enable-continue-with = its administrators can turn on feature_flags.use_continue_with_transitions for native apps; meanwhile use the site's "Forgot password?" page
kratos-signed-in = { $service } says a session is already active for this client
kratos-no-flow = { $service } answered without a flow id, which Kratos always sends
kratos-refused-email = { $service } refused the address: { $message }
kratos-no-session = { $service } accepted the code but gave no session or settings flow to set the password with
kratos-email-only = Ory Kratos recovers by email only here (a code to the address you sign in with); `pwreset reset --user EMAIL` sends it
kratos-policy-note = Ory Kratos publishes no password rules for { $service }: pwreset checks its own (the NIST SP 800-63B default, tightened by your profile's [policy]); Kratos's reasons (too short, too similar to the identifier, found in data breaches) are shown if it refuses a password
detect-evidence-ory = the host is Ory Network's (oryapis.com)

## Okta
okta-cannot-list = Okta does not say which factors your account has before one is used: the org can offer SMS, a voice call and email, as its password policy allows; `pwreset reset --method sms|voice|email` picks one
okta-answer = an Okta answer
okta-check-url = check --url (your Okta org, such as https://acme.okta.com, or its custom domain)
okta-wrong-answer = { $service }: that answer to the recovery question is not correct
okta-link-not-valid = { $service }: the recovery link is not valid (expired, already used, or mistyped)
okta-transaction-over = { $service }: this recovery transaction has ended (it expired, or was finished or cancelled)
okta-not-allowed = { $service } does not allow this recovery: { $said }
okta-ask-helpdesk = your org's policy does not offer this factor or self-service recovery for your account; try another method, or ask your helpdesk
okta-identity-engine = orgs on Okta Identity Engine may refuse the Classic recovery API; use your org's sign-in page ("Forgot password?" or "Unlock account?") instead
okta-unexpected-status = { $service } answered a recovery step with a status this step never has
detect-evidence-okta = the host is an Okta org's (okta.com)
supabase-not-here = { $service } does not answer Supabase Auth's requests here (neither under /auth/v1 nor at the root)
