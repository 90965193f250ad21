
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cruddur-obs' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cruddur-obs'
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
        'cruddur-obs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the workspace and the accounts: a checklist of what is wrong, with the fix')
            [CompletionResult]::new('honeycomb', 'honeycomb', [CompletionResultType]::ParameterValue, 'Honeycomb: keys and profiles, environments, API keys, datasets, markers')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries')
            [CompletionResult]::new('frontend', 'frontend', [CompletionResultType]::ParameterValue, 'Browser traces from the React frontend, joined to the backend''s')
            [CompletionResult]::new('xray', 'xray', [CompletionResultType]::ParameterValue, 'AWS X-Ray: groups, sampling rules, Transaction Search, a workspace''s move to OpenTelemetry')
            [CompletionResult]::new('cloudwatch', 'cloudwatch', [CompletionResultType]::ParameterValue, 'AWS CloudWatch Logs: log groups and how long they keep events')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'One trace as a waterfall in the terminal, from the workspace''s local copy or X-Ray')
            [CompletionResult]::new('traces', 'traces', [CompletionResultType]::ParameterValue, 'The workspace''s own copy of its traces (.cruddur-obs/traces): status')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an existing environment (and X-Ray) as the observability file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Settings in effect and where each came from; the config file''s profiles')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ from this command line (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;init' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace [default: the current directory]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A compose service to instrument (repeatable) [default: the Flask services]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]')
            [CompletionResult]::new('--service-name', '--service-name', [CompletionResultType]::ParameterName, 'OTEL_SERVICE_NAME, with a single --service [default: the compose service''s name, or the one set]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Where to write, comma-separated [default: what the workspace has]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'With a management key: the environment to create an ingest key in (created if missing)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'With a management key: the environment to create an ingest key in (created if missing)')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'What to set up, comma-separated')
            [CompletionResult]::new('--xray-rule-name', '--xray-rule-name', [CompletionResultType]::ParameterName, 'With xray: the sampling rule''s name when aws/json/xray.json is written')
            [CompletionResult]::new('--xray-group', '--xray-group', [CompletionResultType]::ParameterName, 'With xray: the X-Ray group''s name')
            [CompletionResult]::new('--xray-via', '--xray-via', [CompletionResultType]::ParameterName, 'With xray: how spans reach X-Ray')
            [CompletionResult]::new('--xray-sampling-endpoint', '--xray-sampling-endpoint', [CompletionResultType]::ParameterName, 'With xray: a sampling proxy (the collector''s awsproxy extension, e.g. http://otel-collector:2000) that ADOT''s X-Ray sampler asks for the sampling rules; without it the app keeps every trace')
            [CompletionResult]::new('--log-group', '--log-group', [CompletionResultType]::ParameterName, 'With cloudwatch: the log group watchtower writes to')
            [CompletionResult]::new('--rollbar-token', '--rollbar-token', [CompletionResultType]::ParameterName, 'With rollbar: the access token [default: ROLLBAR_ACCESS_TOKEN]')
            [CompletionResult]::new('--frontend-mode', '--frontend-mode', [CompletionResultType]::ParameterName, 'With frontend: how the browser''s spans reach Honeycomb')
            [CompletionResult]::new('--frontend-service', '--frontend-service', [CompletionResultType]::ParameterName, 'With frontend: the React service [default: the one whose package.json names react or vite]')
            [CompletionResult]::new('--instrument', '--instrument', [CompletionResultType]::ParameterName, 'Print the Flask tracing bootstrap for app.py (or write it to a new FILE); app.py is never rewritten')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Fix what real repos get wrong: literal Honeycomb keys in committed files')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show a diff of every file and the commands, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Accept the defaults without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Accept the defaults without asking')
            [CompletionResult]::new('--replace-env-link', '--replace-env-link', [CompletionResultType]::ParameterName, 'When .env is a symlink to a file outside the workspace or tracked by git (where the key must not go), replace the link with a file of its own instead of refusing (the old target is left as it is)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;doctor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace [default: the current directory]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A compose service to check (repeatable) [default: the services that should send traces, as init finds them]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]')
            [CompletionResult]::new('--query-key', '--query-key', [CompletionResultType]::ParameterName, '--verify: a configuration key that can run queries [default: HONEYCOMB_QUERY_KEY, the profile''s api_key]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, '--verify: the OTLP endpoint to send the span to [default: the compose file''s OTEL_EXPORTER_OTLP_ENDPOINT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, '--verify: how long to wait for the span to show up (e.g. 90s, 2m)')
            [CompletionResult]::new('--xray-group', '--xray-group', [CompletionResultType]::ParameterName, 'The X-Ray group to look for')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for the X-Ray checks [default: AWS_PROFILE]')
            [CompletionResult]::new('--aws-region', '--aws-region', [CompletionResultType]::ParameterName, 'AWS region for the X-Ray checks [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Do not run these checks: an id or its first part, e.g. xray or otel.endpoint (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Also send a test span and wait until a Honeycomb query sees it (end to end, with the latency)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Verify keys and save them in a profile (config file, mode 0600)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Show the team, environment, key types and permissions, and where each key came from')
            [CompletionResult]::new('environments', 'environments', [CompletionResultType]::ParameterValue, 'List, create, ensure, show, update or delete environments (management key)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List, create, show, disable, enable or delete ingest and configuration keys (management key)')
            [CompletionResult]::new('datasets', 'datasets', [CompletionResultType]::ParameterValue, 'List or create datasets (environment key)')
            [CompletionResult]::new('markers', 'markers', [CompletionResultType]::ParameterValue, 'Add, list or delete markers, such as deploys (environment key)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the environment API key from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check each configured key with Honeycomb and show what it can do')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check each configured key with Honeycomb and show what it can do')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;auth;help;status' {
            break
        }
        'cruddur-obs;honeycomb;auth;help;help' {
            break
        }
        'cruddur-obs;honeycomb;environments' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every environment of the team')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (fails if the name is taken; see `ensure`)')
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Return the environment with this name, creating it if it does not exist')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one environment (by name, slug or ID)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an environment''s description, colour or delete protection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;environments;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;environments;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description (at most 255 characters)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in the Honeycomb UI')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;environments;ensure' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description (at most 255 characters)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in the Honeycomb UI')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;environments;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;environments;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'color')
            [CompletionResult]::new('--delete-protected', '--delete-protected', [CompletionResultType]::ParameterName, 'Turn delete protection on or off')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;environments;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;environments;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every environment of the team')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (fails if the name is taken; see `ensure`)')
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Return the environment with this name, creating it if it does not exist')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one environment (by name, slug or ID)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an environment''s description, colour or delete protection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;environments;help;list' {
            break
        }
        'cruddur-obs;honeycomb;environments;help;create' {
            break
        }
        'cruddur-obs;honeycomb;environments;help;ensure' {
            break
        }
        'cruddur-obs;honeycomb;environments;help;get' {
            break
        }
        'cruddur-obs;honeycomb;environments;help;update' {
            break
        }
        'cruddur-obs;honeycomb;environments;help;delete' {
            break
        }
        'cruddur-obs;honeycomb;environments;help;help' {
            break
        }
        'cruddur-obs;honeycomb;keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingest and configuration keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key; its secret is saved in the profile (see --write-env, --print)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a key (it stops working at once; enable brings it back)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key for good (asks; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;keys;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Only keys of this environment (name, slug or ID)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Only keys of this environment (name, slug or ID)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only keys of this type')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;keys;create' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The environment the key belongs to (name, slug or ID)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'The environment the key belongs to (name, slug or ID)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the key (at most 100 characters)')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission to grant (repeatable)')
            [CompletionResult]::new('--write-env', '--write-env', [CompletionResultType]::ParameterName, 'Also write the header value into this dotenv file (0600: a file others can read is made 0600; other lines kept; a file that is no dotenv file is refused before the key is created)')
            [CompletionResult]::new('--env-var', '--env-var', [CompletionResultType]::ParameterName, 'The variable name used with --write-env')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the header value in full on stdout (the only way to see it in full)')
            [CompletionResult]::new('--no-save', '--no-save', [CompletionResultType]::ParameterName, 'Do not save the key in the profile')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;keys;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;keys;disable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;keys;enable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;keys;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingest and configuration keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key; its secret is saved in the profile (see --write-env, --print)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a key (it stops working at once; enable brings it back)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key for good (asks; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;keys;help;list' {
            break
        }
        'cruddur-obs;honeycomb;keys;help;create' {
            break
        }
        'cruddur-obs;honeycomb;keys;help;get' {
            break
        }
        'cruddur-obs;honeycomb;keys;help;disable' {
            break
        }
        'cruddur-obs;honeycomb;keys;help;enable' {
            break
        }
        'cruddur-obs;honeycomb;keys;help;delete' {
            break
        }
        'cruddur-obs;honeycomb;keys;help;help' {
            break
        }
        'cruddur-obs;honeycomb;datasets' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environment''s datasets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dataset, or return it if it exists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;datasets;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;datasets;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;datasets;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environment''s datasets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dataset, or return it if it exists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;datasets;help;list' {
            break
        }
        'cruddur-obs;honeycomb;datasets;help;create' {
            break
        }
        'cruddur-obs;honeycomb;datasets;help;help' {
            break
        }
        'cruddur-obs;honeycomb;markers' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a dataset''s markers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a marker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;markers;add' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset, or __all__ for the whole environment')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset, or __all__ for the whole environment')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Marker type, e.g. deploy (markers of one type share a colour)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The text shown on the marker')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The text shown on the marker')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A link, e.g. the CI run or the commit')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Start, in Unix seconds [default: now]')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'End, in Unix seconds, for a marker that spans time')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;markers;list' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset, or __all__ for the whole environment')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset, or __all__ for the whole environment')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;markers;delete' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset, or __all__ for the whole environment')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset, or __all__ for the whole environment')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;honeycomb;markers;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a dataset''s markers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a marker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;markers;help;add' {
            break
        }
        'cruddur-obs;honeycomb;markers;help;list' {
            break
        }
        'cruddur-obs;honeycomb;markers;help;delete' {
            break
        }
        'cruddur-obs;honeycomb;markers;help;help' {
            break
        }
        'cruddur-obs;honeycomb;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Verify keys and save them in a profile (config file, mode 0600)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Show the team, environment, key types and permissions, and where each key came from')
            [CompletionResult]::new('environments', 'environments', [CompletionResultType]::ParameterValue, 'List, create, ensure, show, update or delete environments (management key)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List, create, show, disable, enable or delete ingest and configuration keys (management key)')
            [CompletionResult]::new('datasets', 'datasets', [CompletionResultType]::ParameterValue, 'List or create datasets (environment key)')
            [CompletionResult]::new('markers', 'markers', [CompletionResultType]::ParameterValue, 'Add, list or delete markers, such as deploys (environment key)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;honeycomb;help;login' {
            break
        }
        'cruddur-obs;honeycomb;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check each configured key with Honeycomb and show what it can do')
            break
        }
        'cruddur-obs;honeycomb;help;auth;status' {
            break
        }
        'cruddur-obs;honeycomb;help;environments' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every environment of the team')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (fails if the name is taken; see `ensure`)')
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Return the environment with this name, creating it if it does not exist')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one environment (by name, slug or ID)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an environment''s description, colour or delete protection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)')
            break
        }
        'cruddur-obs;honeycomb;help;environments;list' {
            break
        }
        'cruddur-obs;honeycomb;help;environments;create' {
            break
        }
        'cruddur-obs;honeycomb;help;environments;ensure' {
            break
        }
        'cruddur-obs;honeycomb;help;environments;get' {
            break
        }
        'cruddur-obs;honeycomb;help;environments;update' {
            break
        }
        'cruddur-obs;honeycomb;help;environments;delete' {
            break
        }
        'cruddur-obs;honeycomb;help;keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingest and configuration keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key; its secret is saved in the profile (see --write-env, --print)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a key (it stops working at once; enable brings it back)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key for good (asks; --yes in scripts)')
            break
        }
        'cruddur-obs;honeycomb;help;keys;list' {
            break
        }
        'cruddur-obs;honeycomb;help;keys;create' {
            break
        }
        'cruddur-obs;honeycomb;help;keys;get' {
            break
        }
        'cruddur-obs;honeycomb;help;keys;disable' {
            break
        }
        'cruddur-obs;honeycomb;help;keys;enable' {
            break
        }
        'cruddur-obs;honeycomb;help;keys;delete' {
            break
        }
        'cruddur-obs;honeycomb;help;datasets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environment''s datasets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dataset, or return it if it exists')
            break
        }
        'cruddur-obs;honeycomb;help;datasets;list' {
            break
        }
        'cruddur-obs;honeycomb;help;datasets;create' {
            break
        }
        'cruddur-obs;honeycomb;help;markers' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a dataset''s markers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a marker')
            break
        }
        'cruddur-obs;honeycomb;help;markers;add' {
            break
        }
        'cruddur-obs;honeycomb;help;markers;list' {
            break
        }
        'cruddur-obs;honeycomb;help;markers;delete' {
            break
        }
        'cruddur-obs;honeycomb;help;help' {
            break
        }
        'cruddur-obs;query' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('latency-by-user', 'latency-by-user', [CompletionResultType]::ParameterValue, 'P50, P90, P99 of duration_ms and COUNT per user, slowest first')
            [CompletionResult]::new('recent-traces', 'recent-traces', [CompletionResultType]::ParameterValue, 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link')
            [CompletionResult]::new('slow-endpoints', 'slow-endpoints', [CompletionResultType]::ParameterValue, 'P50, P99 and COUNT per route (or span name), slowest first')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Counts of error spans by span name, HTTP status and message')
            [CompletionResult]::new('heatmap', 'heatmap', [CompletionResultType]::ParameterValue, 'A duration heatmap over time, drawn in the terminal')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run any query spec (a JSON file or inline), checked before it is sent')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation')
            [CompletionResult]::new('saved', 'saved', [CompletionResultType]::ParameterValue, 'List, run, show or delete saved queries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;query;latency-by-user' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--user-column', '--user-column', [CompletionResultType]::ParameterName, 'The column holding the user [default: found in the dataset]')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The latency column [default: duration_ms]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('--requests', '--requests', [CompletionResultType]::ParameterName, 'Whole requests: per user, the root span''s duration of each trace the user appears in (on any span)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;recent-traces' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The duration column [default: duration_ms]')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Draw the first N traces of the table as waterfalls, from the local copy')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;slow-endpoints' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by these columns instead (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The latency column [default: duration_ms]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;errors' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by these columns instead (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;heatmap' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The value to draw [default: duration_ms]')
            [CompletionResult]::new('--rows', '--rows', [CompletionResultType]::ParameterName, 'Value bands (rows)')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Time buckets (columns) [default: what fits the terminal, at most 120]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Logarithmic value bands (long-tailed latencies)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;run' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON file with the query spec (- reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON file with the query spec (- reads stdin)')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'The query spec as JSON, e.g. ''{"calculations":[{"op":"COUNT"}],"breakdowns":["name"]}''')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;save' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Save a preset')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Save a query spec from a JSON file (- reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Save a query spec from a JSON file (- reads stdin)')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'Save a query spec given as JSON')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the query is for')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows the query returns, 1 to 1000 [default: 20 for presets]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows the query returns, 1 to 1000 [default: 20 for presets]')
            [CompletionResult]::new('--user-column', '--user-column', [CompletionResultType]::ParameterName, 'latency-by-user: the user column [default: found in the dataset]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'slow-endpoints, errors: group by these columns (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The value column of a preset [default: duration_ms]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace a saved query of the same name')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;saved' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dataset''s saved queries')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a saved query by name (--since, --where, --limit make a new query from it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved query''s spec as JSON (what `query run --file` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a saved query (its name; Honeycomb keeps the query itself)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;query;saved;list' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;saved;run' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long, rate-limit waits included: 30s, 2m')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;saved;show' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;saved;delete' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;query;saved;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dataset''s saved queries')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a saved query by name (--since, --where, --limit make a new query from it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved query''s spec as JSON (what `query run --file` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a saved query (its name; Honeycomb keeps the query itself)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;query;saved;help;list' {
            break
        }
        'cruddur-obs;query;saved;help;run' {
            break
        }
        'cruddur-obs;query;saved;help;show' {
            break
        }
        'cruddur-obs;query;saved;help;delete' {
            break
        }
        'cruddur-obs;query;saved;help;help' {
            break
        }
        'cruddur-obs;query;help' {
            [CompletionResult]::new('latency-by-user', 'latency-by-user', [CompletionResultType]::ParameterValue, 'P50, P90, P99 of duration_ms and COUNT per user, slowest first')
            [CompletionResult]::new('recent-traces', 'recent-traces', [CompletionResultType]::ParameterValue, 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link')
            [CompletionResult]::new('slow-endpoints', 'slow-endpoints', [CompletionResultType]::ParameterValue, 'P50, P99 and COUNT per route (or span name), slowest first')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Counts of error spans by span name, HTTP status and message')
            [CompletionResult]::new('heatmap', 'heatmap', [CompletionResultType]::ParameterValue, 'A duration heatmap over time, drawn in the terminal')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run any query spec (a JSON file or inline), checked before it is sent')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation')
            [CompletionResult]::new('saved', 'saved', [CompletionResultType]::ParameterValue, 'List, run, show or delete saved queries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;query;help;latency-by-user' {
            break
        }
        'cruddur-obs;query;help;recent-traces' {
            break
        }
        'cruddur-obs;query;help;slow-endpoints' {
            break
        }
        'cruddur-obs;query;help;errors' {
            break
        }
        'cruddur-obs;query;help;heatmap' {
            break
        }
        'cruddur-obs;query;help;run' {
            break
        }
        'cruddur-obs;query;help;save' {
            break
        }
        'cruddur-obs;query;help;saved' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dataset''s saved queries')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a saved query by name (--since, --where, --limit make a new query from it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved query''s spec as JSON (what `query run --file` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a saved query (its name; Honeycomb keeps the query itself)')
            break
        }
        'cruddur-obs;query;help;saved;list' {
            break
        }
        'cruddur-obs;query;help;saved;run' {
            break
        }
        'cruddur-obs;query;help;saved;show' {
            break
        }
        'cruddur-obs;query;help;saved;delete' {
            break
        }
        'cruddur-obs;query;help;help' {
            break
        }
        'cruddur-obs;frontend' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;frontend;init' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace [default: the current directory]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the browser''s spans reach Honeycomb')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The React service [default: the one whose package.json names react or vite]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The backend service whose flask-cors must allow traceparent (repeatable) [default: the Flask services]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Where to write, comma-separated [default: compose, dotenv, gitpod where present, frontend]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show a diff of every file, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Accept the defaults without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Accept the defaults without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;frontend;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;frontend;help;init' {
            break
        }
        'cruddur-obs;frontend;help;help' {
            break
        }
        'cruddur-obs;xray' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules')
            [CompletionResult]::new('create-group', 'create-group', [CompletionResultType]::ParameterValue, 'Create a group of traces selected by a filter expression (safe to re-run)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, show, update or delete groups')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Apply, check, list, show, delete or export sampling rules')
            [CompletionResult]::new('destination', 'destination', [CompletionResultType]::ParameterValue, 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray''s OTLP endpoint needs')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;init' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace [default: the current directory]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A compose service to send to X-Ray (repeatable) [default: the Flask services]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Where to write, comma-separated [default: compose and requirements]')
            [CompletionResult]::new('--rule-name', '--rule-name', [CompletionResultType]::ParameterName, 'The sampling rule''s name when aws/json/xray.json is written')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The X-Ray group''s name')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'How spans reach X-Ray')
            [CompletionResult]::new('--sampling-endpoint', '--sampling-endpoint', [CompletionResultType]::ParameterName, 'A sampling proxy (the collector''s awsproxy extension, e.g. http://otel-collector:2000) that ADOT''s X-Ray sampler asks for the sampling rules; without it the app keeps every trace')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Make the sampling rule''s ServiceName match the instrumented service')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show a diff of every file and the AWS calls, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Accept the defaults without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Accept the defaults without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;create-group' {
            [CompletionResult]::new('--filter-expression', '--filter-expression', [CompletionResultType]::ParameterName, 'Which traces belong to the group, e.g. ''service("backend-flask")'' (default: all)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the group when it is created (KEY=VALUE, repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--insights', '--insights', [CompletionResultType]::ParameterName, 'Turn on X-Ray Insights for the group')
            [CompletionResult]::new('--notifications', '--notifications', [CompletionResultType]::ParameterName, 'Turn on Insights notifications (implies --insights)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every group')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a group''s filter expression or Insights settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (asks first; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;groups;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;update' {
            [CompletionResult]::new('--filter-expression', '--filter-expression', [CompletionResultType]::ParameterName, 'The new filter expression, e.g. ''service("backend-flask") {fault OR error}''')
            [CompletionResult]::new('--insights', '--insights', [CompletionResultType]::ParameterName, 'Turn X-Ray Insights on or off')
            [CompletionResult]::new('--notifications', '--notifications', [CompletionResultType]::ParameterName, 'Turn Insights notifications on or off')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every group')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a group''s filter expression or Insights settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (asks first; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;groups;help;list' {
            break
        }
        'cruddur-obs;xray;groups;help;get' {
            break
        }
        'cruddur-obs;xray;groups;help;update' {
            break
        }
        'cruddur-obs;xray;groups;help;delete' {
            break
        }
        'cruddur-obs;xray;groups;help;help' {
            break
        }
        'cruddur-obs;xray;rules' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create, update (changed fields only) or keep rules so AWS matches the files')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check rule files against AWS''s constraints without contacting AWS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every sampling rule, the Default rule included')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sampling rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a sampling rule (asks first; --yes in scripts)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules to files (or stdout) that `rules apply` reads back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;rules;apply' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete rules that are not in the files (never the Default rule)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before deleting (needed for --prune without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before deleting (needed for --prune without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;validate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;export' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write one <RuleName>.json per rule into this directory instead of a JSON array on stdout')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Export only these rules (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--include-default', '--include-default', [CompletionResultType]::ParameterName, 'Include AWS''s Default rule (only its FixedRate and ReservoirSize can be changed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create, update (changed fields only) or keep rules so AWS matches the files')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check rule files against AWS''s constraints without contacting AWS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every sampling rule, the Default rule included')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sampling rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a sampling rule (asks first; --yes in scripts)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules to files (or stdout) that `rules apply` reads back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;rules;help;apply' {
            break
        }
        'cruddur-obs;xray;rules;help;validate' {
            break
        }
        'cruddur-obs;xray;rules;help;list' {
            break
        }
        'cruddur-obs;xray;rules;help;get' {
            break
        }
        'cruddur-obs;xray;rules;help;delete' {
            break
        }
        'cruddur-obs;xray;rules;help;export' {
            break
        }
        'cruddur-obs;xray;rules;help;help' {
            break
        }
        'cruddur-obs;xray;destination' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Turn Transaction Search on: set the destination to CloudWatchLogs (nothing is written when it is)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;migrate' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace [default: the current directory]')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A backend to move (repeatable) [default: the Flask services]')
            [CompletionResult]::new('--sampling-endpoint', '--sampling-endpoint', [CompletionResultType]::ParameterName, 'A sampling proxy (the collector''s awsproxy extension, e.g. http://otel-collector:2000) that ADOT''s X-Ray sampler asks for the sampling rules; without it the app keeps every trace')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show a diff of every file and the lines to remove, and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules')
            [CompletionResult]::new('create-group', 'create-group', [CompletionResultType]::ParameterValue, 'Create a group of traces selected by a filter expression (safe to re-run)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, show, update or delete groups')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Apply, check, list, show, delete or export sampling rules')
            [CompletionResult]::new('destination', 'destination', [CompletionResultType]::ParameterValue, 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray''s OTLP endpoint needs')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;help;init' {
            break
        }
        'cruddur-obs;xray;help;create-group' {
            break
        }
        'cruddur-obs;xray;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every group')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a group''s filter expression or Insights settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (asks first; --yes in scripts)')
            break
        }
        'cruddur-obs;xray;help;groups;list' {
            break
        }
        'cruddur-obs;xray;help;groups;get' {
            break
        }
        'cruddur-obs;xray;help;groups;update' {
            break
        }
        'cruddur-obs;xray;help;groups;delete' {
            break
        }
        'cruddur-obs;xray;help;rules' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create, update (changed fields only) or keep rules so AWS matches the files')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check rule files against AWS''s constraints without contacting AWS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every sampling rule, the Default rule included')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sampling rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a sampling rule (asks first; --yes in scripts)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules to files (or stdout) that `rules apply` reads back')
            break
        }
        'cruddur-obs;xray;help;rules;apply' {
            break
        }
        'cruddur-obs;xray;help;rules;validate' {
            break
        }
        'cruddur-obs;xray;help;rules;list' {
            break
        }
        'cruddur-obs;xray;help;rules;get' {
            break
        }
        'cruddur-obs;xray;help;rules;delete' {
            break
        }
        'cruddur-obs;xray;help;rules;export' {
            break
        }
        'cruddur-obs;xray;help;destination' {
            break
        }
        'cruddur-obs;xray;help;migrate' {
            break
        }
        'cruddur-obs;xray;help;help' {
            break
        }
        'cruddur-obs;cloudwatch' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('log-group', 'log-group', [CompletionResultType]::ParameterValue, 'Ensure, list or delete log groups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;cloudwatch;log-group' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Create a log group if it is missing and set its retention (safe to re-run)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List log groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a log group and every event in it (asks first; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;cloudwatch;log-group;ensure' {
            [CompletionResult]::new('--retention-days', '--retention-days', [CompletionResultType]::ParameterName, 'How long events are kept: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days, or "never" (default: left as it is; a new group never expires)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;cloudwatch;log-group;list' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only log groups whose name starts with this (e.g. /cruddur/)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;cloudwatch;log-group;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;cloudwatch;log-group;help' {
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Create a log group if it is missing and set its retention (safe to re-run)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List log groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a log group and every event in it (asks first; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;cloudwatch;log-group;help;ensure' {
            break
        }
        'cruddur-obs;cloudwatch;log-group;help;list' {
            break
        }
        'cruddur-obs;cloudwatch;log-group;help;delete' {
            break
        }
        'cruddur-obs;cloudwatch;log-group;help;help' {
            break
        }
        'cruddur-obs;cloudwatch;help' {
            [CompletionResult]::new('log-group', 'log-group', [CompletionResultType]::ParameterValue, 'Ensure, list or delete log groups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;cloudwatch;help;log-group' {
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Create a log group if it is missing and set its retention (safe to re-run)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List log groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a log group and every event in it (asks first; --yes in scripts)')
            break
        }
        'cruddur-obs;cloudwatch;help;log-group;ensure' {
            break
        }
        'cruddur-obs;cloudwatch;help;log-group;list' {
            break
        }
        'cruddur-obs;cloudwatch;help;log-group;delete' {
            break
        }
        'cruddur-obs;cloudwatch;help;help' {
            break
        }
        'cruddur-obs;trace' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;trace;show' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to read it: the workspace''s local copy, or X-Ray (BatchGetTraces, on any AWS account)')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace whose local copy to read [default: the current directory]')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for --from xray [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--aws-region', '--aws-region', [CompletionResultType]::ParameterName, 'AWS region for --from xray [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;trace;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;trace;help;show' {
            break
        }
        'cruddur-obs;trace;help;help' {
            break
        }
        'cruddur-obs;traces' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the local copy is, how big, which services and what time it covers')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;traces;status' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace [default: the current directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;traces;tail' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''service.name = backend-flask'', ''error exists''')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''service.name = backend-flask'', ''error exists''')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N events')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The workspace whose local copy to follow [default: the current directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Match events that pass any --where (default: all of them)')
            [CompletionResult]::new('--from-start', '--from-start', [CompletionResultType]::ParameterName, 'Print what the copy already holds first')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;traces;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the local copy is, how big, which services and what time it covers')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;traces;help;status' {
            break
        }
        'cruddur-obs;traces;help;tail' {
            break
        }
        'cruddur-obs;traces;help;help' {
            break
        }
        'cruddur-obs;plan' {
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for the xray section [default: AWS_PROFILE]')
            [CompletionResult]::new('--aws-region', '--aws-region', [CompletionResultType]::ParameterName, 'AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also plan deleting what the file does not mention, within what it manages (never columns)')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 2 when something would change, 0 when nothing would (for CI drift checks)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List unchanged objects too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;apply' {
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for the xray section [default: AWS_PROFILE]')
            [CompletionResult]::new('--aws-region', '--aws-region', [CompletionResultType]::ParameterName, 'AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete what the file does not mention, within what it manages (never columns)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before deleting (needed for --prune without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before deleting (needed for --prune without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;export' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'The environment to export: must be the API key''s (a check, so the file is not written from the wrong one)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write the file here (atomically) instead of stdout; an existing file needs --force')
            [CompletionResult]::new('--aws-profile', '--aws-profile', [CompletionResultType]::ParameterName, 'AWS profile for X-Ray [default: AWS_PROFILE]')
            [CompletionResult]::new('--aws-region', '--aws-region', [CompletionResultType]::ParameterName, 'AWS region for X-Ray [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --file')
            [CompletionResult]::new('--no-xray', '--no-xray', [CompletionResultType]::ParameterName, 'Leave X-Ray out (no AWS credentials needed)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Print the file''s JSON Schema instead, for editors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting in effect, its source, secrets masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value (secrets masked unless --reveal)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the profile (secrets: pass - to read the value from stdin)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;config;path' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;config;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;config;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print a secret in full')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;config;unset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Honeycomb region, when no API URL is set [default: the profile''s, then us]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]')
            [CompletionResult]::new('--key-secret', '--key-secret', [CompletionResultType]::ParameterName, 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting in effect, its source, secrets masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value (secrets masked unless --reveal)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the profile (secrets: pass - to read the value from stdin)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;config;help;path' {
            break
        }
        'cruddur-obs;config;help;show' {
            break
        }
        'cruddur-obs;config;help;get' {
            break
        }
        'cruddur-obs;config;help;set' {
            break
        }
        'cruddur-obs;config;help;unset' {
            break
        }
        'cruddur-obs;config;help;help' {
            break
        }
        'cruddur-obs;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;generate-assets' {
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'The repository root: completions/ and man/ are written below it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--allow-plaintext-http', '--allow-plaintext-http', [CompletionResultType]::ParameterName, 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the workspace and the accounts: a checklist of what is wrong, with the fix')
            [CompletionResult]::new('honeycomb', 'honeycomb', [CompletionResultType]::ParameterValue, 'Honeycomb: keys and profiles, environments, API keys, datasets, markers')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries')
            [CompletionResult]::new('frontend', 'frontend', [CompletionResultType]::ParameterValue, 'Browser traces from the React frontend, joined to the backend''s')
            [CompletionResult]::new('xray', 'xray', [CompletionResultType]::ParameterValue, 'AWS X-Ray: groups, sampling rules, Transaction Search, a workspace''s move to OpenTelemetry')
            [CompletionResult]::new('cloudwatch', 'cloudwatch', [CompletionResultType]::ParameterValue, 'AWS CloudWatch Logs: log groups and how long they keep events')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'One trace as a waterfall in the terminal, from the workspace''s local copy or X-Ray')
            [CompletionResult]::new('traces', 'traces', [CompletionResultType]::ParameterValue, 'The workspace''s own copy of its traces (.cruddur-obs/traces): status')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an existing environment (and X-Ray) as the observability file')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Settings in effect and where each came from; the config file''s profiles')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ from this command line (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;help;init' {
            break
        }
        'cruddur-obs;help;doctor' {
            break
        }
        'cruddur-obs;help;honeycomb' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Verify keys and save them in a profile (config file, mode 0600)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Show the team, environment, key types and permissions, and where each key came from')
            [CompletionResult]::new('environments', 'environments', [CompletionResultType]::ParameterValue, 'List, create, ensure, show, update or delete environments (management key)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List, create, show, disable, enable or delete ingest and configuration keys (management key)')
            [CompletionResult]::new('datasets', 'datasets', [CompletionResultType]::ParameterValue, 'List or create datasets (environment key)')
            [CompletionResult]::new('markers', 'markers', [CompletionResultType]::ParameterValue, 'Add, list or delete markers, such as deploys (environment key)')
            break
        }
        'cruddur-obs;help;honeycomb;login' {
            break
        }
        'cruddur-obs;help;honeycomb;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check each configured key with Honeycomb and show what it can do')
            break
        }
        'cruddur-obs;help;honeycomb;auth;status' {
            break
        }
        'cruddur-obs;help;honeycomb;environments' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every environment of the team')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (fails if the name is taken; see `ensure`)')
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Return the environment with this name, creating it if it does not exist')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one environment (by name, slug or ID)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an environment''s description, colour or delete protection')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)')
            break
        }
        'cruddur-obs;help;honeycomb;environments;list' {
            break
        }
        'cruddur-obs;help;honeycomb;environments;create' {
            break
        }
        'cruddur-obs;help;honeycomb;environments;ensure' {
            break
        }
        'cruddur-obs;help;honeycomb;environments;get' {
            break
        }
        'cruddur-obs;help;honeycomb;environments;update' {
            break
        }
        'cruddur-obs;help;honeycomb;environments;delete' {
            break
        }
        'cruddur-obs;help;honeycomb;keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingest and configuration keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key; its secret is saved in the profile (see --write-env, --print)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a key (it stops working at once; enable brings it back)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key for good (asks; --yes in scripts)')
            break
        }
        'cruddur-obs;help;honeycomb;keys;list' {
            break
        }
        'cruddur-obs;help;honeycomb;keys;create' {
            break
        }
        'cruddur-obs;help;honeycomb;keys;get' {
            break
        }
        'cruddur-obs;help;honeycomb;keys;disable' {
            break
        }
        'cruddur-obs;help;honeycomb;keys;enable' {
            break
        }
        'cruddur-obs;help;honeycomb;keys;delete' {
            break
        }
        'cruddur-obs;help;honeycomb;datasets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environment''s datasets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dataset, or return it if it exists')
            break
        }
        'cruddur-obs;help;honeycomb;datasets;list' {
            break
        }
        'cruddur-obs;help;honeycomb;datasets;create' {
            break
        }
        'cruddur-obs;help;honeycomb;markers' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a dataset''s markers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a marker')
            break
        }
        'cruddur-obs;help;honeycomb;markers;add' {
            break
        }
        'cruddur-obs;help;honeycomb;markers;list' {
            break
        }
        'cruddur-obs;help;honeycomb;markers;delete' {
            break
        }
        'cruddur-obs;help;query' {
            [CompletionResult]::new('latency-by-user', 'latency-by-user', [CompletionResultType]::ParameterValue, 'P50, P90, P99 of duration_ms and COUNT per user, slowest first')
            [CompletionResult]::new('recent-traces', 'recent-traces', [CompletionResultType]::ParameterValue, 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link')
            [CompletionResult]::new('slow-endpoints', 'slow-endpoints', [CompletionResultType]::ParameterValue, 'P50, P99 and COUNT per route (or span name), slowest first')
            [CompletionResult]::new('errors', 'errors', [CompletionResultType]::ParameterValue, 'Counts of error spans by span name, HTTP status and message')
            [CompletionResult]::new('heatmap', 'heatmap', [CompletionResultType]::ParameterValue, 'A duration heatmap over time, drawn in the terminal')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run any query spec (a JSON file or inline), checked before it is sent')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation')
            [CompletionResult]::new('saved', 'saved', [CompletionResultType]::ParameterValue, 'List, run, show or delete saved queries')
            break
        }
        'cruddur-obs;help;query;latency-by-user' {
            break
        }
        'cruddur-obs;help;query;recent-traces' {
            break
        }
        'cruddur-obs;help;query;slow-endpoints' {
            break
        }
        'cruddur-obs;help;query;errors' {
            break
        }
        'cruddur-obs;help;query;heatmap' {
            break
        }
        'cruddur-obs;help;query;run' {
            break
        }
        'cruddur-obs;help;query;save' {
            break
        }
        'cruddur-obs;help;query;saved' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dataset''s saved queries')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a saved query by name (--since, --where, --limit make a new query from it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved query''s spec as JSON (what `query run --file` reads)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a saved query (its name; Honeycomb keeps the query itself)')
            break
        }
        'cruddur-obs;help;query;saved;list' {
            break
        }
        'cruddur-obs;help;query;saved;run' {
            break
        }
        'cruddur-obs;help;query;saved;show' {
            break
        }
        'cruddur-obs;help;query;saved;delete' {
            break
        }
        'cruddur-obs;help;frontend' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS')
            break
        }
        'cruddur-obs;help;frontend;init' {
            break
        }
        'cruddur-obs;help;xray' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules')
            [CompletionResult]::new('create-group', 'create-group', [CompletionResultType]::ParameterValue, 'Create a group of traces selected by a filter expression (safe to re-run)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, show, update or delete groups')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Apply, check, list, show, delete or export sampling rules')
            [CompletionResult]::new('destination', 'destination', [CompletionResultType]::ParameterValue, 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray''s OTLP endpoint needs')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector')
            break
        }
        'cruddur-obs;help;xray;init' {
            break
        }
        'cruddur-obs;help;xray;create-group' {
            break
        }
        'cruddur-obs;help;xray;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every group')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a group''s filter expression or Insights settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (asks first; --yes in scripts)')
            break
        }
        'cruddur-obs;help;xray;groups;list' {
            break
        }
        'cruddur-obs;help;xray;groups;get' {
            break
        }
        'cruddur-obs;help;xray;groups;update' {
            break
        }
        'cruddur-obs;help;xray;groups;delete' {
            break
        }
        'cruddur-obs;help;xray;rules' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create, update (changed fields only) or keep rules so AWS matches the files')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check rule files against AWS''s constraints without contacting AWS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every sampling rule, the Default rule included')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one sampling rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a sampling rule (asks first; --yes in scripts)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules to files (or stdout) that `rules apply` reads back')
            break
        }
        'cruddur-obs;help;xray;rules;apply' {
            break
        }
        'cruddur-obs;help;xray;rules;validate' {
            break
        }
        'cruddur-obs;help;xray;rules;list' {
            break
        }
        'cruddur-obs;help;xray;rules;get' {
            break
        }
        'cruddur-obs;help;xray;rules;delete' {
            break
        }
        'cruddur-obs;help;xray;rules;export' {
            break
        }
        'cruddur-obs;help;xray;destination' {
            break
        }
        'cruddur-obs;help;xray;migrate' {
            break
        }
        'cruddur-obs;help;cloudwatch' {
            [CompletionResult]::new('log-group', 'log-group', [CompletionResultType]::ParameterValue, 'Ensure, list or delete log groups')
            break
        }
        'cruddur-obs;help;cloudwatch;log-group' {
            [CompletionResult]::new('ensure', 'ensure', [CompletionResultType]::ParameterValue, 'Create a log group if it is missing and set its retention (safe to re-run)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List log groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a log group and every event in it (asks first; --yes in scripts)')
            break
        }
        'cruddur-obs;help;cloudwatch;log-group;ensure' {
            break
        }
        'cruddur-obs;help;cloudwatch;log-group;list' {
            break
        }
        'cruddur-obs;help;cloudwatch;log-group;delete' {
            break
        }
        'cruddur-obs;help;trace' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis')
            break
        }
        'cruddur-obs;help;trace;show' {
            break
        }
        'cruddur-obs;help;traces' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the local copy is, how big, which services and what time it covers')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)')
            break
        }
        'cruddur-obs;help;traces;status' {
            break
        }
        'cruddur-obs;help;traces;tail' {
            break
        }
        'cruddur-obs;help;plan' {
            break
        }
        'cruddur-obs;help;apply' {
            break
        }
        'cruddur-obs;help;export' {
            break
        }
        'cruddur-obs;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting in effect, its source, secrets masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value (secrets masked unless --reveal)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the profile (secrets: pass - to read the value from stdin)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the profile')
            break
        }
        'cruddur-obs;help;config;path' {
            break
        }
        'cruddur-obs;help;config;show' {
            break
        }
        'cruddur-obs;help;config;get' {
            break
        }
        'cruddur-obs;help;config;set' {
            break
        }
        'cruddur-obs;help;config;unset' {
            break
        }
        'cruddur-obs;help;completions' {
            break
        }
        'cruddur-obs;help;generate-assets' {
            break
        }
        'cruddur-obs;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
