# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pwreset_global_optspecs
    string join \n p/profile= provider= url= u/user= output= no-input color= plain q/quiet v/verbose timeout= region= client-id= client-secret-env= api-key= tenant-id= collection= tenant= authority-url= cloud= login-url= no-browser endpoint-url= lang= ca-cert= h/help V/version
end

function __fish_pwreset_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pwreset_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pwreset_using_subcommand
    set -l cmd (__fish_pwreset_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pwreset -n "__fish_pwreset_needs_command" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_needs_command" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_needs_command" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_needs_command" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_needs_command" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_needs_command" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_needs_command" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_needs_command" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_needs_command" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_needs_command" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_needs_command" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_needs_command" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_needs_command" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_needs_command" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_needs_command" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "reset" -d 'Verify your identity and set a new password ("create a new one")'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "unlock" -d 'Verify your identity and unlock your account, keeping your current password'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "methods" -d 'List your verification methods, masked, as the service reports them'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "policy" -d 'Show the password rules the service enforces'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "detect" -d 'Tell which kind of reset service --url is, and why (read-only requests; remembered for --provider auto)'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "demo" -d 'The whole reset flow against a built-in local service, in one command'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "dev-server" -d 'Run a local reference reset service (in memory) for trying and testing'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "profile" -d 'Manage profiles in the config file'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "pending" -d 'Settle a generated password kept as pending when the answer to its submission was lost'
complete -c pwreset -n "__fish_pwreset_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l method -d 'Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l code-file -d 'Read the code(s) from a file, one line per gate' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l code-command -d 'Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT' -r -f -a "(__fish_complete_command)"
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l code-command-timeout -d 'How long --code-command may run' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l totp-secret-env -d 'Compute authenticator (TOTP) codes from the base32 secret in this environment variable' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l insecure-flow-file -d 'Keep the flow for --resume in this plain file (0600) instead of the OS keyring' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l password-file -d 'Read the new password from a file readable only by you' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l generate -d 'Generate a random password that meets the service\'s policy (needs --save-to-keyring or --password-out)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l password-out -d 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l code-stdin -d 'Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l resume -d 'Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l password-stdin -d 'Read the new password from stdin (one line, after any codes)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l save-to-keyring -d 'Keep the generated password in the OS keyring (service pwreset:<host>, account <user>)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l force-overwrite -d 'Let --password-out replace an existing FILE, and a generated password replace the pending one an interrupted run left'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l check-breached -d 'Refuse a new password found in known data breaches (Pwned Passwords, by k-anonymity: only the first 5 characters of its SHA-1 hash leave this machine)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand reset" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l method -d 'Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l code-file -d 'Read the code(s) from a file, one line per gate' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l code-command -d 'Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT' -r -f -a "(__fish_complete_command)"
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l code-command-timeout -d 'How long --code-command may run' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l totp-secret-env -d 'Compute authenticator (TOTP) codes from the base32 secret in this environment variable' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l insecure-flow-file -d 'Keep the flow for --resume in this plain file (0600) instead of the OS keyring' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l code-stdin -d 'Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l resume -d 'Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand methods" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand policy" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand detect" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l unlock -d 'Run the unlock flow instead of the reset flow'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l tls -d 'Run the built-in service over HTTPS, with a certificate authority made for this demo'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand demo" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l addr -d 'Address to listen on (loopback only; port 0 picks a free port)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l users -d 'Accounts as JSON (see docs/dev-server.md); the demo accounts when absent' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l code-ttl -d 'How long a code stays valid' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l flow-ttl -d 'How long a flow stays valid' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l max-attempts -d 'Wrong codes allowed per challenge before the flow ends' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l resend-after -d 'Minimum wait before a code is sent again through the same method' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l flows-per-user -d 'Flows one user (known or not) may start per rate window' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l rate-window -d 'The per-user rate window, also the recovery lock-out time' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l requests-per-client -d 'Requests one client address may make per minute' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l min-length -d 'Minimum length of a new password' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l support -d 'Where people get help when self-service cannot go on, sent with flows and problems (empty: none)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l max-flows -d 'Recovery flows held at once (memory stays bounded); more starts get 503 and Retry-After' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l ca-out -d 'Where --tls writes the CA certificate (default: pwreset-dev-ca-PORT.pem in the runtime or cache directory)' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l tls -d 'Serve HTTPS with a certificate authority made at start (its CA certificate is written to a file, for --ca-cert)'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l no-log -d 'Do not log requests to stderr'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand dev-server" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand completions" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand man" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -f -a "list" -d 'List the profiles (the default one is marked)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -f -a "show" -d 'Show one profile\'s settings (the default profile without NAME)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -f -a "add" -d 'Add a profile (no secret is ever written to the config file)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -f -a "remove" -d 'Remove a profile'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and not __fish_seen_subcommand_from list show add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l method -d 'Preferred verification method per gate, in order' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make it the default profile'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace a profile of the same name'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles (the default one is marked)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile\'s settings (the default profile without NAME)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile (no secret is ever written to the config file)'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile'
complete -c pwreset -n "__fish_pwreset_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -f -a "list" -d 'Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -f -a "confirm" -d 'The pending password is the one in use (you signed in with it): keep it as confirmed'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -f -a "discard" -d 'The pending password was not set (signing in with it fails): forget it'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and not __fish_seen_subcommand_from list confirm discard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l password-out -d 'The --password-out FILE of the interrupted run: its FILE.pending is looked at too' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l password-out -d 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from confirm" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l password-out -d 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -s p -l profile -d 'Use the settings of this profile from the config file' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l provider -d 'Which kind of reset API the service speaks [possible values: auto, pwreset, cognito, firebase, entra, pocketbase, allauth, better-auth, supabase, kratos, okta]' -r -f -a "auto\t'Found out from the URL (read-only requests, remembered per service) or the settings given'
pwreset\t'The open pwreset protocol v1 (`pwreset dev-server` speaks it)'
cognito\t'AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)'
firebase\t'Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)'
entra\t'Microsoft Entra External ID: native authentication\'s password reset (v1.0)'
pocketbase\t'PocketBase: request-password-reset + confirm-password-reset on an auth collection'
allauth\t'django-allauth\'s headless API for apps (password reset by code or by link)'
better-auth\t'Better Auth: the email-OTP plugin\'s reset, or the core reset by link'
supabase\t'Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password'
kratos\t'Ory Kratos: the native recovery flow by code, then the settings flow for the password'
okta\t'Okta\'s Classic authentication API: recovery by SMS, voice call or email, and self-service unlock'"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l url -d 'Base URL of the reset service (https://, or http:// on loopback only)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -s u -l user -d 'Your user id at the service (asked for when missing)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l output -d 'Output format: human text on stderr, or one JSON object on stdout' -r -f -a "human\t''
json\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l timeout -d 'Time limit for each request to the service, answer included, e.g. 30s or 2m' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l region -d 'Cognito: the user pool\'s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l client-id -d 'Cognito or Entra: the app (client) id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l client-secret-env -d 'Cognito: the NAME of an environment variable holding the app client secret' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l api-key -d 'Firebase: the project\'s Web API key; Supabase: the project\'s anon key (public configuration, not a secret)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l tenant-id -d 'Firebase / Identity Platform: the tenant id' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l collection -d 'PocketBase: the auth collection your account is in (default: users)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l tenant -d 'Entra External ID: the tenant (its subdomain, like contoso, or its id)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l authority-url -d 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l cloud -d 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)' -r -f -a "global\t''
usgov\t''
china\t''"
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l login-url -d 'Entra workforce accounts: where to ask which cloud and kind of account (tests)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l endpoint-url -d 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)' -r -f
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l lang -d 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)' -r
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l ca-cert -d 'Trust this PEM CA certificate (bundle) in addition to the system\'s' -r -F
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l no-input -d 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l plain -d 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -s q -l quiet -d 'Print only errors'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -s v -l verbose -d 'Print each request made (never its secrets)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -l no-browser -d 'Print the address of a reset portal instead of opening it in the browser'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from discard" -s V -l version -d 'Print version'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'The pending password is the one in use (you signed in with it): keep it as confirmed'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from help" -f -a "discard" -d 'The pending password was not set (signing in with it fails): forget it'
complete -c pwreset -n "__fish_pwreset_using_subcommand pending; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "reset" -d 'Verify your identity and set a new password ("create a new one")'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "unlock" -d 'Verify your identity and unlock your account, keeping your current password'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "methods" -d 'List your verification methods, masked, as the service reports them'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "policy" -d 'Show the password rules the service enforces'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "detect" -d 'Tell which kind of reset service --url is, and why (read-only requests; remembered for --provider auto)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "demo" -d 'The whole reset flow against a built-in local service, in one command'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "dev-server" -d 'Run a local reference reset service (in memory) for trying and testing'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "completions" -d 'Print a shell completion script'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "man" -d 'Print the man page (roff)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "profile" -d 'Manage profiles in the config file'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "pending" -d 'Settle a generated password kept as pending when the answer to its submission was lost'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and not __fish_seen_subcommand_from reset unlock methods policy detect demo dev-server completions man profile pending help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles (the default one is marked)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show one profile\'s settings (the default profile without NAME)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add a profile (no secret is ever written to the config file)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from pending" -f -a "list" -d 'Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from pending" -f -a "confirm" -d 'The pending password is the one in use (you signed in with it): keep it as confirmed'
complete -c pwreset -n "__fish_pwreset_using_subcommand help; and __fish_seen_subcommand_from pending" -f -a "discard" -d 'The pending password was not set (signing in with it fails): forget it'

# Dynamic values: profile names from your config file, verification method kinds.
complete -c pwreset -s p -l profile -f -r -a '(command pwreset __complete profiles 2>/dev/null)'
complete -c pwreset -l method -f -r -a '(command pwreset __complete methods 2>/dev/null)'
# Values of options with a fixed set, in any position.
complete -c pwreset -l provider -f -r -a 'auto pwreset cognito firebase entra pocketbase allauth better-auth supabase kratos okta'
complete -c pwreset -l output -f -r -a 'human json'
complete -c pwreset -l color -f -r -a 'auto always never'
complete -c pwreset -l cloud -f -r -a 'global usgov china'
