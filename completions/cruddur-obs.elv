
use builtin;
use str;

set edit:completion:arg-completer[cruddur-obs] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'cruddur-obs'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'cruddur-obs'= {
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt'
            cand doctor 'Check the workspace and the accounts: a checklist of what is wrong, with the fix'
            cand honeycomb 'Honeycomb: keys and profiles, environments, API keys, datasets, markers'
            cand query 'Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries'
            cand frontend 'Browser traces from the React frontend, joined to the backend''s'
            cand xray 'AWS X-Ray: groups, sampling rules, Transaction Search, a workspace''s move to OpenTelemetry'
            cand cloudwatch 'AWS CloudWatch Logs: log groups and how long they keep events'
            cand trace 'One trace as a waterfall in the terminal, from the workspace''s local copy or X-Ray'
            cand traces 'The workspace''s own copy of its traces (.cruddur-obs/traces): status'
            cand plan 'What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff'
            cand apply 'Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)'
            cand export 'Write an existing environment (and X-Ray) as the observability file'
            cand config 'Settings in effect and where each came from; the config file''s profiles'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand generate-assets 'Regenerate completions/ and man/ from this command line (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;init'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand --dir 'The workspace [default: the current directory]'
            cand --service 'A compose service to instrument (repeatable) [default: the Flask services]'
            cand -f 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]'
            cand --file 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]'
            cand --service-name 'OTEL_SERVICE_NAME, with a single --service [default: the compose service''s name, or the one set]'
            cand --target 'Where to write, comma-separated [default: what the workspace has]'
            cand -e 'With a management key: the environment to create an ingest key in (created if missing)'
            cand --environment 'With a management key: the environment to create an ingest key in (created if missing)'
            cand --with 'What to set up, comma-separated'
            cand --xray-rule-name 'With xray: the sampling rule''s name when aws/json/xray.json is written'
            cand --xray-group 'With xray: the X-Ray group''s name'
            cand --xray-via 'With xray: how spans reach X-Ray'
            cand --xray-sampling-endpoint 'With xray: a sampling proxy (the collector''s awsproxy extension, e.g. http://otel-collector:2000) that ADOT''s X-Ray sampler asks for the sampling rules; without it the app keeps every trace'
            cand --log-group 'With cloudwatch: the log group watchtower writes to'
            cand --rollbar-token 'With rollbar: the access token [default: ROLLBAR_ACCESS_TOKEN]'
            cand --frontend-mode 'With frontend: how the browser''s spans reach Honeycomb'
            cand --frontend-service 'With frontend: the React service [default: the one whose package.json names react or vite]'
            cand --instrument 'Print the Flask tracing bootstrap for app.py (or write it to a new FILE); app.py is never rewritten'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --fix 'Fix what real repos get wrong: literal Honeycomb keys in committed files'
            cand --dry-run 'Show a diff of every file and the commands, and change nothing'
            cand -y 'Accept the defaults without asking'
            cand --yes 'Accept the defaults without asking'
            cand --replace-env-link 'When .env is a symlink to a file outside the workspace or tracked by git (where the key must not go), replace the link with a file of its own instead of refusing (the old target is left as it is)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;doctor'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand --dir 'The workspace [default: the current directory]'
            cand --service 'A compose service to check (repeatable) [default: the services that should send traces, as init finds them]'
            cand -f 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]'
            cand --file 'A compose file to use, as `docker compose -f` (repeatable; relative to --dir) [default: COMPOSE_FILE, else compose.yaml ... docker-compose.yml]'
            cand --query-key '--verify: a configuration key that can run queries [default: HONEYCOMB_QUERY_KEY, the profile''s api_key]'
            cand --endpoint '--verify: the OTLP endpoint to send the span to [default: the compose file''s OTEL_EXPORTER_OTLP_ENDPOINT]'
            cand --timeout '--verify: how long to wait for the span to show up (e.g. 90s, 2m)'
            cand --xray-group 'The X-Ray group to look for'
            cand --aws-profile 'AWS profile for the X-Ray checks [default: AWS_PROFILE]'
            cand --aws-region 'AWS region for the X-Ray checks [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]'
            cand --skip 'Do not run these checks: an id or its first part, e.g. xray or otel.endpoint (repeatable)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --verify 'Also send a test span and wait until a Honeycomb query sees it (end to end, with the latency)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand login 'Verify keys and save them in a profile (config file, mode 0600)'
            cand auth 'Show the team, environment, key types and permissions, and where each key came from'
            cand environments 'List, create, ensure, show, update or delete environments (management key)'
            cand keys 'List, create, show, disable, enable or delete ingest and configuration keys (management key)'
            cand datasets 'List or create datasets (environment key)'
            cand markers 'Add, list or delete markers, such as deploys (environment key)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;login'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --api-key-stdin 'Read the environment API key from the first line of stdin'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;auth'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'Check each configured key with Honeycomb and show what it can do'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;auth;status'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;auth;help'= {
            cand status 'Check each configured key with Honeycomb and show what it can do'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;auth;help;status'= {
        }
        &'cruddur-obs;honeycomb;auth;help;help'= {
        }
        &'cruddur-obs;honeycomb;environments'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List every environment of the team'
            cand create 'Create an environment (fails if the name is taken; see `ensure`)'
            cand ensure 'Return the environment with this name, creating it if it does not exist'
            cand get 'Show one environment (by name, slug or ID)'
            cand update 'Change an environment''s description, colour or delete protection'
            cand delete 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;environments;list'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;environments;create'= {
            cand --description 'A description (at most 255 characters)'
            cand --color 'Colour in the Honeycomb UI'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;environments;ensure'= {
            cand --description 'A description (at most 255 characters)'
            cand --color 'Colour in the Honeycomb UI'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;environments;get'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;environments;update'= {
            cand --description 'description'
            cand --color 'color'
            cand --delete-protected 'Turn delete protection on or off'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;environments;delete'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;environments;help'= {
            cand list 'List every environment of the team'
            cand create 'Create an environment (fails if the name is taken; see `ensure`)'
            cand ensure 'Return the environment with this name, creating it if it does not exist'
            cand get 'Show one environment (by name, slug or ID)'
            cand update 'Change an environment''s description, colour or delete protection'
            cand delete 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;environments;help;list'= {
        }
        &'cruddur-obs;honeycomb;environments;help;create'= {
        }
        &'cruddur-obs;honeycomb;environments;help;ensure'= {
        }
        &'cruddur-obs;honeycomb;environments;help;get'= {
        }
        &'cruddur-obs;honeycomb;environments;help;update'= {
        }
        &'cruddur-obs;honeycomb;environments;help;delete'= {
        }
        &'cruddur-obs;honeycomb;environments;help;help'= {
        }
        &'cruddur-obs;honeycomb;keys'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List ingest and configuration keys'
            cand create 'Create a key; its secret is saved in the profile (see --write-env, --print)'
            cand get 'Show one key'
            cand disable 'Disable a key (it stops working at once; enable brings it back)'
            cand enable 'Enable a disabled key'
            cand delete 'Delete a key for good (asks; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;keys;list'= {
            cand -e 'Only keys of this environment (name, slug or ID)'
            cand --environment 'Only keys of this environment (name, slug or ID)'
            cand --type 'Only keys of this type'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;keys;create'= {
            cand -e 'The environment the key belongs to (name, slug or ID)'
            cand --environment 'The environment the key belongs to (name, slug or ID)'
            cand --type 'Key type'
            cand --name 'A name for the key (at most 100 characters)'
            cand --permission 'A permission to grant (repeatable)'
            cand --write-env 'Also write the header value into this dotenv file (0600: a file others can read is made 0600; other lines kept; a file that is no dotenv file is refused before the key is created)'
            cand --env-var 'The variable name used with --write-env'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --print 'Print the header value in full on stdout (the only way to see it in full)'
            cand --no-save 'Do not save the key in the profile'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;keys;get'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;keys;disable'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;keys;enable'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;keys;delete'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;keys;help'= {
            cand list 'List ingest and configuration keys'
            cand create 'Create a key; its secret is saved in the profile (see --write-env, --print)'
            cand get 'Show one key'
            cand disable 'Disable a key (it stops working at once; enable brings it back)'
            cand enable 'Enable a disabled key'
            cand delete 'Delete a key for good (asks; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;keys;help;list'= {
        }
        &'cruddur-obs;honeycomb;keys;help;create'= {
        }
        &'cruddur-obs;honeycomb;keys;help;get'= {
        }
        &'cruddur-obs;honeycomb;keys;help;disable'= {
        }
        &'cruddur-obs;honeycomb;keys;help;enable'= {
        }
        &'cruddur-obs;honeycomb;keys;help;delete'= {
        }
        &'cruddur-obs;honeycomb;keys;help;help'= {
        }
        &'cruddur-obs;honeycomb;datasets'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the environment''s datasets'
            cand create 'Create a dataset, or return it if it exists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;datasets;list'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;datasets;create'= {
            cand --description 'description'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;datasets;help'= {
            cand list 'List the environment''s datasets'
            cand create 'Create a dataset, or return it if it exists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;datasets;help;list'= {
        }
        &'cruddur-obs;honeycomb;datasets;help;create'= {
        }
        &'cruddur-obs;honeycomb;datasets;help;help'= {
        }
        &'cruddur-obs;honeycomb;markers'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"'
            cand list 'List a dataset''s markers'
            cand delete 'Delete a marker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;markers;add'= {
            cand -d 'Dataset, or __all__ for the whole environment'
            cand --dataset 'Dataset, or __all__ for the whole environment'
            cand --type 'Marker type, e.g. deploy (markers of one type share a colour)'
            cand -m 'The text shown on the marker'
            cand --message 'The text shown on the marker'
            cand --url 'A link, e.g. the CI run or the commit'
            cand --start-time 'Start, in Unix seconds [default: now]'
            cand --end-time 'End, in Unix seconds, for a marker that spans time'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;markers;list'= {
            cand -d 'Dataset, or __all__ for the whole environment'
            cand --dataset 'Dataset, or __all__ for the whole environment'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;markers;delete'= {
            cand -d 'Dataset, or __all__ for the whole environment'
            cand --dataset 'Dataset, or __all__ for the whole environment'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;honeycomb;markers;help'= {
            cand add 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"'
            cand list 'List a dataset''s markers'
            cand delete 'Delete a marker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;markers;help;add'= {
        }
        &'cruddur-obs;honeycomb;markers;help;list'= {
        }
        &'cruddur-obs;honeycomb;markers;help;delete'= {
        }
        &'cruddur-obs;honeycomb;markers;help;help'= {
        }
        &'cruddur-obs;honeycomb;help'= {
            cand login 'Verify keys and save them in a profile (config file, mode 0600)'
            cand auth 'Show the team, environment, key types and permissions, and where each key came from'
            cand environments 'List, create, ensure, show, update or delete environments (management key)'
            cand keys 'List, create, show, disable, enable or delete ingest and configuration keys (management key)'
            cand datasets 'List or create datasets (environment key)'
            cand markers 'Add, list or delete markers, such as deploys (environment key)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;honeycomb;help;login'= {
        }
        &'cruddur-obs;honeycomb;help;auth'= {
            cand status 'Check each configured key with Honeycomb and show what it can do'
        }
        &'cruddur-obs;honeycomb;help;auth;status'= {
        }
        &'cruddur-obs;honeycomb;help;environments'= {
            cand list 'List every environment of the team'
            cand create 'Create an environment (fails if the name is taken; see `ensure`)'
            cand ensure 'Return the environment with this name, creating it if it does not exist'
            cand get 'Show one environment (by name, slug or ID)'
            cand update 'Change an environment''s description, colour or delete protection'
            cand delete 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)'
        }
        &'cruddur-obs;honeycomb;help;environments;list'= {
        }
        &'cruddur-obs;honeycomb;help;environments;create'= {
        }
        &'cruddur-obs;honeycomb;help;environments;ensure'= {
        }
        &'cruddur-obs;honeycomb;help;environments;get'= {
        }
        &'cruddur-obs;honeycomb;help;environments;update'= {
        }
        &'cruddur-obs;honeycomb;help;environments;delete'= {
        }
        &'cruddur-obs;honeycomb;help;keys'= {
            cand list 'List ingest and configuration keys'
            cand create 'Create a key; its secret is saved in the profile (see --write-env, --print)'
            cand get 'Show one key'
            cand disable 'Disable a key (it stops working at once; enable brings it back)'
            cand enable 'Enable a disabled key'
            cand delete 'Delete a key for good (asks; --yes in scripts)'
        }
        &'cruddur-obs;honeycomb;help;keys;list'= {
        }
        &'cruddur-obs;honeycomb;help;keys;create'= {
        }
        &'cruddur-obs;honeycomb;help;keys;get'= {
        }
        &'cruddur-obs;honeycomb;help;keys;disable'= {
        }
        &'cruddur-obs;honeycomb;help;keys;enable'= {
        }
        &'cruddur-obs;honeycomb;help;keys;delete'= {
        }
        &'cruddur-obs;honeycomb;help;datasets'= {
            cand list 'List the environment''s datasets'
            cand create 'Create a dataset, or return it if it exists'
        }
        &'cruddur-obs;honeycomb;help;datasets;list'= {
        }
        &'cruddur-obs;honeycomb;help;datasets;create'= {
        }
        &'cruddur-obs;honeycomb;help;markers'= {
            cand add 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"'
            cand list 'List a dataset''s markers'
            cand delete 'Delete a marker'
        }
        &'cruddur-obs;honeycomb;help;markers;add'= {
        }
        &'cruddur-obs;honeycomb;help;markers;list'= {
        }
        &'cruddur-obs;honeycomb;help;markers;delete'= {
        }
        &'cruddur-obs;honeycomb;help;help'= {
        }
        &'cruddur-obs;query'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand latency-by-user 'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
            cand recent-traces 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link'
            cand slow-endpoints 'P50, P99 and COUNT per route (or span name), slowest first'
            cand errors 'Counts of error spans by span name, HTTP status and message'
            cand heatmap 'A duration heatmap over time, drawn in the terminal'
            cand run 'Run any query spec (a JSON file or inline), checked before it is sent'
            cand save 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation'
            cand saved 'List, run, show or delete saved queries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;query;latency-by-user'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --limit 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --user-column 'The column holding the user [default: found in the dataset]'
            cand --column 'The latency column [default: duration_ms]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand --requests 'Whole requests: per user, the root span''s duration of each trace the user appears in (on any span)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;recent-traces'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --limit 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --column 'The duration column [default: duration_ms]'
            cand --show 'Draw the first N traces of the table as waterfalls, from the local copy'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;slow-endpoints'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --limit 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --by 'Group by these columns instead (repeatable)'
            cand --column 'The latency column [default: duration_ms]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;errors'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --limit 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --by 'Group by these columns instead (repeatable)'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;heatmap'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --column 'The value to draw [default: duration_ms]'
            cand --rows 'Value bands (rows)'
            cand --width 'Time buckets (columns) [default: what fits the terminal, at most 120]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand --log 'Logarithmic value bands (long-tailed latencies)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;run'= {
            cand -f 'A JSON file with the query spec (- reads stdin)'
            cand --file 'A JSON file with the query spec (- reads stdin)'
            cand --spec 'The query spec as JSON, e.g. ''{"calculations":[{"op":"COUNT"}],"breakdowns":["name"]}'''
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --limit 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;save'= {
            cand --preset 'Save a preset'
            cand -f 'Save a query spec from a JSON file (- reads stdin)'
            cand --file 'Save a query spec from a JSON file (- reads stdin)'
            cand --spec 'Save a query spec given as JSON'
            cand --description 'What the query is for'
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows the query returns, 1 to 1000 [default: 20 for presets]'
            cand --limit 'Rows the query returns, 1 to 1000 [default: 20 for presets]'
            cand --user-column 'latency-by-user: the user column [default: found in the dataset]'
            cand --by 'slow-endpoints, errors: group by these columns (repeatable)'
            cand --column 'The value column of a preset [default: duration_ms]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --replace 'Replace a saved query of the same name'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;saved'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the dataset''s saved queries'
            cand run 'Run a saved query by name (--since, --where, --limit make a new query from it)'
            cand show 'Print a saved query''s spec as JSON (what `query run --file` reads)'
            cand delete 'Delete a saved query (its name; Honeycomb keeps the query itself)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;query;saved;list'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;saved;run'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand -s 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --since 'How far back: 30m, 2h, 1d, 7d (at most 7d) [default: 2h]'
            cand --start 'Start: RFC 3339 (2024-05-01T10:00:00Z), relative (3h, 3h ago) or Unix seconds'
            cand --end 'End: RFC 3339, relative (1h, now) or Unix seconds [default: now]'
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''http.route starts-with /api'', ''error exists'''
            cand -n 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --limit 'Rows to return, 1 to 10000 [default: 20 for presets, the spec''s or 1000 for run]'
            cand --timeout 'Give up after this long, rate-limit waits included: 30s, 2m'
            cand --source 'Where to answer: honeycomb, local (the workspace''s .cruddur-obs/traces), or auto'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --open 'Open the query in Honeycomb''s UI too (its result, or on a plan without the Query Data API its Query Template Link)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;saved;show'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;saved;delete'= {
            cand -d 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --dataset 'Dataset (__all__: the whole environment) [default: the profile''s, OTEL_SERVICE_NAME, docker-compose.yml''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -y 'Delete without asking'
            cand --yes 'Delete without asking'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;query;saved;help'= {
            cand list 'List the dataset''s saved queries'
            cand run 'Run a saved query by name (--since, --where, --limit make a new query from it)'
            cand show 'Print a saved query''s spec as JSON (what `query run --file` reads)'
            cand delete 'Delete a saved query (its name; Honeycomb keeps the query itself)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;query;saved;help;list'= {
        }
        &'cruddur-obs;query;saved;help;run'= {
        }
        &'cruddur-obs;query;saved;help;show'= {
        }
        &'cruddur-obs;query;saved;help;delete'= {
        }
        &'cruddur-obs;query;saved;help;help'= {
        }
        &'cruddur-obs;query;help'= {
            cand latency-by-user 'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
            cand recent-traces 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link'
            cand slow-endpoints 'P50, P99 and COUNT per route (or span name), slowest first'
            cand errors 'Counts of error spans by span name, HTTP status and message'
            cand heatmap 'A duration heatmap over time, drawn in the terminal'
            cand run 'Run any query spec (a JSON file or inline), checked before it is sent'
            cand save 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation'
            cand saved 'List, run, show or delete saved queries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;query;help;latency-by-user'= {
        }
        &'cruddur-obs;query;help;recent-traces'= {
        }
        &'cruddur-obs;query;help;slow-endpoints'= {
        }
        &'cruddur-obs;query;help;errors'= {
        }
        &'cruddur-obs;query;help;heatmap'= {
        }
        &'cruddur-obs;query;help;run'= {
        }
        &'cruddur-obs;query;help;save'= {
        }
        &'cruddur-obs;query;help;saved'= {
            cand list 'List the dataset''s saved queries'
            cand run 'Run a saved query by name (--since, --where, --limit make a new query from it)'
            cand show 'Print a saved query''s spec as JSON (what `query run --file` reads)'
            cand delete 'Delete a saved query (its name; Honeycomb keeps the query itself)'
        }
        &'cruddur-obs;query;help;saved;list'= {
        }
        &'cruddur-obs;query;help;saved;run'= {
        }
        &'cruddur-obs;query;help;saved;show'= {
        }
        &'cruddur-obs;query;help;saved;delete'= {
        }
        &'cruddur-obs;query;help;help'= {
        }
        &'cruddur-obs;frontend'= {
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand init 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;frontend;init'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand --dir 'The workspace [default: the current directory]'
            cand --mode 'How the browser''s spans reach Honeycomb'
            cand --service 'The React service [default: the one whose package.json names react or vite]'
            cand --backend 'The backend service whose flask-cors must allow traceparent (repeatable) [default: the Flask services]'
            cand --target 'Where to write, comma-separated [default: compose, dotenv, gitpod where present, frontend]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --dry-run 'Show a diff of every file, and change nothing'
            cand -y 'Accept the defaults without asking'
            cand --yes 'Accept the defaults without asking'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;frontend;help'= {
            cand init 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;frontend;help;init'= {
        }
        &'cruddur-obs;frontend;help;help'= {
        }
        &'cruddur-obs;xray'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand init 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules'
            cand create-group 'Create a group of traces selected by a filter expression (safe to re-run)'
            cand groups 'List, show, update or delete groups'
            cand rules 'Apply, check, list, show, delete or export sampling rules'
            cand destination 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray''s OTLP endpoint needs'
            cand migrate 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;init'= {
            cand --dir 'The workspace [default: the current directory]'
            cand --service 'A compose service to send to X-Ray (repeatable) [default: the Flask services]'
            cand --target 'Where to write, comma-separated [default: compose and requirements]'
            cand --rule-name 'The sampling rule''s name when aws/json/xray.json is written'
            cand --group 'The X-Ray group''s name'
            cand --via 'How spans reach X-Ray'
            cand --sampling-endpoint 'A sampling proxy (the collector''s awsproxy extension, e.g. http://otel-collector:2000) that ADOT''s X-Ray sampler asks for the sampling rules; without it the app keeps every trace'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --fix 'Make the sampling rule''s ServiceName match the instrumented service'
            cand --dry-run 'Show a diff of every file and the AWS calls, and change nothing'
            cand -y 'Accept the defaults without asking'
            cand --yes 'Accept the defaults without asking'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;create-group'= {
            cand --filter-expression 'Which traces belong to the group, e.g. ''service("backend-flask")'' (default: all)'
            cand --tag 'Tag the group when it is created (KEY=VALUE, repeatable)'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --insights 'Turn on X-Ray Insights for the group'
            cand --notifications 'Turn on Insights notifications (implies --insights)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List every group'
            cand get 'Show one group'
            cand update 'Change a group''s filter expression or Insights settings'
            cand delete 'Delete a group (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;groups;list'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;get'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;update'= {
            cand --filter-expression 'The new filter expression, e.g. ''service("backend-flask") {fault OR error}'''
            cand --insights 'Turn X-Ray Insights on or off'
            cand --notifications 'Turn Insights notifications on or off'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;delete'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;help'= {
            cand list 'List every group'
            cand get 'Show one group'
            cand update 'Change a group''s filter expression or Insights settings'
            cand delete 'Delete a group (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;groups;help;list'= {
        }
        &'cruddur-obs;xray;groups;help;get'= {
        }
        &'cruddur-obs;xray;groups;help;update'= {
        }
        &'cruddur-obs;xray;groups;help;delete'= {
        }
        &'cruddur-obs;xray;groups;help;help'= {
        }
        &'cruddur-obs;xray;rules'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand apply 'Create, update (changed fields only) or keep rules so AWS matches the files'
            cand validate 'Check rule files against AWS''s constraints without contacting AWS'
            cand list 'List every sampling rule, the Default rule included'
            cand get 'Show one sampling rule'
            cand delete 'Delete a sampling rule (asks first; --yes in scripts)'
            cand export 'Write the rules to files (or stdout) that `rules apply` reads back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;rules;apply'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --dry-run 'Print the plan and change nothing'
            cand --prune 'Also delete rules that are not in the files (never the Default rule)'
            cand -y 'Do not ask before deleting (needed for --prune without a terminal)'
            cand --yes 'Do not ask before deleting (needed for --prune without a terminal)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;validate'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;list'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;get'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;delete'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;export'= {
            cand --dir 'Write one <RuleName>.json per rule into this directory instead of a JSON array on stdout'
            cand --rule 'Export only these rules (repeatable)'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --include-default 'Include AWS''s Default rule (only its FixedRate and ReservoirSize can be changed)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;help'= {
            cand apply 'Create, update (changed fields only) or keep rules so AWS matches the files'
            cand validate 'Check rule files against AWS''s constraints without contacting AWS'
            cand list 'List every sampling rule, the Default rule included'
            cand get 'Show one sampling rule'
            cand delete 'Delete a sampling rule (asks first; --yes in scripts)'
            cand export 'Write the rules to files (or stdout) that `rules apply` reads back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;rules;help;apply'= {
        }
        &'cruddur-obs;xray;rules;help;validate'= {
        }
        &'cruddur-obs;xray;rules;help;list'= {
        }
        &'cruddur-obs;xray;rules;help;get'= {
        }
        &'cruddur-obs;xray;rules;help;delete'= {
        }
        &'cruddur-obs;xray;rules;help;export'= {
        }
        &'cruddur-obs;xray;rules;help;help'= {
        }
        &'cruddur-obs;xray;destination'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --enable 'Turn Transaction Search on: set the destination to CloudWatchLogs (nothing is written when it is)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;migrate'= {
            cand --dir 'The workspace [default: the current directory]'
            cand --service 'A backend to move (repeatable) [default: the Flask services]'
            cand --sampling-endpoint 'A sampling proxy (the collector''s awsproxy extension, e.g. http://otel-collector:2000) that ADOT''s X-Ray sampler asks for the sampling rules; without it the app keeps every trace'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --dry-run 'Show a diff of every file and the lines to remove, and change nothing'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;help'= {
            cand init 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules'
            cand create-group 'Create a group of traces selected by a filter expression (safe to re-run)'
            cand groups 'List, show, update or delete groups'
            cand rules 'Apply, check, list, show, delete or export sampling rules'
            cand destination 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray''s OTLP endpoint needs'
            cand migrate 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;help;init'= {
        }
        &'cruddur-obs;xray;help;create-group'= {
        }
        &'cruddur-obs;xray;help;groups'= {
            cand list 'List every group'
            cand get 'Show one group'
            cand update 'Change a group''s filter expression or Insights settings'
            cand delete 'Delete a group (asks first; --yes in scripts)'
        }
        &'cruddur-obs;xray;help;groups;list'= {
        }
        &'cruddur-obs;xray;help;groups;get'= {
        }
        &'cruddur-obs;xray;help;groups;update'= {
        }
        &'cruddur-obs;xray;help;groups;delete'= {
        }
        &'cruddur-obs;xray;help;rules'= {
            cand apply 'Create, update (changed fields only) or keep rules so AWS matches the files'
            cand validate 'Check rule files against AWS''s constraints without contacting AWS'
            cand list 'List every sampling rule, the Default rule included'
            cand get 'Show one sampling rule'
            cand delete 'Delete a sampling rule (asks first; --yes in scripts)'
            cand export 'Write the rules to files (or stdout) that `rules apply` reads back'
        }
        &'cruddur-obs;xray;help;rules;apply'= {
        }
        &'cruddur-obs;xray;help;rules;validate'= {
        }
        &'cruddur-obs;xray;help;rules;list'= {
        }
        &'cruddur-obs;xray;help;rules;get'= {
        }
        &'cruddur-obs;xray;help;rules;delete'= {
        }
        &'cruddur-obs;xray;help;rules;export'= {
        }
        &'cruddur-obs;xray;help;destination'= {
        }
        &'cruddur-obs;xray;help;migrate'= {
        }
        &'cruddur-obs;xray;help;help'= {
        }
        &'cruddur-obs;cloudwatch'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand log-group 'Ensure, list or delete log groups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;cloudwatch;log-group'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ensure 'Create a log group if it is missing and set its retention (safe to re-run)'
            cand list 'List log groups'
            cand delete 'Delete a log group and every event in it (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;cloudwatch;log-group;ensure'= {
            cand --retention-days 'How long events are kept: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days, or "never" (default: left as it is; a new group never expires)'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;cloudwatch;log-group;list'= {
            cand --prefix 'Only log groups whose name starts with this (e.g. /cruddur/)'
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;cloudwatch;log-group;delete'= {
            cand --profile 'AWS profile to use [default: AWS_PROFILE, then "default"]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --endpoint-url 'The service''s endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;cloudwatch;log-group;help'= {
            cand ensure 'Create a log group if it is missing and set its retention (safe to re-run)'
            cand list 'List log groups'
            cand delete 'Delete a log group and every event in it (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;cloudwatch;log-group;help;ensure'= {
        }
        &'cruddur-obs;cloudwatch;log-group;help;list'= {
        }
        &'cruddur-obs;cloudwatch;log-group;help;delete'= {
        }
        &'cruddur-obs;cloudwatch;log-group;help;help'= {
        }
        &'cruddur-obs;cloudwatch;help'= {
            cand log-group 'Ensure, list or delete log groups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;cloudwatch;help;log-group'= {
            cand ensure 'Create a log group if it is missing and set its retention (safe to re-run)'
            cand list 'List log groups'
            cand delete 'Delete a log group and every event in it (asks first; --yes in scripts)'
        }
        &'cruddur-obs;cloudwatch;help;log-group;ensure'= {
        }
        &'cruddur-obs;cloudwatch;help;log-group;list'= {
        }
        &'cruddur-obs;cloudwatch;help;log-group;delete'= {
        }
        &'cruddur-obs;cloudwatch;help;help'= {
        }
        &'cruddur-obs;trace'= {
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;trace;show'= {
            cand --from 'Where to read it: the workspace''s local copy, or X-Ray (BatchGetTraces, on any AWS account)'
            cand --dir 'The workspace whose local copy to read [default: the current directory]'
            cand --aws-profile 'AWS profile for --from xray [default: AWS_PROFILE, then "default"]'
            cand --aws-region 'AWS region for --from xray [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;trace;help'= {
            cand show 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;trace;help;show'= {
        }
        &'cruddur-obs;trace;help;help'= {
        }
        &'cruddur-obs;traces'= {
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'Where the local copy is, how big, which services and what time it covers'
            cand tail 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;traces;status'= {
            cand --dir 'The workspace [default: the current directory]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;traces;tail'= {
            cand -w 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''service.name = backend-flask'', ''error exists'''
            cand --where 'A filter, ''COLUMN OP VALUE'' (repeatable): ''duration_ms > 250'', ''service.name = backend-flask'', ''error exists'''
            cand --count 'Stop after N events'
            cand --dir 'The workspace whose local copy to follow [default: the current directory]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --any 'Match events that pass any --where (default: all of them)'
            cand --from-start 'Print what the copy already holds first'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;traces;help'= {
            cand status 'Where the local copy is, how big, which services and what time it covers'
            cand tail 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;traces;help;status'= {
        }
        &'cruddur-obs;traces;help;tail'= {
        }
        &'cruddur-obs;traces;help;help'= {
        }
        &'cruddur-obs;plan'= {
            cand --aws-profile 'AWS profile for the xray section [default: AWS_PROFILE]'
            cand --aws-region 'AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --prune 'Also plan deleting what the file does not mention, within what it manages (never columns)'
            cand --detailed-exitcode 'Exit 2 when something would change, 0 when nothing would (for CI drift checks)'
            cand --all 'List unchanged objects too'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;apply'= {
            cand --aws-profile 'AWS profile for the xray section [default: AWS_PROFILE]'
            cand --aws-region 'AWS region for the xray section [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --prune 'Also delete what the file does not mention, within what it manages (never columns)'
            cand -y 'Do not ask before deleting (needed for --prune without a terminal)'
            cand --yes 'Do not ask before deleting (needed for --prune without a terminal)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;export'= {
            cand --env 'The environment to export: must be the API key''s (a check, so the file is not written from the wrong one)'
            cand --file 'Write the file here (atomically) instead of stdout; an existing file needs --force'
            cand --aws-profile 'AWS profile for X-Ray [default: AWS_PROFILE]'
            cand --aws-region 'AWS region for X-Ray [default: AWS_REGION, AWS_DEFAULT_REGION, the profile''s]'
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --force 'Replace an existing --file'
            cand --no-xray 'Leave X-Ray out (no AWS credentials needed)'
            cand --schema 'Print the file''s JSON Schema instead, for editors'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;config'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print the config file''s path'
            cand show 'Every setting in effect, its source, secrets masked'
            cand get 'One setting''s value (secrets masked unless --reveal)'
            cand set 'Set a value in the profile (secrets: pass - to read the value from stdin)'
            cand unset 'Remove a value from the profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;config;path'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;config;show'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;config;get'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand --reveal 'Print a secret in full'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;config;set'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;config;unset'= {
            cand --profile 'Profile in the config file [default: CRUDDUR_OBS_PROFILE, then "default"]'
            cand --api-url 'Honeycomb API base URL [default: HONEYCOMB_API_ENDPOINT, the profile''s, then the region''s]'
            cand --region 'Honeycomb region, when no API URL is set [default: the profile''s, then us]'
            cand --api-key 'An environment''s API key [default: HONEYCOMB_API_KEY, then the profile''s]'
            cand --key-id 'Management key ID [default: HONEYCOMB_KEY_ID, then the profile''s]'
            cand --key-secret 'Management key secret [default: HONEYCOMB_KEY_SECRET, then the profile''s]'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;config;help'= {
            cand path 'Print the config file''s path'
            cand show 'Every setting in effect, its source, secrets masked'
            cand get 'One setting''s value (secrets masked unless --reveal)'
            cand set 'Set a value in the profile (secrets: pass - to read the value from stdin)'
            cand unset 'Remove a value from the profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;config;help;path'= {
        }
        &'cruddur-obs;config;help;show'= {
        }
        &'cruddur-obs;config;help;get'= {
        }
        &'cruddur-obs;config;help;set'= {
        }
        &'cruddur-obs;config;help;unset'= {
        }
        &'cruddur-obs;config;help;help'= {
        }
        &'cruddur-obs;completions'= {
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;generate-assets'= {
            cand --root 'The repository root: completions/ and man/ are written below it'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --request-timeout 'Give up on one HTTP request to Honeycomb or AWS after this long (each attempt; a retry gets its own), e.g. 10s or 500ms [default: 30s for Honeycomb, 10s per AWS attempt]'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand --allow-plaintext-http 'Let keys travel over plain http:// to a host that is not this machine (anyone on the way can read them). Without it such an API or OTLP endpoint is refused; https:// and loopback need no flag'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;help'= {
            cand init 'Set a workspace up to send traces to Honeycomb: compose, .env, gp env, requirements.txt'
            cand doctor 'Check the workspace and the accounts: a checklist of what is wrong, with the fix'
            cand honeycomb 'Honeycomb: keys and profiles, environments, API keys, datasets, markers'
            cand query 'Honeycomb queries as tables or JSON: latency by user, recent traces, any spec, saved queries'
            cand frontend 'Browser traces from the React frontend, joined to the backend''s'
            cand xray 'AWS X-Ray: groups, sampling rules, Transaction Search, a workspace''s move to OpenTelemetry'
            cand cloudwatch 'AWS CloudWatch Logs: log groups and how long they keep events'
            cand trace 'One trace as a waterfall in the terminal, from the workspace''s local copy or X-Ray'
            cand traces 'The workspace''s own copy of its traces (.cruddur-obs/traces): status'
            cand plan 'What `apply` would change: the observability file against Honeycomb and X-Ray, as a diff'
            cand apply 'Make Honeycomb and X-Ray match the observability file (boards, triggers, SLOs, ...)'
            cand export 'Write an existing environment (and X-Ray) as the observability file'
            cand config 'Settings in effect and where each came from; the config file''s profiles'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand generate-assets 'Regenerate completions/ and man/ from this command line (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;help;init'= {
        }
        &'cruddur-obs;help;doctor'= {
        }
        &'cruddur-obs;help;honeycomb'= {
            cand login 'Verify keys and save them in a profile (config file, mode 0600)'
            cand auth 'Show the team, environment, key types and permissions, and where each key came from'
            cand environments 'List, create, ensure, show, update or delete environments (management key)'
            cand keys 'List, create, show, disable, enable or delete ingest and configuration keys (management key)'
            cand datasets 'List or create datasets (environment key)'
            cand markers 'Add, list or delete markers, such as deploys (environment key)'
        }
        &'cruddur-obs;help;honeycomb;login'= {
        }
        &'cruddur-obs;help;honeycomb;auth'= {
            cand status 'Check each configured key with Honeycomb and show what it can do'
        }
        &'cruddur-obs;help;honeycomb;auth;status'= {
        }
        &'cruddur-obs;help;honeycomb;environments'= {
            cand list 'List every environment of the team'
            cand create 'Create an environment (fails if the name is taken; see `ensure`)'
            cand ensure 'Return the environment with this name, creating it if it does not exist'
            cand get 'Show one environment (by name, slug or ID)'
            cand update 'Change an environment''s description, colour or delete protection'
            cand delete 'Delete an environment and all its data: turns delete protection off first (asks; --yes in scripts)'
        }
        &'cruddur-obs;help;honeycomb;environments;list'= {
        }
        &'cruddur-obs;help;honeycomb;environments;create'= {
        }
        &'cruddur-obs;help;honeycomb;environments;ensure'= {
        }
        &'cruddur-obs;help;honeycomb;environments;get'= {
        }
        &'cruddur-obs;help;honeycomb;environments;update'= {
        }
        &'cruddur-obs;help;honeycomb;environments;delete'= {
        }
        &'cruddur-obs;help;honeycomb;keys'= {
            cand list 'List ingest and configuration keys'
            cand create 'Create a key; its secret is saved in the profile (see --write-env, --print)'
            cand get 'Show one key'
            cand disable 'Disable a key (it stops working at once; enable brings it back)'
            cand enable 'Enable a disabled key'
            cand delete 'Delete a key for good (asks; --yes in scripts)'
        }
        &'cruddur-obs;help;honeycomb;keys;list'= {
        }
        &'cruddur-obs;help;honeycomb;keys;create'= {
        }
        &'cruddur-obs;help;honeycomb;keys;get'= {
        }
        &'cruddur-obs;help;honeycomb;keys;disable'= {
        }
        &'cruddur-obs;help;honeycomb;keys;enable'= {
        }
        &'cruddur-obs;help;honeycomb;keys;delete'= {
        }
        &'cruddur-obs;help;honeycomb;datasets'= {
            cand list 'List the environment''s datasets'
            cand create 'Create a dataset, or return it if it exists'
        }
        &'cruddur-obs;help;honeycomb;datasets;list'= {
        }
        &'cruddur-obs;help;honeycomb;datasets;create'= {
        }
        &'cruddur-obs;help;honeycomb;markers'= {
            cand add 'Add a marker, e.g. a deploy: markers add --type deploy --message "v1.2"'
            cand list 'List a dataset''s markers'
            cand delete 'Delete a marker'
        }
        &'cruddur-obs;help;honeycomb;markers;add'= {
        }
        &'cruddur-obs;help;honeycomb;markers;list'= {
        }
        &'cruddur-obs;help;honeycomb;markers;delete'= {
        }
        &'cruddur-obs;help;query'= {
            cand latency-by-user 'P50, P90, P99 of duration_ms and COUNT per user, slowest first'
            cand recent-traces 'The latest root spans: time, trace ID, name, status, duration, and a Honeycomb link'
            cand slow-endpoints 'P50, P99 and COUNT per route (or span name), slowest first'
            cand errors 'Counts of error spans by span name, HTTP status and message'
            cand heatmap 'A duration heatmap over time, drawn in the terminal'
            cand run 'Run any query spec (a JSON file or inline), checked before it is sent'
            cand save 'Save a query (a preset or a spec) under a name: a Honeycomb query annotation'
            cand saved 'List, run, show or delete saved queries'
        }
        &'cruddur-obs;help;query;latency-by-user'= {
        }
        &'cruddur-obs;help;query;recent-traces'= {
        }
        &'cruddur-obs;help;query;slow-endpoints'= {
        }
        &'cruddur-obs;help;query;errors'= {
        }
        &'cruddur-obs;help;query;heatmap'= {
        }
        &'cruddur-obs;help;query;run'= {
        }
        &'cruddur-obs;help;query;save'= {
        }
        &'cruddur-obs;help;query;saved'= {
            cand list 'List the dataset''s saved queries'
            cand run 'Run a saved query by name (--since, --where, --limit make a new query from it)'
            cand show 'Print a saved query''s spec as JSON (what `query run --file` reads)'
            cand delete 'Delete a saved query (its name; Honeycomb keeps the query itself)'
        }
        &'cruddur-obs;help;query;saved;list'= {
        }
        &'cruddur-obs;help;query;saved;run'= {
        }
        &'cruddur-obs;help;query;saved;show'= {
        }
        &'cruddur-obs;help;query;saved;delete'= {
        }
        &'cruddur-obs;help;frontend'= {
            cand init 'Browser traces for the React app: packages, src/tracing.js, build variables, the collector, CORS'
        }
        &'cruddur-obs;help;frontend;init'= {
        }
        &'cruddur-obs;help;xray'= {
            cand init 'Wire a workspace to X-Ray: through its OpenTelemetry Collector (or the daemon), the rule file, group and rules'
            cand create-group 'Create a group of traces selected by a filter expression (safe to re-run)'
            cand groups 'List, show, update or delete groups'
            cand rules 'Apply, check, list, show, delete or export sampling rules'
            cand destination 'Show the trace segment destination; --enable turns on Transaction Search, which X-Ray''s OTLP endpoint needs'
            cand migrate 'Move a workspace from the X-Ray daemon and SDK (end of support 2027-02-25) to OpenTelemetry through the collector'
        }
        &'cruddur-obs;help;xray;init'= {
        }
        &'cruddur-obs;help;xray;create-group'= {
        }
        &'cruddur-obs;help;xray;groups'= {
            cand list 'List every group'
            cand get 'Show one group'
            cand update 'Change a group''s filter expression or Insights settings'
            cand delete 'Delete a group (asks first; --yes in scripts)'
        }
        &'cruddur-obs;help;xray;groups;list'= {
        }
        &'cruddur-obs;help;xray;groups;get'= {
        }
        &'cruddur-obs;help;xray;groups;update'= {
        }
        &'cruddur-obs;help;xray;groups;delete'= {
        }
        &'cruddur-obs;help;xray;rules'= {
            cand apply 'Create, update (changed fields only) or keep rules so AWS matches the files'
            cand validate 'Check rule files against AWS''s constraints without contacting AWS'
            cand list 'List every sampling rule, the Default rule included'
            cand get 'Show one sampling rule'
            cand delete 'Delete a sampling rule (asks first; --yes in scripts)'
            cand export 'Write the rules to files (or stdout) that `rules apply` reads back'
        }
        &'cruddur-obs;help;xray;rules;apply'= {
        }
        &'cruddur-obs;help;xray;rules;validate'= {
        }
        &'cruddur-obs;help;xray;rules;list'= {
        }
        &'cruddur-obs;help;xray;rules;get'= {
        }
        &'cruddur-obs;help;xray;rules;delete'= {
        }
        &'cruddur-obs;help;xray;rules;export'= {
        }
        &'cruddur-obs;help;xray;destination'= {
        }
        &'cruddur-obs;help;xray;migrate'= {
        }
        &'cruddur-obs;help;cloudwatch'= {
            cand log-group 'Ensure, list or delete log groups'
        }
        &'cruddur-obs;help;cloudwatch;log-group'= {
            cand ensure 'Create a log group if it is missing and set its retention (safe to re-run)'
            cand list 'List log groups'
            cand delete 'Delete a log group and every event in it (asks first; --yes in scripts)'
        }
        &'cruddur-obs;help;cloudwatch;log-group;ensure'= {
        }
        &'cruddur-obs;help;cloudwatch;log-group;list'= {
        }
        &'cruddur-obs;help;cloudwatch;log-group;delete'= {
        }
        &'cruddur-obs;help;trace'= {
            cand show 'A trace as a waterfall: a line per span, indented by parent, with a bar on a shared time axis'
        }
        &'cruddur-obs;help;trace;show'= {
        }
        &'cruddur-obs;help;traces'= {
            cand status 'Where the local copy is, how big, which services and what time it covers'
            cand tail 'Spans as they arrive in the local copy, filtered with --where as queries are (follow mode)'
        }
        &'cruddur-obs;help;traces;status'= {
        }
        &'cruddur-obs;help;traces;tail'= {
        }
        &'cruddur-obs;help;plan'= {
        }
        &'cruddur-obs;help;apply'= {
        }
        &'cruddur-obs;help;export'= {
        }
        &'cruddur-obs;help;config'= {
            cand path 'Print the config file''s path'
            cand show 'Every setting in effect, its source, secrets masked'
            cand get 'One setting''s value (secrets masked unless --reveal)'
            cand set 'Set a value in the profile (secrets: pass - to read the value from stdin)'
            cand unset 'Remove a value from the profile'
        }
        &'cruddur-obs;help;config;path'= {
        }
        &'cruddur-obs;help;config;show'= {
        }
        &'cruddur-obs;help;config;get'= {
        }
        &'cruddur-obs;help;config;set'= {
        }
        &'cruddur-obs;help;config;unset'= {
        }
        &'cruddur-obs;help;completions'= {
        }
        &'cruddur-obs;help;generate-assets'= {
        }
        &'cruddur-obs;help;help'= {
        }
    ]
    $completions[$command]
}
