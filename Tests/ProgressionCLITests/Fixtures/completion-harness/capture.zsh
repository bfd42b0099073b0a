# Usage: zsh -f capture.zsh FOLDER 'COMMAND LINE'
# Starts an interactive zsh on a pseudo-terminal with the completion function in FOLDER on
# $fpath, types the line and a tab, and prints, one per line and sorted, the words the
# completion system offers (caught by wrapping compadd), then on standard error what the
# terminal showed; gives up 20 seconds after typing the line.
zmodload zsh/zpty || exit 3
local dir=$1 input=$2 line
zpty z TERM=xterm zsh -f -i
zpty -w z "PS1='<pro''mpt>' RPROMPT='' fpath=($dir \$fpath); autoload -U compinit; compinit -u -D; zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; zstyle ':completion:*' menu no; compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __hits; builtin compadd -A __hits \"\$@\"; local h; for h in \$__hits; do print -r -- \"<hit>\$h</hit>\"; done; builtin compadd \"\$@\" }; bindkey '^I' complete-word; "
# Type only once the prompt shows: zle starts by switching the terminal to raw mode, which
# throws away anything typed before it.
zpty -r z line '*<prompt>*' || exit 3
zpty -w -n z "$input"$'\t'
zpty -w z $'\C-u'"print DO''NE"
local deadline=$(( SECONDS + 20 ))
local -a hits raw
local done=0
while (( SECONDS < deadline )); do
  zpty -rt z line || { sleep 0.05; continue }
  raw+=("$line")
  [[ $line == *DONE* ]] && { done=1; break }
  while [[ $line == *'<hit>'*'</hit>'* ]]; do
    local rest=${line#*<hit>}
    hits+=("${rest%%</hit>*}")
    line=${rest#*</hit>}
  done
done
zpty -d z
print -rl -- ${(ou)hits}
# What the terminal showed, on standard error, for a failing test to print.
print -rl -- "${(@)raw//$'\e'/^[}" >&2
(( done )) || { print -u2 "gave up waiting for the completion"; exit 2 }
