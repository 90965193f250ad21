_cruddur__obs() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="cruddur__obs"
                ;;
            cruddur__obs,completions)
                cmd="cruddur__obs__subcmd__completions"
                ;;
            cruddur__obs,generate-assets)
                cmd="cruddur__obs__subcmd__generate__subcmd__assets"
                ;;
            cruddur__obs,help)
                cmd="cruddur__obs__subcmd__help"
                ;;
            cruddur__obs,xray)
                cmd="cruddur__obs__subcmd__xray"
                ;;
            cruddur__obs__subcmd__help,completions)
                cmd="cruddur__obs__subcmd__help__subcmd__completions"
                ;;
            cruddur__obs__subcmd__help,generate-assets)
                cmd="cruddur__obs__subcmd__help__subcmd__generate__subcmd__assets"
                ;;
            cruddur__obs__subcmd__help,help)
                cmd="cruddur__obs__subcmd__help__subcmd__help"
                ;;
            cruddur__obs__subcmd__help,xray)
                cmd="cruddur__obs__subcmd__help__subcmd__xray"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray,create-group)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__create__subcmd__group"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray,groups)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray,rules)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups,delete)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__delete"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups,get)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__get"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups,list)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__list"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups,update)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__update"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules,apply)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__apply"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules,delete)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__delete"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules,export)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__export"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules,get)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__get"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules,list)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__list"
                ;;
            cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules,validate)
                cmd="cruddur__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__validate"
                ;;
            cruddur__obs__subcmd__xray,create-group)
                cmd="cruddur__obs__subcmd__xray__subcmd__create__subcmd__group"
                ;;
            cruddur__obs__subcmd__xray,groups)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups"
                ;;
            cruddur__obs__subcmd__xray,help)
                cmd="cruddur__obs__subcmd__xray__subcmd__help"
                ;;
            cruddur__obs__subcmd__xray,rules)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups,delete)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__delete"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups,get)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__get"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups,help)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups,list)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__list"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups,update)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__update"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help,delete)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__delete"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help,get)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__get"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help,help)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__help"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help,list)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__list"
                ;;
            cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help,update)
                cmd="cruddur__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__update"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help,create-group)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__create__subcmd__group"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help,groups)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help,help)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__help"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help,rules)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups,delete)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__delete"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups,get)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__get"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups,list)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__list"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups,update)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__update"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules,apply)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__apply"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules,delete)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__delete"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules,export)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__export"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules,get)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__get"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules,list)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__list"
                ;;
            cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules,validate)
                cmd="cruddur__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__validate"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,apply)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__apply"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,delete)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__delete"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,export)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__export"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,get)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__get"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,help)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,list)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__list"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules,validate)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__validate"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,apply)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__apply"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,delete)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__delete"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,export)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__export"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,get)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__get"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,help)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__help"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,list)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__list"
                ;;
            cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help,validate)
                cmd="cruddur__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__validate"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        cruddur__obs)
            opts="-o -q -v -h -V --output --quiet --verbose --help --version xray completions generate-assets help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__completions)
            opts="-o -q -v -h --output --quiet --verbose --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__generate__subcmd__assets)
            opts="-o -q -v -h --root --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help)
            opts="xray completions generate-assets help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__generate__subcmd__assets)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray)
            opts="create-group groups rules"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__create__subcmd__group)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__groups)
            opts="list get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__groups__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules)
            opts="apply validate list get delete export"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__help__subcmd__xray__subcmd__rules__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help create-group groups rules help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__create__subcmd__group)
            opts="-o -q -v -h --filter-expression --insights --notifications --tag --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter-expression)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help list get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__delete)
            opts="-y -o -q -v -h --yes --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__get)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__help)
            opts="list get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__list)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__groups__subcmd__update)
            opts="-o -q -v -h --filter-expression --insights --notifications --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter-expression)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --insights)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --notifications)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help)
            opts="create-group groups rules help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__create__subcmd__group)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__groups)
            opts="list get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__groups__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules)
            opts="apply validate list get delete export"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__help__subcmd__rules__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help apply validate list get delete export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__apply)
            opts="-y -o -q -v -h --dry-run --prune --yes --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__delete)
            opts="-y -o -q -v -h --yes --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__export)
            opts="-o -q -v -h --dir --include-default --rule --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rule)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__get)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help)
            opts="apply validate list get delete export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__list)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__subcmd__obs__subcmd__xray__subcmd__rules__subcmd__validate)
            opts="-o -q -v -h --profile --region --endpoint-url --output --quiet --verbose --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json csv" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _cruddur__obs -o nosort -o bashdefault -o default cruddur-obs
else
    complete -F _cruddur__obs -o bashdefault -o default cruddur-obs
fi
