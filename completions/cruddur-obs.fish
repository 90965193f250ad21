# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cruddur_obs_global_optspecs
    string join \n o/output= q/quiet v/verbose h/help V/version
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
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -s V -l version -d 'Print version'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "xray" -d 'AWS X-Ray: groups and sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "generate-assets" -d 'Regenerate completions/ and man/ from this command line (for maintainers)'
complete -c cruddur-obs -n "__fish_cruddur_obs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -l profile -d 'AWS profile to use (default: AWS_PROFILE, then "default")' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -l region -d 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -l endpoint-url -d 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -f -a "create-group" -d 'Create a group of traces selected by a filter expression (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -f -a "groups" -d 'List, show, update or delete groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -f -a "rules" -d 'Apply, check, list, show, delete or export sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and not __fish_seen_subcommand_from create-group groups rules help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l filter-expression -d 'Which traces belong to the group, e.g. \'service("backend-flask")\' (default: all)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l tag -d 'Tag the group when it is created (KEY=VALUE, repeatable)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l profile -d 'AWS profile to use (default: AWS_PROFILE, then "default")' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l region -d 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l endpoint-url -d 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l insights -d 'Turn on X-Ray Insights for the group'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -l notifications -d 'Turn on Insights notifications (implies --insights)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from create-group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l profile -d 'AWS profile to use (default: AWS_PROFILE, then "default")' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l region -d 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -l endpoint-url -d 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List every group'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "get" -d 'Show one group'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "update" -d 'Change a group\'s filter expression or Insights settings'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete a group (asks first; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from groups" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l profile -d 'AWS profile to use (default: AWS_PROFILE, then "default")' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l region -d 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -l endpoint-url -d 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)' -r
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "apply" -d 'Create, update (changed fields only) or keep rules so AWS matches the files'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "validate" -d 'Check rule files against AWS\'s constraints without contacting AWS'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List every sampling rule, the Default rule included'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "get" -d 'Show one sampling rule'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "delete" -d 'Delete a sampling rule (asks first; --yes in scripts)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "export" -d 'Write the rules to files (or stdout) that `rules apply` reads back'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from rules" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "create-group" -d 'Create a group of traces selected by a filter expression (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "groups" -d 'List, show, update or delete groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "rules" -d 'Apply, check, list, show, delete or export sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand xray; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -l root -d 'The repository root: completions/ and man/ are written below it' -r -F
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s o -l output -d 'How to print results: a table on a terminal, JSON otherwise' -r -f -a "table\t'Aligned columns (the default on a terminal)'
json\t'JSON with stable snake_case names (the default when stdout is not a terminal)'
csv\t'CSV with a header row'"
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s q -l quiet -d 'Print only results and errors (no progress or notes on stderr)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s v -l verbose -d 'Explain what is happening on stderr (settings and where they came from)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand generate-assets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from xray completions generate-assets help" -f -a "xray" -d 'AWS X-Ray: groups and sampling rules'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from xray completions generate-assets help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from xray completions generate-assets help" -f -a "generate-assets" -d 'Regenerate completions/ and man/ from this command line (for maintainers)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and not __fish_seen_subcommand_from xray completions generate-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "create-group" -d 'Create a group of traces selected by a filter expression (safe to re-run)'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "groups" -d 'List, show, update or delete groups'
complete -c cruddur-obs -n "__fish_cruddur_obs_using_subcommand help; and __fish_seen_subcommand_from xray" -f -a "rules" -d 'Apply, check, list, show, delete or export sampling rules'
