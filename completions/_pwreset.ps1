
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pwreset' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pwreset'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pwreset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Verify your identity and set a new password ("create a new one")')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Verify your identity and unlock your account, keeping your current password')
            [CompletionResult]::new('methods', 'methods', [CompletionResultType]::ParameterValue, 'List your verification methods, masked, as the service reports them')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show the password rules the service enforces')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole reset flow against a built-in local service, in one command')
            [CompletionResult]::new('dev-server', 'dev-server', [CompletionResultType]::ParameterValue, 'Run a local reference reset service (in memory) for trying and testing')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles in the config file')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Settle a generated password kept as pending when the answer to its submission was lost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pwreset;reset' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id')
            [CompletionResult]::new('--code-file', '--code-file', [CompletionResultType]::ParameterName, 'Read the code(s) from a file, one line per gate')
            [CompletionResult]::new('--code-command', '--code-command', [CompletionResultType]::ParameterName, 'Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT')
            [CompletionResult]::new('--code-command-timeout', '--code-command-timeout', [CompletionResultType]::ParameterName, 'How long --code-command may run')
            [CompletionResult]::new('--totp-secret-env', '--totp-secret-env', [CompletionResultType]::ParameterName, 'Compute authenticator (TOTP) codes from the base32 secret in this environment variable')
            [CompletionResult]::new('--insecure-flow-file', '--insecure-flow-file', [CompletionResultType]::ParameterName, 'Keep the flow for --resume in this plain file (0600) instead of the OS keyring')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the new password from a file readable only by you')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random password that meets the service''s policy (needs --save-to-keyring or --password-out)')
            [CompletionResult]::new('--password-out', '--password-out', [CompletionResultType]::ParameterName, 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--code-stdin', '--code-stdin', [CompletionResultType]::ParameterName, 'Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from stdin (one line, after any codes)')
            [CompletionResult]::new('--save-to-keyring', '--save-to-keyring', [CompletionResultType]::ParameterName, 'Keep the generated password in the OS keyring (service pwreset:<host>, account <user>)')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'Let --password-out replace an existing FILE, and a generated password replace the pending one an interrupted run left')
            [CompletionResult]::new('--check-breached', '--check-breached', [CompletionResultType]::ParameterName, 'Refuse a new password found in known data breaches (Pwned Passwords, by k-anonymity: only the first 5 characters of its SHA-1 hash leave this machine)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;unlock' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id')
            [CompletionResult]::new('--code-file', '--code-file', [CompletionResultType]::ParameterName, 'Read the code(s) from a file, one line per gate')
            [CompletionResult]::new('--code-command', '--code-command', [CompletionResultType]::ParameterName, 'Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT')
            [CompletionResult]::new('--code-command-timeout', '--code-command-timeout', [CompletionResultType]::ParameterName, 'How long --code-command may run')
            [CompletionResult]::new('--totp-secret-env', '--totp-secret-env', [CompletionResultType]::ParameterName, 'Compute authenticator (TOTP) codes from the base32 secret in this environment variable')
            [CompletionResult]::new('--insecure-flow-file', '--insecure-flow-file', [CompletionResultType]::ParameterName, 'Keep the flow for --resume in this plain file (0600) instead of the OS keyring')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--code-stdin', '--code-stdin', [CompletionResultType]::ParameterName, 'Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;methods' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;policy' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;demo' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--unlock', '--unlock', [CompletionResultType]::ParameterName, 'Run the unlock flow instead of the reset flow')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Run the built-in service over HTTPS, with a certificate authority made for this demo')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;dev-server' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on (loopback only; port 0 picks a free port)')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Accounts as JSON (see docs/dev-server.md); the demo accounts when absent')
            [CompletionResult]::new('--code-ttl', '--code-ttl', [CompletionResultType]::ParameterName, 'How long a code stays valid')
            [CompletionResult]::new('--flow-ttl', '--flow-ttl', [CompletionResultType]::ParameterName, 'How long a flow stays valid')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Wrong codes allowed per challenge before the flow ends')
            [CompletionResult]::new('--resend-after', '--resend-after', [CompletionResultType]::ParameterName, 'Minimum wait before a code is sent again through the same method')
            [CompletionResult]::new('--flows-per-user', '--flows-per-user', [CompletionResultType]::ParameterName, 'Flows one user (known or not) may start per rate window')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'The per-user rate window, also the recovery lock-out time')
            [CompletionResult]::new('--requests-per-client', '--requests-per-client', [CompletionResultType]::ParameterName, 'Requests one client address may make per minute')
            [CompletionResult]::new('--min-length', '--min-length', [CompletionResultType]::ParameterName, 'Minimum length of a new password')
            [CompletionResult]::new('--support', '--support', [CompletionResultType]::ParameterName, 'Where people get help when self-service cannot go on, sent with flows and problems (empty: none)')
            [CompletionResult]::new('--max-flows', '--max-flows', [CompletionResultType]::ParameterName, 'Recovery flows held at once (memory stays bounded); more starts get 503 and Retry-After')
            [CompletionResult]::new('--ca-out', '--ca-out', [CompletionResultType]::ParameterName, 'Where --tls writes the CA certificate (default: pwreset-dev-ca-PORT.pem in the runtime or cache directory)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate authority made at start (its CA certificate is written to a file, for --ca-cert)')
            [CompletionResult]::new('--no-log', '--no-log', [CompletionResultType]::ParameterName, 'Do not log requests to stderr')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;man' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles (the default one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile''s settings (the default profile without NAME)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile (no secret is ever written to the config file)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pwreset;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;profile;add' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Preferred verification method per gate, in order')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a profile of the same name')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;profile;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles (the default one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile''s settings (the default profile without NAME)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile (no secret is ever written to the config file)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pwreset;profile;help;list' {
            break
        }
        'pwreset;profile;help;show' {
            break
        }
        'pwreset;profile;help;add' {
            break
        }
        'pwreset;profile;help;remove' {
            break
        }
        'pwreset;profile;help;help' {
            break
        }
        'pwreset;pending' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'The pending password is the one in use (you signed in with it): keep it as confirmed')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'The pending password was not set (signing in with it fails): forget it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pwreset;pending;list' {
            [CompletionResult]::new('--password-out', '--password-out', [CompletionResultType]::ParameterName, 'The --password-out FILE of the interrupted run: its FILE.pending is looked at too')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;pending;confirm' {
            [CompletionResult]::new('--password-out', '--password-out', [CompletionResultType]::ParameterName, 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;pending;discard' {
            [CompletionResult]::new('--password-out', '--password-out', [CompletionResultType]::ParameterName, 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of this profile from the config file')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which kind of reset API the service speaks [possible values: pwreset, cognito, firebase, entra]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the reset service (https://, or http:// on loopback only)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your user id at the service (asked for when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text on stderr, or one JSON object on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for each request to the service, answer included, e.g. 30s or 2m')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Cognito: the user pool''s AWS region (else AWS_REGION / AWS_DEFAULT_REGION)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Cognito or Entra: the app (client) id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Cognito: the NAME of an environment variable holding the app client secret')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Firebase: the project''s Web API key (public configuration, not a secret)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Firebase / Identity Platform: the tenant id')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Entra External ID: the tenant (its subdomain, like contoso, or its id)')
            [CompletionResult]::new('--authority-url', '--authority-url', [CompletionResultType]::ParameterName, 'Entra External ID: the authority URL, for a custom domain (else https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Entra workforce accounts: the Microsoft cloud (else found out from the user id)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Entra workforce accounts: where to ask which cloud and kind of account (tests)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English when none is spoken)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM CA certificate (bundle) in addition to the system''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain output for screen readers and simple terminals: no symbols, no animation, no colour, times of day for expiries (on by itself with TERM=dumb)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request made (never its secrets)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the address of a reset portal instead of opening it in the browser')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pwreset;pending;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'The pending password is the one in use (you signed in with it): keep it as confirmed')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'The pending password was not set (signing in with it fails): forget it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pwreset;pending;help;list' {
            break
        }
        'pwreset;pending;help;confirm' {
            break
        }
        'pwreset;pending;help;discard' {
            break
        }
        'pwreset;pending;help;help' {
            break
        }
        'pwreset;help' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Verify your identity and set a new password ("create a new one")')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Verify your identity and unlock your account, keeping your current password')
            [CompletionResult]::new('methods', 'methods', [CompletionResultType]::ParameterValue, 'List your verification methods, masked, as the service reports them')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show the password rules the service enforces')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole reset flow against a built-in local service, in one command')
            [CompletionResult]::new('dev-server', 'dev-server', [CompletionResultType]::ParameterValue, 'Run a local reference reset service (in memory) for trying and testing')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles in the config file')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Settle a generated password kept as pending when the answer to its submission was lost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pwreset;help;reset' {
            break
        }
        'pwreset;help;unlock' {
            break
        }
        'pwreset;help;methods' {
            break
        }
        'pwreset;help;policy' {
            break
        }
        'pwreset;help;demo' {
            break
        }
        'pwreset;help;dev-server' {
            break
        }
        'pwreset;help;completions' {
            break
        }
        'pwreset;help;man' {
            break
        }
        'pwreset;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles (the default one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile''s settings (the default profile without NAME)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile (no secret is ever written to the config file)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            break
        }
        'pwreset;help;profile;list' {
            break
        }
        'pwreset;help;profile;show' {
            break
        }
        'pwreset;help;profile;add' {
            break
        }
        'pwreset;help;profile;remove' {
            break
        }
        'pwreset;help;pending' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'The pending password is the one in use (you signed in with it): keep it as confirmed')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'The pending password was not set (signing in with it fails): forget it')
            break
        }
        'pwreset;help;pending;list' {
            break
        }
        'pwreset;help;pending;confirm' {
            break
        }
        'pwreset;help;pending;discard' {
            break
        }
        'pwreset;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
