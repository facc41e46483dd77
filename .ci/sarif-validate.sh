#!/usr/bin/env bash
# Validates SARIF files the way GitHub code scanning will judge them, with nothing but the npm
# registry needed to install the tools:
#   1. Microsoft's SARIF validator: Sarif.Multitool validate --rule-kind "Gh;Sarif" (the SARIF
#      spec's rules plus GitHub's ingestion rules);
#   2. the SARIF 2.1.0 JSON schema that ships inside the same package, checked with Ajv, because
#      the Multitool says nothing at all about a file it cannot deserialise (e.g. a bad enum value
#      such as "level": "bogus") and exits 0 even when it reports errors.
# Prints every error and warning; exits 1 when any file has an error, 2 on a usage or setup fault.
#
# Usage: .ci/sarif-validate.sh [--install] [FILE...]
#   --install        install the tools (if missing) even when no FILE is given, e.g. before tests.
# Environment:
#   SARIF_TOOL_HOME  where the tools are installed (default: target/sarif-tool of this repository)
#   SARIF_MULTITOOL  an existing Sarif.Multitool executable to use instead of the installed one
set -euo pipefail

MULTITOOL_VERSION=5.7.0
AJV_VERSION=8.20.0
AJV_FORMATS_VERSION=3.0.1

repo=$(cd "$(dirname "$0")/.." && pwd)
home=${SARIF_TOOL_HOME:-$repo/target/sarif-tool}
case "$(uname -s)" in
  Linux*) platform=linux; exe_name=Sarif.Multitool ;;
  Darwin*) platform=darwin; exe_name=Sarif.Multitool ;;
  *) platform=win32; exe_name=Sarif.Multitool.exe ;;
esac
package_dir=$home/node_modules/@microsoft/sarif-multitool-$platform
multitool=${SARIF_MULTITOOL:-$package_dir/$exe_name}
# .NET refuses to start without ICU unless told to use invariant globalisation.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

install=false
files=()
for arg in "$@"; do
  case "$arg" in
    --install) install=true ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "sarif-validate: unknown option $arg" >&2; exit 2 ;;
    *) files+=("$arg") ;;
  esac
done
if [[ ${#files[@]} -eq 0 && $install == false ]]; then
  echo "usage: $0 [--install] FILE..." >&2
  exit 2
fi

if [[ ! -f $package_dir/sarif-2.1.0.json || ! -d $home/node_modules/ajv-formats \
      || ( -z ${SARIF_MULTITOOL:-} && ! -x $multitool ) ]]; then
  command -v npm >/dev/null || { echo "sarif-validate: npm is needed to install the validator" >&2; exit 2; }
  echo "sarif-validate: installing @microsoft/sarif-multitool@$MULTITOOL_VERSION and ajv into $home"
  mkdir -p "$home"
  npm install --prefix "$home" --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION" "ajv@$AJV_VERSION" "ajv-formats@$AJV_FORMATS_VERSION"
  # The package's own postinstall (chmod u+x) may be blocked by npm's script policy.
  [[ -f $package_dir/$exe_name ]] && chmod u+x "$package_dir/$exe_name"
fi
[[ -x $multitool ]] || { echo "sarif-validate: $multitool is missing or not executable" >&2; exit 2; }
[[ ${#files[@]} -eq 0 ]] && { echo "sarif-validate: validator ready at $multitool"; exit 0; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for file in "${files[@]}"; do
  [[ -f $file ]] || { echo "sarif-validate: no such file: $file" >&2; failed=1; continue; }
  echo "== $file"
  log=$work/validation.sarif
  rm -f "$log"
  # Lists of one value are refused by its option parser ("ForceOverwrite" alone is a "bad format").
  "$multitool" validate --rule-kind "Gh;Sarif" --log "ForceOverwrite;PrettyPrint" -o "$log" "$file" \
    > "$work/console.txt" 2>&1 || true
  if [[ ! -f $log ]]; then
    cat "$work/console.txt"
    echo "sarif-validate: the validator wrote no log for $file" >&2
    failed=1
    continue
  fi
  NODE_PATH=$home/node_modules node - "$log" "$file" "$package_dir/sarif-2.1.0.json" <<'JS' || failed=1
const fs = require('fs');
const [log, file, schemaFile] = process.argv.slice(2);
let errors = 0;
const report = (level, id, text) => {
  if (level === 'error') errors++;
  if (level === 'error' || level === 'warning') console.log(`${level} ${id}: ${text}`);
};
for (const run of JSON.parse(fs.readFileSync(log, 'utf8')).runs || []) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  for (const r of run.results || []) {
    const rule = rules[r.ruleIndex] || rules.find(x => x.id === r.ruleId) || {};
    const level = r.level || (rule.defaultConfiguration && rule.defaultConfiguration.level) || 'warning';
    let text = r.message.text;
    if (text === undefined) {
      text = ((rule.messageStrings || {})[r.message.id] || {}).text || r.message.id;
      (r.message.arguments || []).forEach((a, i) => { text = text.split(`{${i}}`).join(a); });
    }
    report(level, r.ruleId, text);
  }
  for (const inv of run.invocations || []) {
    if (inv.executionSuccessful === false) report('error', 'multitool', 'execution was not successful');
    for (const n of inv.toolExecutionNotifications || []) report(n.level || 'warning', 'multitool', n.message.text);
  }
}
// The schema check the Multitool skips when it cannot deserialise the file.
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
let doc;
try {
  doc = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  report('error', 'schema', `not JSON: ${e.message}`);
}
if (doc !== undefined && !validate(doc)) {
  for (const e of validate.errors) report('error', 'schema', `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}
console.log(`${file}: ${errors} error(s)`);
process.exit(errors ? 1 : 0);
JS
done
exit $failed
