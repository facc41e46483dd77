#!/usr/bin/env bash
# The speed benchmark of issue 5: times, side by side in one run, Maven's own floor (`mvn validate`),
# the goal skipped (`-Dtwelvefactor.skip=true`: what any plugin goal costs before it works), the
# audit cold (no cache), warm (nothing changed), after one file changed, and PMD with a two-rule
# ruleset, on a generated tree of about 8,000 Java files (or on a tree you name); prints medians,
# spreads, ratios, files scanned and parsed, peak memory, and the goal's own time inside the reactor
# (Maven's log clock, in separate runs: without JVM start-up and Maven's boot, and most of a shared
# machine's noise); and checks that every run reports the same findings. Not a test: the figures are
# for reading, on an otherwise idle machine.
#
#   bench/run.sh [--files N] [--runs R] [--tree DIR] [--scaling] [--no-pmd] [--no-install] [--work DIR]
#
#   --files N     Java files of the generated tree (default 8000)
#   --runs R      timed runs of each command (default 5); rounds interleave the commands, so that
#                 a noisy neighbour slows all of them alike
#   --tree DIR    audit this Maven project instead of a generated one (it is copied first: the
#                 benchmark never writes into it; PMD is then skipped, as its ruleset lives in the
#                 generated pom)
#   --scaling     also generate a tree twice the size and compare audit time beyond Maven's start
#   --no-pmd      skip PMD
#   --no-install  use the plugin already in ~/.m2 instead of installing this checkout first
#   --work DIR    where the generated trees and logs go (default target/bench, which mvn clean removes)
set -euo pipefail

files=8000
runs=5
tree=""
scaling=false
pmd=true
install=true
work_arg=""
while [ $# -gt 0 ]; do
    case "$1" in
        --files) files="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --tree) tree="$2"; shift 2 ;;
        --scaling) scaling=true; shift ;;
        --no-pmd) pmd=false; shift ;;
        --no-install) install=false; shift ;;
        --work) work_arg="$2"; shift 2 ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
case "$files$runs" in *[!0-9]*) echo "bench: --files and --runs take whole numbers" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] || { echo "bench: --runs must be at least 1" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (Debian package 'time')" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "${work_arg:-$repo/target/bench}"
work=$(cd "${work_arg:-$repo/target/bench}" && pwd)
version=$(sed -n '/<artifactId>twelvefactor-maven-plugin<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' "$repo/pom.xml")
plugin="io.github.twelvefactor:twelvefactor-maven-plugin:$version"
mvn=(mvn -B -ntp)
# Separate runs whose log lines carry their time, to read the goal's own time inside the reactor (the
# timed runs stay without it: formatting the times costs every run a little)
clock=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

if $install; then
    echo "bench: installing the plugin $version from $repo"
    (cd "$repo" && "${mvn[@]}" -q install -DskipTests -DskipITs) >"$work/install.log" 2>&1 \
        || { cat "$work/install.log"; echo "bench: install failed" >&2; exit 1; }
fi

# A tree to measure: generated (reproducible) and committed to git, as a real checkout would be.
make_tree() { # size dir
    local size="$1" dir="$2"
    if [ ! -f "$dir/.bench-complete" ]; then
        rm -rf "$dir"
        java "$repo/bench/Generate.java" "$dir" "$size" 8 12
        (cd "$dir" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm tree)
        touch "$dir/.bench-complete"
        echo ".bench-complete" >>"$dir/.git/info/exclude"
    fi
}

clear_cache() { # dir: the audit's output folders, cache included; nothing else
    find "$1" -path '*/target/twelvefactor' -prune -exec rm -rf {} +
}

# Runs one command, appends "seconds peakKiB" to $work/times.<label>; the build log goes to $work/<label>.log.
timed() { # label dir args...
    local label="$1" dir="$2"; shift 2
    (cd "$dir" && /usr/bin/time -f '%e %M' -o "$work/last.time" "$@") >"$work/$label.log" 2>&1 \
        || { tail -40 "$work/$label.log"; echo "bench: '$*' failed in $dir (log: $work/$label.log)" >&2; exit 1; }
    cat "$work/last.time" >>"$work/times.$label"
}

# Runs one command with Maven's log clock on; appends the goal's seconds inside the reactor to $work/inside.<label>.
clocked() { # label dir args...
    local label="$1" dir="$2"; shift 2
    (cd "$dir" && "$@" "${clock[@]}") >"$work/clock-$label.log" 2>&1 \
        || { tail -40 "$work/clock-$label.log"; echo "bench: '$*' failed in $dir" >&2; exit 1; }
    inside "$work/clock-$label.log" >>"$work/inside.$label"
}

# The goal's own time in the reactor, by Maven's log clock: from its first module's "--- twelvefactor"
# line to "BUILD SUCCESS" (nothing when the goal did not run). JVM start-up, Maven's boot and the
# reading of the poms are left out, and with them most of a shared machine's noise.
inside() { # log
    awk '/^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9] / {
            split(substr($1, 1, 8), h, ":"); t = h[1] * 3600 + h[2] * 60 + h[3] + substr($1, 10, 3) / 1000
            if (start == "" && /--- twelvefactor-maven-plugin:/) start = t
            if (start != "" && /BUILD SUCCESS/) { d = t - start; if (d < 0) d += 86400; printf "%.3f 0\n", d; exit }
        }' "$1"
}

