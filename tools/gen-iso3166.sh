#!/bin/sh
# Generates tocsin's country dictionary (docs/dictionaries.md, `country` lines)
# from Debian's iso-codes JSON: alpha-3 code, name, official name, common name.
# The JSON is one field per line, so a small awk program reads it without a JSON library.
set -eu
src=${1:-/usr/share/iso-codes/json/iso_3166-1.json}
[ -r "$src" ] || { echo "gen-iso3166: cannot read $src (apt-get install iso-codes)" >&2; exit 1; }
echo "# Generated from $src (Debian iso-codes) by tools/gen-iso3166.sh; do not edit."
awk '
  function flush() {
    # "Congo" alone is the DR Congo in news copy (Reuters, AP): ISO gives the
    # bare name to the Republic of the Congo, which keeps its full name here;
    # dict/actors/countries.txt gives "Congo" to COD
    if (a3 == "COG" && name == "Congo") name = off
    if (a3 != "") {
      line = "country " a3 " | " name
      if (off != "" && off != name) line = line " | " off
      if (com != "" && com != name) line = line " | " com
      print line
    }
    a3 = ""; name = ""; off = ""; com = ""
  }
  /"alpha_3"/       { flush(); v=$0; sub(/.*"alpha_3": *"/, "", v); sub(/".*/, "", v); a3 = v }
  /"name"/          { v=$0; sub(/.*"name": *"/, "", v); sub(/",? *$/, "", v); name = v }
  /"official_name"/ { v=$0; sub(/.*"official_name": *"/, "", v); sub(/",? *$/, "", v); off = v }
  /"common_name"/   { v=$0; sub(/.*"common_name": *"/, "", v); sub(/",? *$/, "", v); com = v }
  END { flush() }
' "$src" | sed 's/\\"/"/g'
