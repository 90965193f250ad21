
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
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand xray 'AWS X-Ray: groups and sampling rules'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand generate-assets 'Regenerate completions/ and man/ from this command line (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create-group 'Create a group of traces selected by a filter expression (safe to re-run)'
            cand groups 'List, show, update or delete groups'
            cand rules 'Apply, check, list, show, delete or export sampling rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;create-group'= {
            cand --filter-expression 'Which traces belong to the group, e.g. ''service("backend-flask")'' (default: all)'
            cand --tag 'Tag the group when it is created (KEY=VALUE, repeatable)'
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --insights 'Turn on X-Ray Insights for the group'
            cand --notifications 'Turn on Insights notifications (implies --insights)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List every group'
            cand get 'Show one group'
            cand update 'Change a group''s filter expression or Insights settings'
            cand delete 'Delete a group (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;xray;groups;list'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;get'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;update'= {
            cand --filter-expression 'The new filter expression, e.g. ''service("backend-flask") {fault OR error}'''
            cand --insights 'Turn X-Ray Insights on or off'
            cand --notifications 'Turn Insights notifications on or off'
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;groups;delete'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
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
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
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
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --dry-run 'Print the plan and change nothing'
            cand --prune 'Also delete rules that are not in the files (never the Default rule)'
            cand -y 'Do not ask before deleting (needed for --prune without a terminal)'
            cand --yes 'Do not ask before deleting (needed for --prune without a terminal)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;validate'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;list'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;get'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;delete'= {
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;xray;rules;export'= {
            cand --dir 'Write one <RuleName>.json per rule into this directory instead of a JSON array on stdout'
            cand --rule 'Export only these rules (repeatable)'
            cand --profile 'AWS profile to use (default: AWS_PROFILE, then "default")'
            cand --region 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)'
            cand --endpoint-url 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand --include-default 'Include AWS''s Default rule (only its FixedRate and ReservoirSize can be changed)'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
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
        &'cruddur-obs;xray;help'= {
            cand create-group 'Create a group of traces selected by a filter expression (safe to re-run)'
            cand groups 'List, show, update or delete groups'
            cand rules 'Apply, check, list, show, delete or export sampling rules'
            cand help 'Print this message or the help of the given subcommand(s)'
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
        &'cruddur-obs;xray;help;help'= {
        }
        &'cruddur-obs;completions'= {
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;generate-assets'= {
            cand --root 'The repository root: completions/ and man/ are written below it'
            cand -o 'How to print results: a table on a terminal, JSON otherwise'
            cand --output 'How to print results: a table on a terminal, JSON otherwise'
            cand -q 'Print only results and errors (no progress or notes on stderr)'
            cand --quiet 'Print only results and errors (no progress or notes on stderr)'
            cand -v 'Explain what is happening on stderr (settings and where they came from)'
            cand --verbose 'Explain what is happening on stderr (settings and where they came from)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cruddur-obs;help'= {
            cand xray 'AWS X-Ray: groups and sampling rules'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand generate-assets 'Regenerate completions/ and man/ from this command line (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-obs;help;xray'= {
            cand create-group 'Create a group of traces selected by a filter expression (safe to re-run)'
            cand groups 'List, show, update or delete groups'
            cand rules 'Apply, check, list, show, delete or export sampling rules'
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
        &'cruddur-obs;help;completions'= {
        }
        &'cruddur-obs;help;generate-assets'= {
        }
        &'cruddur-obs;help;help'= {
        }
    ]
    $completions[$command]
}
