
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('xray', 'xray', [CompletionResultType]::ParameterValue, 'AWS X-Ray: groups and sampling rules')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ from this command line (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create-group', 'create-group', [CompletionResultType]::ParameterValue, 'Create a group of traces selected by a filter expression (safe to re-run)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, show, update or delete groups')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Apply, check, list, show, delete or export sampling rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;xray;create-group' {
            [CompletionResult]::new('--filter-expression', '--filter-expression', [CompletionResultType]::ParameterName, 'Which traces belong to the group, e.g. ''service("backend-flask")'' (default: all)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the group when it is created (KEY=VALUE, repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--insights', '--insights', [CompletionResultType]::ParameterName, 'Turn on X-Ray Insights for the group')
            [CompletionResult]::new('--notifications', '--notifications', [CompletionResultType]::ParameterName, 'Turn on Insights notifications (implies --insights)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
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
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;update' {
            [CompletionResult]::new('--filter-expression', '--filter-expression', [CompletionResultType]::ParameterName, 'The new filter expression, e.g. ''service("backend-flask") {fault OR error}''')
            [CompletionResult]::new('--insights', '--insights', [CompletionResultType]::ParameterName, 'Turn X-Ray Insights on or off')
            [CompletionResult]::new('--notifications', '--notifications', [CompletionResultType]::ParameterName, 'Turn Insights notifications on or off')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;groups;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
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
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
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
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete rules that are not in the files (never the Default rule)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before deleting (needed for --prune without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before deleting (needed for --prune without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;validate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;xray;rules;export' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write one <RuleName>.json per rule into this directory instead of a JSON array on stdout')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Export only these rules (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile to use (default: AWS_PROFILE, then "default")')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'X-Ray endpoint, e.g. a local server (default: AWS_ENDPOINT_URL_XRAY, then AWS_ENDPOINT_URL)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--include-default', '--include-default', [CompletionResultType]::ParameterName, 'Include AWS''s Default rule (only its FixedRate and ReservoirSize can be changed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
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
        'cruddur-obs;xray;help' {
            [CompletionResult]::new('create-group', 'create-group', [CompletionResultType]::ParameterValue, 'Create a group of traces selected by a filter expression (safe to re-run)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, show, update or delete groups')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Apply, check, list, show, delete or export sampling rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
        'cruddur-obs;xray;help;help' {
            break
        }
        'cruddur-obs;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;generate-assets' {
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'The repository root: completions/ and man/ are written below it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results: a table on a terminal, JSON otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors (no progress or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (settings and where they came from)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cruddur-obs;help' {
            [CompletionResult]::new('xray', 'xray', [CompletionResultType]::ParameterValue, 'AWS X-Ray: groups and sampling rules')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ from this command line (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-obs;help;xray' {
            [CompletionResult]::new('create-group', 'create-group', [CompletionResultType]::ParameterValue, 'Create a group of traces selected by a filter expression (safe to re-run)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, show, update or delete groups')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Apply, check, list, show, delete or export sampling rules')
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
