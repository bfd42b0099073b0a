# Usage: zsh -f capture.zsh FOLDER 'COMMAND LINE'
# Starts an interactive zsh on a pseudo-terminal with the completion function in FOLDER on
# $fpath, types the line and a tab, and prints, one per line and sorted, the words the
# completion system offers (caught by wrapping compadd); gives up after 20 seconds.
zmodload zsh/zpty || exit 3
local dir=$1 input=$2
zpty z TERM=xterm zsh -f -i
zpty -w z "PS1='' PROMPT='' RPROMPT='' fpath=($dir \$fpath); autoload -U compinit; compinit -u -D; zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; zstyle ':completion:*' menu no; compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __hits; builtin compadd -A __hits \"\$@\"; local h; for h in \$__hits; do print -r -- \"<hit>\$h</hit>\"; done; builtin compadd \"\$@\" }; bindkey '^I' complete-word; print RE''ADY"
local line deadline=$(( SECONDS + 20 ))
while (( SECONDS < deadline )); do
  zpty -rt z line || { sleep 0.05; continue }
  [[ $line == *READY* ]] && break
done
zpty -w -n z "$input"$'\t'
zpty -w z $'\C-u'"print DO''NE"
local -a hits
while (( SECONDS < deadline )); do
  zpty -rt z line || { sleep 0.05; continue }
  [[ $line == *DONE* ]] && break
  while [[ $line == *'<hit>'*'</hit>'* ]]; do
    local rest=${line#*<hit>}
    hits+=("${rest%%</hit>*}")
    line=${rest#*</hit>}
  done
done
zpty -d z
print -rl -- ${(ou)hits}
