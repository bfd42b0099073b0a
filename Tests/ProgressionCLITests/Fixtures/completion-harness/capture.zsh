# Usage: zsh -f capture.zsh FOLDER 'COMMAND LINE' ...
# Starts one interactive zsh on a pseudo-terminal with the completion function in FOLDER on
# $fpath; for each line, types it and a tab, and prints what the completion system offers (caught
# by wrapping compadd) as 'N<TAB>WORD', N counting the lines from 1, sorted. What the terminal
# showed goes to standard error, for a failing test to print. Gives up on a line after 20
# seconds.
zmodload zsh/zpty || exit 3
local dir=$1 line number=0 rest
shift
zpty z TERM=xterm zsh -f -i
zpty -w z "PS1='<pro''mpt>' RPROMPT='' fpath=($dir \$fpath); autoload -U compinit; compinit -u -D; zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; zstyle ':completion:*' menu no; compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __hits; builtin compadd -A __hits \"\$@\"; local h; for h in \$__hits; do print -r -- \"<hit>\$h</hit>\"; done; builtin compadd \"\$@\" }; bindkey '^I' complete-word; "
local -a hits raw
for input in "$@"; do
  (( number++ ))
  # Type only once the prompt shows: zle starts by switching the terminal to raw mode, which
  # throws away anything typed before it.
  zpty -r z line '*<prompt>*' || exit 3
  raw+=("$line")
  zpty -w -n z "$input"$'\t'
  zpty -w z $'\C-u'"print DO''NE$number"
  local deadline=$(( SECONDS + 20 )) done=0
  while (( SECONDS < deadline )); do
    zpty -rt z line || { sleep 0.05; continue }
    raw+=("$line")
    [[ $line == *DONE$number* ]] && { done=1; break }
    while [[ $line == *'<hit>'*'</hit>'* ]]; do
      rest=${line#*<hit>}
      hits+=("$number"$'\t'"${rest%%</hit>*}")
      line=${rest#*</hit>}
    done
  done
  if (( ! done )); then
    print -rl -- "${(@)raw//$'\e'/^[}" >&2
    print -u2 "gave up waiting for the completion of '$input'"
    exit 2
  fi
done
zpty -d z
print -rl -- ${(ou)hits}
print -rl -- "${(@)raw//$'\e'/^[}" >&2
