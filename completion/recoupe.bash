# bash completion for recoupe                                -*- shell-script -*-
#
# Installed by `make install` as
# $(PREFIX)/share/bash-completion/completions/recoupe; to try it without
# installing: `. completion/recoupe.bash`.
#
# The commands and their options are read from `recoupe --help` and
# `recoupe COMMAND --help`, so a new command or option needs no change here.

_recoupe_commands()
{
    "$1" --help 2>/dev/null |
        sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'
}

_recoupe_options()
{
    "$1" "$2" --help 2>/dev/null |
        grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' |
        sort -u
}

_recoupe()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local prog=${words[0]}

    if [[ $cword -eq 1 ]]; then
        mapfile -t COMPREPLY < <(compgen -W \
            "$(_recoupe_commands "$prog") help --help --version" -- "$cur")
        return
    fi
    local cmd=${words[1]}

    case $prev in
    --format)
        case $cmd in
        cluster) mapfile -t COMPREPLY < <(compgen -W "jsonl csv" -- "$cur") ;;
        *) mapfile -t COMPREPLY < <(compgen -W "md json html" -- "$cur") ;;
        esac
        return
        ;;
    -o | --output)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return
        ;;
    --threshold | --topic-threshold | --dup-threshold | --window | --words | --max-size)
        return # a number
        ;;
    esac

    # after "--" every word is an input
    local i
    for ((i = 2; i < cword; i++)); do
        [[ ${words[i]} == -- ]] && { mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return; }
    done
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_recoupe_options "$prog" "$cmd")" -- "$cur")
        return
    fi
    mapfile -t COMPREPLY < <(compgen -f -- "$cur") # inputs: files, directories
}
complete -o filenames -o bashdefault -F _recoupe recoupe
