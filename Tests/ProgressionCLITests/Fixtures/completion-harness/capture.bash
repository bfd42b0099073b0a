# Usage: bash --norc capture.bash SCRIPT 'COMMAND LINE'
# Loads the completion script and prints, one per line and sorted, what its function offers
# for the last word of the line. The line is split into COMP_WORDS as bash splits it: at
# spaces, and around '='.
source "$1" || exit 3
line=$2
words=()
read -ra words <<<"${line//=/ = }"
[[ -z $line || $line == *' ' ]] && words+=("")
COMP_WORDS=("${words[@]}")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$line
COMP_POINT=${#line}
COMPREPLY=()
complete -p progression >/dev/null || exit 4
_progression
((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | sort -u
exit 0
