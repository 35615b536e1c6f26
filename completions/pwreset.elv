
use builtin;
use str;

set edit:completion:arg-completer[pwreset] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pwreset'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pwreset'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand reset 'Verify your identity and set a new password ("create a new one")'
            cand unlock 'Verify your identity and unlock your account, keeping your current password'
            cand methods 'List your verification methods, masked, as the service reports them'
            cand policy 'Show the password rules the service enforces'
            cand demo 'The whole reset flow against a built-in local service, in one command'
            cand dev-server 'Run a local reference reset service (in memory) for trying and testing'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand profile 'Manage profiles in the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pwreset;reset'= {
            cand --method 'Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id'
            cand --code-file 'Read the code(s) from a file, one line per gate'
            cand --code-command 'Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT'
            cand --code-command-timeout 'How long --code-command may run'
            cand --totp-secret-env 'Compute authenticator (TOTP) codes from the base32 secret in this environment variable'
            cand --insecure-flow-file 'Keep the flow for --resume in this plain file (0600) instead of the OS keyring'
            cand --password-file 'Read the new password from a file readable only by you'
            cand --generate 'Generate a random password that meets the service''s policy (needs --save-to-keyring or --password-out)'
            cand --password-out 'Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)'
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --code-stdin 'Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)'
            cand --resume 'Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)'
            cand --password-stdin 'Read the new password from stdin (one line, after any codes)'
            cand --save-to-keyring 'Keep the generated password in the OS keyring (service pwreset:<host>, account <user>)'
            cand --force-overwrite 'Let --password-out replace an existing file'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;unlock'= {
            cand --method 'Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id'
            cand --code-file 'Read the code(s) from a file, one line per gate'
            cand --code-command 'Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT'
            cand --code-command-timeout 'How long --code-command may run'
            cand --totp-secret-env 'Compute authenticator (TOTP) codes from the base32 secret in this environment variable'
            cand --insecure-flow-file 'Keep the flow for --resume in this plain file (0600) instead of the OS keyring'
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --code-stdin 'Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)'
            cand --resume 'Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;methods'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;policy'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;demo'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --unlock 'Run the unlock flow instead of the reset flow'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;dev-server'= {
            cand --addr 'Address to listen on (loopback only; port 0 picks a free port)'
            cand --users 'Accounts as JSON (see docs/dev-server.md); the demo accounts when absent'
            cand --code-ttl 'How long a code stays valid'
            cand --flow-ttl 'How long a flow stays valid'
            cand --max-attempts 'Wrong codes allowed per challenge before the flow ends'
            cand --resend-after 'Minimum wait before a code is sent again through the same method'
            cand --flows-per-user 'Flows one user (known or not) may start per rate window'
            cand --rate-window 'The per-user rate window, also the recovery lock-out time'
            cand --requests-per-client 'Requests one client address may make per minute'
            cand --min-length 'Minimum length of a new password'
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-log 'Do not log requests to stderr'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;completions'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;man'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;profile'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles (the default one is marked)'
            cand show 'Show one profile''s settings (the default profile without NAME)'
            cand add 'Add a profile (no secret is ever written to the config file)'
            cand remove 'Remove a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pwreset;profile;list'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;profile;show'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;profile;add'= {
            cand --method 'Preferred verification method per gate, in order'
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --default 'Make it the default profile'
            cand --force 'Replace a profile of the same name'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;profile;remove'= {
            cand -p 'Use the settings of this profile from the config file'
            cand --profile 'Use the settings of this profile from the config file'
            cand --provider 'Which kind of reset API the service speaks'
            cand --url 'Base URL of the reset service (https://, or http:// on loopback only)'
            cand -u 'Your user id at the service (asked for when missing)'
            cand --user 'Your user id at the service (asked for when missing)'
            cand --output 'Output format: human text on stderr, or one JSON object on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured with auto)'
            cand --timeout 'Timeout for each request to the service, e.g. 30s or 2m'
            cand --ca-cert 'Trust this PEM CA certificate (bundle) in addition to the system''s'
            cand --no-input 'Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print each request made (never its secrets)'
            cand --verbose 'Print each request made (never its secrets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pwreset;profile;help'= {
            cand list 'List the profiles (the default one is marked)'
            cand show 'Show one profile''s settings (the default profile without NAME)'
            cand add 'Add a profile (no secret is ever written to the config file)'
            cand remove 'Remove a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pwreset;profile;help;list'= {
        }
        &'pwreset;profile;help;show'= {
        }
        &'pwreset;profile;help;add'= {
        }
        &'pwreset;profile;help;remove'= {
        }
        &'pwreset;profile;help;help'= {
        }
        &'pwreset;help'= {
            cand reset 'Verify your identity and set a new password ("create a new one")'
            cand unlock 'Verify your identity and unlock your account, keeping your current password'
            cand methods 'List your verification methods, masked, as the service reports them'
            cand policy 'Show the password rules the service enforces'
            cand demo 'The whole reset flow against a built-in local service, in one command'
            cand dev-server 'Run a local reference reset service (in memory) for trying and testing'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand profile 'Manage profiles in the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pwreset;help;reset'= {
        }
        &'pwreset;help;unlock'= {
        }
        &'pwreset;help;methods'= {
        }
        &'pwreset;help;policy'= {
        }
        &'pwreset;help;demo'= {
        }
        &'pwreset;help;dev-server'= {
        }
        &'pwreset;help;completions'= {
        }
        &'pwreset;help;man'= {
        }
        &'pwreset;help;profile'= {
            cand list 'List the profiles (the default one is marked)'
            cand show 'Show one profile''s settings (the default profile without NAME)'
            cand add 'Add a profile (no secret is ever written to the config file)'
            cand remove 'Remove a profile'
        }
        &'pwreset;help;profile;list'= {
        }
        &'pwreset;help;profile;show'= {
        }
        &'pwreset;help;profile;add'= {
        }
        &'pwreset;help;profile;remove'= {
        }
        &'pwreset;help;help'= {
        }
    ]
    $completions[$command]
}