# the default reports (console, SARIF, HTML), exactly as `mvn twelvefactor:audit` writes them; the SARIF
# files, which hold every finding and no timing, are what the runs' findings are compared by
audit=("${mvn[@]}" "$plugin:audit" -Dtwelvefactor.failOnSeverity=none)
validate=("${mvn[@]}" validate)
# Maven's floor for any plugin goal: resolve the plugin, build its class realm, configure it in every module
skipped=("${mvn[@]}" "$plugin:audit" -Dtwelvefactor.skip=true)
pmdrun=("${mvn[@]}" org.apache.maven.plugins:maven-pmd-plugin:3.28.0:pmd)

# The findings of a run, as one digest: every module's SARIF (findings, file issues, no timing).
findings_digest() { # dir
    find "$1" -path '*/target/twelvefactor/twelvefactor.sarif' | sort | while read -r f; do
        echo "${f#"$1"/}"; cat "$f"
    done | sha256sum | cut -c1-16
}

# Sums the plugin's per-module "N files read, P parsed as Java, C from the cache" lines of a build log.
scan_figures() { # log
    awk '/twelvefactor: [0-9]+ files read, /{
            for (i = 1; i <= NF; i++) {
                if ($i == "files" && $(i+1) ~ /^read/) s += $(i-1)
                if ($i ~ /^parsed/) p += $(i-1)
                if ($i == "from" && $(i+1) == "the" && $(i+2) ~ /^cache/) c += $(i-1)
            }
        } END { printf "%d read, %d parsed as Java, %d from the cache", s, p, c }' "$1"
}

stats() { # label [file prefix, default times] -> "median min max peakKiB"
    sort -n "$work/${2:-times}.$1" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
        END { med = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f %d", med, t[1], t[NR], m }'
}

measure() { # dir: fills times.* for validate, cold, warm, changed (and pmd)
    local dir="$1" changed
    rm -f "$work"/times.* "$work"/inside.*
    changed=$(cd "$dir" && git ls-files '*.java' | sed -n '100p')
    [ -n "$changed" ] || changed=$(cd "$dir" && find . -name '*.java' -not -path '*/target/*' | sort | sed -n '1p')
    echo "bench: warm-up (not timed): resolves plugins, fills the OS file cache"
    timed warmup "$dir" "${validate[@]}"
    clear_cache "$dir"; timed warmup "$dir" "${audit[@]}"
    if $pmd; then timed warmup "$dir" "${pmdrun[@]}"; fi
    rm -f "$work"/times.* "$work"/inside.*
    local cold_digest="" warm_digest="" changed_digest=""
    for r in $(seq 1 "$runs"); do
        echo "bench: round $r of $runs"
        timed validate "$dir" "${validate[@]}"
        timed skip "$dir" "${skipped[@]}"
        clear_cache "$dir"
        timed cold "$dir" "${audit[@]}"
        cold_digest=$(findings_digest "$dir")
        timed warm "$dir" "${audit[@]}"
        warm_digest=$(findings_digest "$dir")
        # a change that keeps every finding: the changed file's results must be recomputed, not reused
        printf '// bench round %s\n' "$r" >>"$dir/$changed"
        timed changed "$dir" "${audit[@]}"
        changed_digest=$(findings_digest "$dir")
        if $pmd; then timed pmd "$dir" "${pmdrun[@]}"; fi
        clocked skip "$dir" "${skipped[@]}"
        clear_cache "$dir"
        clocked cold "$dir" "${audit[@]}"
        clocked warm "$dir" "${audit[@]}"
        if [ "$cold_digest" != "$warm_digest" ] || [ "$cold_digest" != "$changed_digest" ]; then
            echo "bench: FINDINGS DIFFER: cold $cold_digest, warm $warm_digest, changed $changed_digest" >&2
            exit 1
        fi
    done
    (cd "$dir" && git checkout -q -- "$changed")
    echo "$cold_digest" >"$work/digest"
}

report() { # dir
    local v c w ch p
    v=$(stats validate); c=$(stats cold); w=$(stats warm); ch=$(stats changed)
    printf '\n%-28s %8s %8s %8s %10s\n' "command ($runs runs)" median min max "peak RSS"
    for l in validate skip cold warm changed pmd; do
        [ -f "$work/times.$l" ] || continue
        read -r med lo hi rss <<<"$(stats $l)"
        case $l in
            validate) name="mvn validate" ;; skip) name="audit, skip=true" ;; cold) name="audit, cold (no cache)" ;;
            warm) name="audit, warm (no change)" ;;
            changed) name="audit, one file changed" ;; pmd) name="pmd:pmd, 2 rules" ;;
        esac
        printf '%-28s %7.2fs %7.2fs %7.2fs %7d MiB\n' "$name" "$med" "$lo" "$hi" $((rss / 1024))
    done
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
    echo
    echo "cold / validate     = $(ratio "${c%% *}" "${v%% *}")   (goal <= 2.0)"
    echo "warm / validate     = $(ratio "${w%% *}" "${v%% *}")   (goal <= 1.2)"
    echo "changed / validate  = $(ratio "${ch%% *}" "${v%% *}")"
    echo "skip / validate     = $(ratio "$(stats skip | cut -d' ' -f1)" "${v%% *}")   (any plugin goal's cost before it works)"
    if [ -f "$work/times.pmd" ]; then
        p=$(stats pmd)
        echo "cold / pmd          = $(ratio "${c%% *}" "${p%% *}")   (goal <= 0.25)"
    fi
    local in_skip in_cold in_warm
    in_skip=$(stats skip inside | cut -d' ' -f1); in_cold=$(stats cold inside | cut -d' ' -f1)
    in_warm=$(stats warm inside | cut -d' ' -f1)
    minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
    echo "inside the reactor  : the goal's own time by Maven's log clock, separate runs (medians): skipped ${in_skip}s,"
    echo "                      cold ${in_cold}s, warm ${in_warm}s; beyond the skipped goal: cold $(minus "$in_cold" "$in_skip")s, warm $(minus "$in_warm" "$in_skip")s"
    echo "files, cold run     : $(scan_figures "$work/cold.log")"
    echo "files, warm run     : $(scan_figures "$work/warm.log")"
    echo "files, changed run  : $(scan_figures "$work/changed.log")"
    local heap
    heap=$(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%d", $4 / 1048576 }')
    echo "Maven's default max heap here: $heap MiB; peak RSS of the cold audit: $(( ${c##* } / 1024 )) MiB (whole JVM)"
    echo "findings: identical in cold, warm and changed runs (digest $(cat "$work/digest"))"
}

