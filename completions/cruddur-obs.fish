# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cruddur_obs_global_optspecs
    string join \n o/output= q/quiet v/verbose request-timeout= allow-plaintext-http h/help V/version
end

function __fish_cruddur_obs_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cruddur_obs_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cruddur_obs_using_subcommand
    set -l cmd (__fish_cruddur_obs_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s V -l version -d 'Print version'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "init" -d 'Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "doctor" -d 'Check the workspace and the accounts: a checklist of what is wrong, with the fix'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "honeycomb" -d 'Honeycomb: keys and profiles, environments, API keys, datasets, markers'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "query" -d 'Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "frontend" -d 'Browser traces from the React frontend, joined to the backend\'s'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "xray" -d 'AWS X-Ray: groups, sampling rules, Transaction Search, a workspace\'s move to OpenTelemetry'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "cloudwatch" -d 'AWS CloudWatch Logs: log groups and how long they keep events'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "trace" -d 'One trace as a waterfall in the terminal, from the workspace\'s local copy or X-Ray'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "traces" -d 'The workspace\'s own copy of its traces (.cruddur-obs/traces): status'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "plan" -d 'What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "apply" -d 'Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "export" -d 'Write an existing environment (and X-Ray) as the observability file'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "config" -d 'Settings in effect and where each came from; the config file\'s profiles'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "generate-assets" -d 'Regenerate completions/ and man/ from this command line (for maintainers)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l dir -d 'The workspace [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l service -d 'A compose service to instrument (repeatable) [default: the Flask services]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s f -l file -d 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l service-name -d 'OTEL_SERVICE_NAME, with a single --service [default: the compose service\'s name, or the one set]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l target -d 'Where to write, comma-separated [default: what the workspace has]' -r -f -a "compose\t'The services\' `environment` in docker-compose files'
dotenv\t'HONEYCOMB_API_KEY and the OTEL variables in .env (0600, ignored by git)'
gitpod\t'HONEYCOMB_API_KEY persisted with `gp env`'
requirements\t'The OpenTelemetry packages in the services\' requirements.txt'
frontend\t'With --with frontend: package.json, src/tracing.js, the collector\'s config, the backend\'s flask-cors'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s e -l environment -d 'With a management key: the environment to create an ingest key in (created if missing)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l with -d 'What to set up, comma-separated' -r -f -a "honeycomb\t'OpenTelemetry to Honeycomb: OTEL variables, the ingest key, the five packages'
xray\t'X-Ray through the workspace\'s OpenTelemetry Collector (otel-collector, OTLP + SigV4), aws/json/xray.json, the group and rule (see --xray-via)'
cloudwatch\t'watchtower and the AWS variables it needs, and the log group'
rollbar\t'ROLLBAR_ACCESS_TOKEN (kept like HONEYCOMB_API_KEY), rollbar and blinker'
frontend\t'Browser traces from the React frontend, joined to the backend\'s (see --frontend-mode)'
board\t'observability.yaml (and its schema): a board, an error-rate trigger and a latency SLO for `plan`/`apply`'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l xray-rule-name -d 'With xray: the sampling rule\'s name when aws/json/xray.json is written' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l xray-group -d 'With xray: the X-Ray group\'s name' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l xray-via -d 'With xray: how spans reach X-Ray' -r -f -a "collector\t'The app\'s OpenTelemetry SDK sends to the workspace\'s collector, which sends to X-Ray\'s OTLP endpoint (SigV4) and to Honeycomb'
daemon\t'The X-Ray SDK and the xray-daemon service, as the seeds did: AWS ends their support on 2027-02-25'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l xray-sampling-endpoint -d 'With xray: a sampling proxy (the collector\'s awsproxy extension, e.g. http://otel-collector:2000) that ADOT\'s X-Ray sampler asks for the sampling rules; without it the app keeps every trace' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l log-group -d 'With cloudwatch: the log group watchtower writes to' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l rollbar-token -d 'With rollbar: the access token [default: ROLLBAR_ACCESS_TOKEN]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l frontend-mode -d 'With frontend: how the browser\'s spans reach Honeycomb' -r -f -a "collector\t'The browser sends to an otel-collector compose service, which holds the key and forwards to Honeycomb: no key reaches a browser (needs the collector\'s port reachable from the browser)'
direct\t'The browser sends to Honeycomb itself with HONEYCOMB_API_KEY built into the page: only for an ingest key, which can send data and nothing else (anyone can read it from the bundle)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l frontend-service -d 'With frontend: the React service [default: the one whose package.json names react or vite]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l instrument -d 'Print the Flask tracing bootstrap for app.py (or write it to a new FILE); app.py is never rewritten' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l fix -d 'Fix what real repos get wrong: literal Honeycomb keys in committed files'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l dry-run -d 'Show a diff of every file and the commands, and change nothing'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s y -l yes -d 'Accept the defaults without asking'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l replace-env-link -d 'When .env is a symlink to a file outside the workspace or tracked by git (where the key must not go), replace the link with a file of its own instead of refusing (the old target is left as it is)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l dir -d 'The workspace [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l service -d 'A compose service to check (repeatable) [default: the services that should send traces, as init finds them]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -s f -l file -d 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l query-key -d '--verify: a configuration key that can run queries [default: HONEYCOMB_QUERY_KEY, the profile\'s api_key]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l endpoint -d '--verify: the OTLP endpoint to send the span to [default: the compose file\'s OTEL_EXPORTER_OTLP_ENDPOINT]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l timeout -d '--verify: how long to wait for the span to show up (e.g. 90s, 2m)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l xray-group -d 'The X-Ray group to look for' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l aws-profile -d 'AWS profile for the X-Ray checks [default: AWS_PROFILE]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l aws-region -d 'AWS region for the X-Ray checks [default: AWS_REGION, AWS_DEFAULT_REGION, the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l skip -d 'Do not run these checks: an id or its first part, e.g. xray or otel.endpoint (repeatable)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l verify -d 'Also send a test span and wait until a Honeycomb query sees it (end to end, with the latency)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "login" -d 'Verify keys and save them in a profile (config file, mode 0600)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "auth" -d 'Show the team, environment, key types and permissions, and where each key came from'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "environments" -d 'List, create, ensure, show, update or delete environments (management key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "keys" -d 'List, create, show, disable, enable or delete ingest and configuration keys (management key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "datasets" -d 'List or create datasets (environment key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "markers" -d 'Add, list or delete markers, such as deploys (environment key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and not __fish_seen_subcommand_from login auth environments keys datasets markers help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l api-key-stdin -d 'Read the environment API key from the first line of stdin'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Check each configured key with Honeycomb and show what it can do'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from auth" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "list" -d 'List every environment of the team'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "create" -d 'Create an environment (fails if the name is taken; see `ensure`)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "ensure" -d 'Return the environment with this name, creating it if it does not exist'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "get" -d 'Show one environment (by name, slug or ID)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "update" -d 'Change an environment\'s description, colour or delete protection'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "delete" -d 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from environments" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List ingest and configuration keys'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "create" -d 'Create a key; its secret is saved in the profile (see --write-env, --print)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "get" -d 'Show one key'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "disable" -d 'Disable a key (it stops working at once; enable brings it back)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "enable" -d 'Enable a disabled key'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "delete" -d 'Delete a key for good (asks; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from keys" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -f -a "list" -d 'List the environment\'s datasets'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -f -a "create" -d 'Create a dataset, or return it if it exists'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from datasets" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -f -a "add" -d 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -f -a "list" -d 'List a dataset\'s markers'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -f -a "delete" -d 'Delete a marker'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from markers" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "login" -d 'Verify keys and save them in a profile (config file, mode 0600)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "auth" -d 'Show the team, environment, key types and permissions, and where each key came from'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "environments" -d 'List, create, ensure, show, update or delete environments (management key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "keys" -d 'List, create, show, disable, enable or delete ingest and configuration keys (management key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "datasets" -d 'List or create datasets (environment key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "markers" -d 'Add, list or delete markers, such as deploys (environment key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand honeycomb; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "latency-by-user" -d 'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "recent-traces" -d 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "slow-endpoints" -d 'P50, P99 and COUNT per route (or span name), slowest first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "errors" -d 'Counts of error spans by span name, HTTP status and message'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "heatmap" -d 'A duration heatmap over time, drawn in the terminal'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "run" -d 'Run any query spec (a JSON file or inline), checked before it is sent'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "save" -d 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "saved" -d 'List, run, show or delete saved queries'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and not __fish_seen_subcommand_from latency-by-user recent-traces slow-endpoints errors heatmap run save saved help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s n -l limit -d 'Rows to return, 1 to 10000 [default: 20 for presets, the spec\'s or 1000 for run]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l timeout -d 'Give up after this long, rate-limit waits included: 30s, 2m' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l source -d 'Where to answer: honeycomb, local (the workspace\'s .cruddur-obs/traces), or auto' -r -f -a "honeycomb\t'Honeycomb\'s Query Data API (Enterprise)'
local\t'The workspace\'s own copy of its traces (.cruddur-obs/traces), on any plan or none'
auto\t'Honeycomb when the team\'s plan runs queries, else the local copy (said on stderr)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l user-column -d 'The column holding the user [default: found in the dataset]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l column -d 'The latency column [default: duration_ms]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l open -d 'Open the query in Honeycomb\'s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l requests -d 'Whole requests: per user, the root span\'s duration of each trace the user appears in (on any span)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from latency-by-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s n -l limit -d 'Rows to return, 1 to 10000 [default: 20 for presets, the spec\'s or 1000 for run]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l timeout -d 'Give up after this long, rate-limit waits included: 30s, 2m' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l source -d 'Where to answer: honeycomb, local (the workspace\'s .cruddur-obs/traces), or auto' -r -f -a "honeycomb\t'Honeycomb\'s Query Data API (Enterprise)'
local\t'The workspace\'s own copy of its traces (.cruddur-obs/traces), on any plan or none'
auto\t'Honeycomb when the team\'s plan runs queries, else the local copy (said on stderr)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l column -d 'The duration column [default: duration_ms]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l show -d 'Draw the first N traces of the table as waterfalls, from the local copy' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l open -d 'Open the query in Honeycomb\'s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from recent-traces" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s n -l limit -d 'Rows to return, 1 to 10000 [default: 20 for presets, the spec\'s or 1000 for run]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l timeout -d 'Give up after this long, rate-limit waits included: 30s, 2m' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l source -d 'Where to answer: honeycomb, local (the workspace\'s .cruddur-obs/traces), or auto' -r -f -a "honeycomb\t'Honeycomb\'s Query Data API (Enterprise)'
local\t'The workspace\'s own copy of its traces (.cruddur-obs/traces), on any plan or none'
auto\t'Honeycomb when the team\'s plan runs queries, else the local copy (said on stderr)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l by -d 'Group by these columns instead (repeatable)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l column -d 'The latency column [default: duration_ms]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l open -d 'Open the query in Honeycomb\'s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from slow-endpoints" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s n -l limit -d 'Rows to return, 1 to 10000 [default: 20 for presets, the spec\'s or 1000 for run]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l timeout -d 'Give up after this long, rate-limit waits included: 30s, 2m' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l source -d 'Where to answer: honeycomb, local (the workspace\'s .cruddur-obs/traces), or auto' -r -f -a "honeycomb\t'Honeycomb\'s Query Data API (Enterprise)'
local\t'The workspace\'s own copy of its traces (.cruddur-obs/traces), on any plan or none'
auto\t'Honeycomb when the team\'s plan runs queries, else the local copy (said on stderr)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l by -d 'Group by these columns instead (repeatable)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l open -d 'Open the query in Honeycomb\'s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from errors" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l timeout -d 'Give up after this long, rate-limit waits included: 30s, 2m' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l source -d 'Where to answer: honeycomb, local (the workspace\'s .cruddur-obs/traces), or auto' -r -f -a "honeycomb\t'Honeycomb\'s Query Data API (Enterprise)'
local\t'The workspace\'s own copy of its traces (.cruddur-obs/traces), on any plan or none'
auto\t'Honeycomb when the team\'s plan runs queries, else the local copy (said on stderr)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l column -d 'The value to draw [default: duration_ms]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l rows -d 'Value bands (rows)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l width -d 'Time buckets (columns) [default: what fits the terminal, at most 120]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l open -d 'Open the query in Honeycomb\'s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l log -d 'Logarithmic value bands (long-tailed latencies)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from heatmap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s f -l file -d 'A JSON file with the query spec (- reads stdin)' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l spec -d 'The query spec as JSON, e.g. \'{"calculations":[{"op":"COUNT"}],"breakdowns":["name"]}\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s n -l limit -d 'Rows to return, 1 to 10000 [default: 20 for presets, the spec\'s or 1000 for run]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l timeout -d 'Give up after this long, rate-limit waits included: 30s, 2m' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l source -d 'Where to answer: honeycomb, local (the workspace\'s .cruddur-obs/traces), or auto' -r -f -a "honeycomb\t'Honeycomb\'s Query Data API (Enterprise)'
local\t'The workspace\'s own copy of its traces (.cruddur-obs/traces), on any plan or none'
auto\t'Honeycomb when the team\'s plan runs queries, else the local copy (said on stderr)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l open -d 'Open the query in Honeycomb\'s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l preset -d 'Save a preset' -r -f -a "latency-by-user\t'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
recent-traces\t'The latest root spans, with a Honeycomb link per trace'
slow-endpoints\t'P50, P99 and COUNT per route (or span name), slowest first'
errors\t'Counts of error spans by span name, HTTP status and message'
heatmap\t'A duration heatmap over time'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s f -l file -d 'Save a query spec from a JSON file (- reads stdin)' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l spec -d 'Save a query spec given as JSON' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l description -d 'What the query is for' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s d -l dataset -d 'Dataset (__all__: the whole environment) [default: the profile\'s, OTEL_SERVICE_NAME, docker-compose.yml\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s s -l since -d 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l start -d 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l end -d 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'http.route starts-with /api\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s n -l limit -d 'Rows the query returns, 1 to 1000 [default: 20 for presets]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l user-column -d 'latency-by-user: the user column [default: found in the dataset]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l by -d 'slow-endpoints, errors: group by these columns (repeatable)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l column -d 'The value column of a preset [default: duration_ms]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l replace -d 'Replace a saved query of the same name'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -f -a "list" -d 'List the dataset\'s saved queries'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -f -a "run" -d 'Run a saved query by name (--since, --where, --limit make a new query from it)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -f -a "show" -d 'Print a saved query\'s spec as JSON (what `query run --file` reads)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -f -a "delete" -d 'Delete a saved query (its name; Honeycomb keeps the query itself)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from saved" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "latency-by-user" -d 'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "recent-traces" -d 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "slow-endpoints" -d 'P50, P99 and COUNT per route (or span name), slowest first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "errors" -d 'Counts of error spans by span name, HTTP status and message'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "heatmap" -d 'A duration heatmap over time, drawn in the terminal'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run any query spec (a JSON file or inline), checked before it is sent'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "saved" -d 'List, run, show or delete saved queries'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -f -a "init" -d 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and not __fish_seen_subcommand_from init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l dir -d 'The workspace [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l mode -d 'How the browser\'s spans reach Honeycomb' -r -f -a "collector\t'The browser sends to an otel-collector compose service, which holds the key and forwards to Honeycomb: no key reaches a browser (needs the collector\'s port reachable from the browser)'
direct\t'The browser sends to Honeycomb itself with HONEYCOMB_API_KEY built into the page: only for an ingest key, which can send data and nothing else (anyone can read it from the bundle)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l service -d 'The React service [default: the one whose package.json names react or vite]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l backend -d 'The backend service whose flask-cors must allow traceparent (repeatable) [default: the Flask services]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l target -d 'Where to write, comma-separated [default: compose, dotenv, gitpod where present, frontend]' -r -f -a "compose\t'The services\' `environment` in docker-compose files'
dotenv\t'HONEYCOMB_API_KEY and the OTEL variables in .env (0600, ignored by git)'
gitpod\t'HONEYCOMB_API_KEY persisted with `gp env`'
requirements\t'The OpenTelemetry packages in the services\' requirements.txt'
frontend\t'With --with frontend: package.json, src/tracing.js, the collector\'s config, the backend\'s flask-cors'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l dry-run -d 'Show a diff of every file, and change nothing'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -s y -l yes -d 'Accept the defaults without asking'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from help" -f -a "init" -d 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand frontend; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "init" -d 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "create-group" -d 'Create a group of traces selected by a filter expression (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "groups" -d 'List, show, update or delete groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "rules" -d 'Apply, check, list, show, delete or export sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "destination" -d 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray\'s OTLP endpoint needs'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "migrate" -d 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from init create-group groups rules destination migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l dir -d 'The workspace [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l service -d 'A compose service to send to X-Ray (repeatable) [default: the Flask services]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l target -d 'Where to write, comma-separated [default: compose and requirements]' -r -f -a "compose\t'The services\' `environment` in docker-compose files'
dotenv\t'HONEYCOMB_API_KEY and the OTEL variables in .env (0600, ignored by git)'
gitpod\t'HONEYCOMB_API_KEY persisted with `gp env`'
requirements\t'The OpenTelemetry packages in the services\' requirements.txt'
frontend\t'With --with frontend: package.json, src/tracing.js, the collector\'s config, the backend\'s flask-cors'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l rule-name -d 'The sampling rule\'s name when aws/json/xray.json is written' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l group -d 'The X-Ray group\'s name' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l via -d 'How spans reach X-Ray' -r -f -a "collector\t'The app\'s OpenTelemetry SDK sends to the workspace\'s collector, which sends to X-Ray\'s OTLP endpoint (SigV4) and to Honeycomb'
daemon\t'The X-Ray SDK and the xray-daemon service, as the seeds did: AWS ends their support on 2027-02-25'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l sampling-endpoint -d 'A sampling proxy (the collector\'s awsproxy extension, e.g. http://otel-collector:2000) that ADOT\'s X-Ray sampler asks for the sampling rules; without it the app keeps every trace' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l fix -d 'Make the sampling rule\'s ServiceName match the instrumented service'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l dry-run -d 'Show a diff of every file and the AWS calls, and change nothing'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -s y -l yes -d 'Accept the defaults without asking'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l filter-expression -d 'Which traces belong to the group, e.g. \'service("backend-flask")\' (default: all)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l tag -d 'Tag the group when it is created (KEY=VALUE, repeatable)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l insights -d 'Turn on X-Ray Insights for the group'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l notifications -d 'Turn on Insights notifications (implies --insights)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List every group'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "get" -d 'Show one group'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "update" -d 'Change a group\'s filter expression or Insights settings'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete a group (asks first; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "apply" -d 'Create, update (changed fields only) or keep rules so AWS matches the files'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "validate" -d 'Check rule files against AWS\'s constraints without contacting AWS'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List every sampling rule, the Default rule included'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "get" -d 'Show one sampling rule'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "delete" -d 'Delete a sampling rule (asks first; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "export" -d 'Write the rules to files (or stdout) that `rules apply` reads back'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -l enable -d 'Turn Transaction Search on: set the destination to CloudWatchLogs (nothing is written when it is)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from destination" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l dir -d 'The workspace [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l service -d 'A backend to move (repeatable) [default: the Flask services]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l sampling-endpoint -d 'A sampling proxy (the collector\'s awsproxy extension, e.g. http://otel-collector:2000) that ADOT\'s X-Ray sampler asks for the sampling rules; without it the app keeps every trace' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show a diff of every file and the lines to remove, and change nothing'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "init" -d 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "create-group" -d 'Create a group of traces selected by a filter expression (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "groups" -d 'List, show, update or delete groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "rules" -d 'Apply, check, list, show, delete or export sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "destination" -d 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray\'s OTLP endpoint needs'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -f -a "log-group" -d 'Ensure, list or delete log groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and not __fish_seen_subcommand_from log-group help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -l profile -d 'AWS profile to use [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -l endpoint-url -d 'The service\'s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -f -a "ensure" -d 'Create a log group if it is missing and set its retention (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -f -a "list" -d 'List log groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -f -a "delete" -d 'Delete a log group and every event in it (asks first; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from log-group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from help" -f -a "log-group" -d 'Ensure, list or delete log groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand cloudwatch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l from -d 'Where to read it: the workspace\'s local copy, or X-Ray (BatchGetTraces, on any AWS account)' -r -f -a "local\t'The workspace\'s .cruddur-obs/traces'
xray\t'AWS X-Ray: each segment and subsegment a span (the endpoint: AWS_ENDPOINT_URL_XRAY, AWS_ENDPOINT_URL)'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l dir -d 'The workspace whose local copy to read [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l aws-profile -d 'AWS profile for --from xray [default: AWS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l aws-region -d 'AWS region for --from xray [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from help" -f -a "show" -d 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand trace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -f -a "status" -d 'Where the local copy is, how big, which services and what time it covers'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -f -a "tail" -d 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and not __fish_seen_subcommand_from status tail help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -l dir -d 'The workspace [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -s w -l where -d 'A filter, \'COLUMN OP VALUE\' (repeatable): \'duration_ms > 250\', \'service.name = backend-flask\', \'error exists\'' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -l count -d 'Stop after N events' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -l dir -d 'The workspace whose local copy to follow [default: the current directory]' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -l any -d 'Match events that pass any --where (default: all of them)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -l from-start -d 'Print what the copy already holds first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where the local copy is, how big, which services and what time it covers'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand traces; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l aws-profile -d 'AWS profile for the xray section [default: AWS_PROFILE]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l aws-region -d 'AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l prune -d 'Also plan deleting what the file does not mention, within what it manages (never columns)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l detailed-exitcode -d 'Exit 2 when something would change, 0 when nothing would (for CI drift checks)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l all -d 'List unchanged objects too'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l aws-profile -d 'AWS profile for the xray section [default: AWS_PROFILE]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l aws-region -d 'AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l prune -d 'Also delete what the file does not mention, within what it manages (never columns)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -s y -l yes -d 'Do not ask before deleting (needed for --prune without a terminal)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l env -d 'The environment to export: must be the API key\'s (a check, so the file is not written from the wrong one)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l file -d 'Write the file here (atomically) instead of stdout; an existing file needs --force' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l aws-profile -d 'AWS profile for X-Ray [default: AWS_PROFILE]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l aws-region -d 'AWS region for X-Ray [default: AWS_REGION, AWS_DEFAULT_REGION, the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l force -d 'Replace an existing --file'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l no-xray -d 'Leave X-Ray out (no AWS credentials needed)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l schema -d 'Print the file\'s JSON Schema instead, for editors'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "path" -d 'Print the config file\'s path'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "show" -d 'Every setting in effect, its source, secrets masked'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "get" -d 'One setting\'s value (secrets masked unless --reveal)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "set" -d 'Set a value in the profile (secrets: pass - to read the value from stdin)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "unset" -d 'Remove a value from the profile'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l reveal -d 'Print a secret in full'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-url -d 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile\'s, then the region\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l region -d 'Honeycomb region, when no API URL is set [default: the profile\'s, then us]' -r -f -a "us\t'api.honeycomb.io'
eu\t'api.eu1.honeycomb.io'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-key -d 'An environment\'s API key [default: HONEYCOMB_API_KEY, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l key-id -d 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l key-secret -d 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile\'s]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every setting in effect, its source, secrets masked'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'One setting\'s value (secrets masked unless --reveal)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value in the profile (secrets: pass - to read the value from stdin)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a value from the profile'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -l root -d 'The repository root: completions/ and man/ are written below it' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -l request-timeout -d 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -l allow-plaintext-http -d 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "init" -d 'Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "doctor" -d 'Check the workspace and the accounts: a checklist of what is wrong, with the fix'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "honeycomb" -d 'Honeycomb: keys and profiles, environments, API keys, datasets, markers'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "query" -d 'Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "frontend" -d 'Browser traces from the React frontend, joined to the backend\'s'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "xray" -d 'AWS X-Ray: groups, sampling rules, Transaction Search, a workspace\'s move to OpenTelemetry'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "cloudwatch" -d 'AWS CloudWatch Logs: log groups and how long they keep events'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "trace" -d 'One trace as a waterfall in the terminal, from the workspace\'s local copy or X-Ray'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "traces" -d 'The workspace\'s own copy of its traces (.cruddur-obs/traces): status'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "plan" -d 'What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "apply" -d 'Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "export" -d 'Write an existing environment (and X-Ray) as the observability file'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "config" -d 'Settings in effect and where each came from; the config file\'s profiles'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "generate-assets" -d 'Regenerate completions/ and man/ from this command line (for maintainers)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from init doctor honeycomb query frontend xray cloudwatch trace traces plan apply export config completions generate-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from honeycomb" -f -a "login" -d 'Verify keys and save them in a profile (config file, mode 0600)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from honeycomb" -f -a "auth" -d 'Show the team, environment, key types and permissions, and where each key came from'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from honeycomb" -f -a "environments" -d 'List, create, ensure, show, update or delete environments (management key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from honeycomb" -f -a "keys" -d 'List, create, show, disable, enable or delete ingest and configuration keys (management key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from honeycomb" -f -a "datasets" -d 'List or create datasets (environment key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from honeycomb" -f -a "markers" -d 'Add, list or delete markers, such as deploys (environment key)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "latency-by-user" -d 'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "recent-traces" -d 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "slow-endpoints" -d 'P50, P99 and COUNT per route (or span name), slowest first'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "errors" -d 'Counts of error spans by span name, HTTP status and message'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "heatmap" -d 'A duration heatmap over time, drawn in the terminal'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "run" -d 'Run any query spec (a JSON file or inline), checked before it is sent'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "save" -d 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "saved" -d 'List, run, show or delete saved queries'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from frontend" -f -a "init" -d 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "init" -d 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "create-group" -d 'Create a group of traces selected by a filter expression (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "groups" -d 'List, show, update or delete groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "rules" -d 'Apply, check, list, show, delete or export sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "destination" -d 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray\'s OTLP endpoint needs'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "migrate" -d 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from cloudwatch" -f -a "log-group" -d 'Ensure, list or delete log groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from trace" -f -a "show" -d 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from traces" -f -a "status" -d 'Where the local copy is, how big, which services and what time it covers'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from traces" -f -a "tail" -d 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every setting in effect, its source, secrets masked'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'One setting\'s value (secrets masked unless --reveal)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value in the profile (secrets: pass - to read the value from stdin)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a value from the profile'