if [ -n "$tree" ]; then
    [ -f "$tree/pom.xml" ] || { echo "bench: $tree has no pom.xml" >&2; exit 2; }
    dir="$work/tree-copy"
    rm -rf "$dir"; cp -a "$tree" "$dir"
    if [ ! -d "$dir/.git" ]; then
        (cd "$dir" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm tree)
    fi
    pmd=false
    echo "bench: auditing a copy of $tree (PMD skipped: its ruleset is set in the generated tree's pom)"
else
    dir="$work/tree-$files"
    make_tree "$files" "$dir"
fi
echo "bench: $(cd "$dir" && git ls-files | wc -l) files, $(cd "$dir" && git ls-files '*.java' | wc -l) Java files, $(du -sh --exclude=.git "$dir" | cut -f1) in $dir"
measure "$dir"
report "$dir"

# The same findings with -T 2 (a reactor audited in parallel).
clear_cache "$dir"
timed parallel "$dir" "${audit[@]}" -T 2
if [ "$(findings_digest "$dir")" != "$(cat "$work/digest")" ]; then
    echo "bench: FINDINGS DIFFER between -T 2 and a serial run" >&2
    exit 1
fi
echo "findings: identical with -T 2"

if $scaling && [ -z "$tree" ]; then
    double=$((files * 2))
    dir2="$work/tree-$double"
    make_tree "$double" "$dir2"
    # time beyond Maven's start: cold audit minus validate, medians of interleaved runs on each tree
    rm -f "$work"/times.*
    for r in $(seq 1 "$runs"); do
        for d in "$dir" "$dir2"; do
            n=$(basename "$d")
            timed "v-$n" "$d" "${validate[@]}"
            clear_cache "$d"
            timed "a-$n" "$d" "${audit[@]}"
        done
    done
    beyond() { awk -v a="$(stats "a-$1" | cut -d' ' -f1)" -v v="$(stats "v-$1" | cut -d' ' -f1)" 'BEGIN { printf "%.2f", a - v }'; }
    b1=$(beyond "$(basename "$dir")"); b2=$(beyond "$(basename "$dir2")")
    echo
    echo "scaling: audit beyond validate: $files files ${b1}s, $double files ${b2}s, ratio $(awk -v a="$b2" -v b="$b1" 'BEGIN { printf "%.2f", a / b }')   (goal <= 2.2)"
fi
