#!/usr/bin/env bash
# Builds the Debian packages and the tarballs of an already built tree with
# CPack, unpacks them and checks what a user would get: the files, the control
# fields, the executables' versions and the desktop metadata of "latchkey", and
# of "latchkey-gateway" its own files, dependencies, man page and systemd unit.
#
# usage: check-package.sh CPACK BUILD_DIR SOURCE_DIR VERSION APP_ID
#
# CPack writes into a private directory (-B), so this may run in parallel
# with other tests and with a `package` build of the same tree.
set -euo pipefail

cpack=$1 build=$2 source=$3 version=$4 app_id=$5

work=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# --- Build the packages ----------------------------------------------------
if ! "$cpack" -G "DEB;TGZ" --config "$build/CPackConfig.cmake" -B "$work/out" \
    >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the packages" >&2
    exit 1
fi

shopt -s nullglob
debs=("$work"/out/latchkey_*.deb)
tgzs=("$work"/out/latchkey-"$version"-Linux.tar.gz)
gateway_debs=("$work"/out/latchkey-gateway_*.deb)
gateway_tgzs=("$work"/out/latchkey-gateway-"$version"-Linux.tar.gz)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ] || [ ${#gateway_debs[@]} -ne 1 ] \
    || [ ${#gateway_tgzs[@]} -ne 1 ] || [ "$(ls "$work/out" | grep -c '\.deb$')" -ne 2 ]; then
    ls -l "$work/out" >&2
    echo "FAIL: expected latchkey and latchkey-gateway, one .deb and one .tar.gz each" >&2
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "latchkey_${version}_${arch}.deb" ] \
    && pass "package file name $(basename "$deb")" \
    || fail "package file name $(basename "$deb"), want latchkey_${version}_${arch}.deb"
echo "package size: $(stat -c %s "$deb") bytes (.deb), $(stat -c %s "${tgzs[0]}") bytes (.tar.gz)"

# --- Control fields ----------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = latchkey ] && pass "Package" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version $version" \
    || fail "Version is '$(field Version)', project says $version"
[ "$(field Architecture)" = "$arch" ] && pass "Architecture" \
    || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = utils ] && pass "Section utils" || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && pass "Maintainer" || fail "no Maintainer"
[ -n "$(field Homepage)" ] && pass "Homepage" || fail "no Homepage"
[ -n "$(field Description)" ] && pass "Description" || fail "no Description"
depends=$(field Depends)
echo "Depends: $depends"
[ -n "$depends" ] || fail "Depends is empty"
# Only dpkg-shlibdeps puts the Qt libraries there; the hand-written part
# names plugins only. So these prove it ran on the executables.
for lib in libqt6core6 libqt6widgets6 libc6; do
    grep -qE "(^|, )$lib([ ,]|$)" <<<"$depends" && pass "Depends on $lib" \
        || fail "Depends lacks $lib (did dpkg-shlibdeps run?)"
done

# --- Contents ----------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" >"$work/contents.txt"
echo "files in the package:"
(cd "$root" && find . -type f | sed 's|^\./|  /|' | sort)

if awk '{print $2}' "$work/contents.txt" | grep -qv '^root/root$'; then
    fail "files not owned by root/root"
fi
if awk '{print $1}' "$work/contents.txt" | grep -q '^.....w\|^........w'; then
    fail "group- or world-writable files"
fi

for exe in latchkey latchkeyctl latchkey-sandbox; do
    path=$root/usr/bin/$exe
    if [ ! -x "$path" ]; then
        fail "/usr/bin/$exe missing or not executable"
        continue
    fi
    desc=$(file -b "$path")
    case $desc in
        ELF*", stripped"*) pass "/usr/bin/$exe (stripped ELF)" ;;
        *) fail "/usr/bin/$exe is not a stripped ELF executable: $desc" ;;
    esac
done

share=$root/usr/share
expect_file() {
    [ -f "$share/$1" ] && pass "/usr/share/$1" || fail "/usr/share/$1 missing"
}
expect_file "applications/$app_id.desktop"
expect_file "metainfo/$app_id.metainfo.xml"
expect_file "icons/hicolor/scalable/apps/$app_id.svg"
expect_file "man/man1/latchkeyctl.1.gz"
for size in 16 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -f "$png" ]; then
        fail "hicolor ${size}x${size} icon missing"
        continue
    fi
    desc=$(file -b "$png")
    case $desc in
        "PNG image data, $size x $size, 8-bit/color RGBA"*) pass "hicolor ${size}x${size} icon" ;;
        *) fail "hicolor ${size}x${size} icon is: $desc" ;;
    esac
done

# Translations: every .ts of the tree must reach the user, either embedded in
# the desktop app (rcc stores resource names as UTF-16BE, hence strings -e b)
# or installed under /usr/share/latchkey/translations.
shopt -s nullglob
ts_files=("$source"/translations/*.ts)
shopt -u nullglob
if [ ${#ts_files[@]} -eq 0 ]; then
    fail "translations/ holds no .ts file"
else
    embedded=""
    [ -x "$root/usr/bin/latchkey" ] && embedded=$(strings -e b "$root/usr/bin/latchkey")
    for ts in "${ts_files[@]}"; do
        qm=$(basename "${ts%.ts}").qm
        if grep -qxF "$qm" <<<"$embedded"; then
            pass "translation $qm embedded in latchkey"
        elif [ -s "$share/latchkey/translations/$qm" ]; then
            pass "translation /usr/share/latchkey/translations/$qm"
        else
            fail "translation $qm is neither embedded in latchkey nor installed"
        fi
    done
fi

# --- Man page ------------------------------------------------------------------
man_gz=$share/man/man1/latchkeyctl.1.gz
if [ -f "$man_gz" ]; then
    gzip -t "$man_gz" && pass "man page is valid gzip" || fail "man page is not valid gzip"
    page=$(gzip -dc "$man_gz")
    grep -q "\"Latchkey $version\"" <<<"$page" && pass "man page carries version $version" \
        || fail "man page footer lacks 'Latchkey $version'"
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT FILES SECURITY; do
        grep -qx "\.SH \"\?$section\"\?" <<<"$page" || fail "man page lacks section $section"
    done
    warnings=$(gzip -dc "$man_gz" | LC_ALL=C.UTF-8 groff -man -ww -z 2>&1 || true)
    [ -z "$warnings" ] && pass "man page renders without groff warnings" \
        || fail "groff warnings: $warnings"
fi

# --- The man page documents every option latchkeyctl knows ------------------------
ctl=$root/usr/bin/latchkeyctl
if [ -x "$ctl" ] && [ -f "$man_gz" ]; then
    help=$(QT_QPA_PLATFORM=offscreen timeout 30 "$ctl" --help 2>/dev/null || true)
    options=$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u | grep -vx -- '--help-all' || true)
    [ -n "$options" ] || fail "latchkeyctl --help lists no options"
    for option in $options; do
        # troff spells every hyphen of an option as \-.
        grep -qF -- "${option//-/\\-}" <<<"$page" && pass "man page documents $option" \
            || fail "latchkeyctl has $option, the man page does not document it"
    done
    # The commands, from the help's "command" argument ("profiles add|list|remove,
    # users, ..."), against the man page's command entries.
    listed=$(sed -n '/^Arguments:/,$p' <<<"$help" | tr -s ' \n' ' ' | sed 's/^Arguments: command //')
    help_commands=$(tr ',' '\n' <<<"$listed" | while read -r group rest; do
        if [ -n "$rest" ]; then
            tr '|' '\n' <<<"$rest" | sed "s/^/$group /"
        else
            echo "$group"
        fi
    done | sed '/^$/d' | sort)
    # A command entry is the line after a .TP: its leading lowercase words.
    man_commands=$(sed -n '/^\.SH COMMANDS/,/^\.SH /p' <<<"$page" | awk '
        tp { gsub(/^\.BI? |"/, ""); cmd = ""; n = split($0, w, " ")
             for (i = 1; i <= n && w[i] ~ /^[a-z]+$/; i++) cmd = cmd (cmd == "" ? "" : " ") w[i]
             if (cmd != "") print cmd; tp = 0; next }
        /^\.TP/ { tp = 1 }' | sort -u)
    if [ -z "$help_commands" ]; then
        fail "could not read the commands from latchkeyctl --help"
    elif [ "$help_commands" = "$man_commands" ]; then
        pass "man page documents the commands $(tr '\n' ',' <<<"$help_commands")"
    else
        fail "commands differ (< latchkeyctl --help, > man page): $(diff <(echo "$help_commands") <(echo "$man_commands") | grep '^[<>]' | tr '\n' ' ')"
    fi
fi

# --- Versions ----------------------------------------------------------------
check_version() {
    local exe=$1 out
    [ -x "$root/usr/bin/$exe" ] || return 0 # reported above
    # stdout only: Qt may warn on stderr about the test session's directories.
    if ! out=$(QT_QPA_PLATFORM=offscreen timeout 30 "$root/usr/bin/$exe" --version 2>"$work/stderr"); then
        fail "$exe --version failed: $out $(cat "$work/stderr")"
        return
    fi
    grep -qwF -- "$version" <<<"$out" && pass "$exe --version: $out" \
        || fail "$exe --version printed '$out', project version is $version"
}
check_version latchkeyctl
check_version latchkey
check_version latchkey-sandbox

# --- The installed latchkeyctl inspects a sample token offline ------------------
# Valid and one-character-typo examples from tests/inspector/data/tokens.tsv;
# private XDG folders so that nothing of the caller's is read.
inspect_sample() {
    local token=$1 expected=$2 out status=0
    out=$(printf '%s\n' "$token" | XDG_CONFIG_HOME=$work/xdg/config XDG_DATA_HOME=$work/xdg/data \
        XDG_CACHE_HOME=$work/xdg/cache QT_QPA_PLATFORM=offscreen timeout 30 \
        "$root/usr/bin/latchkeyctl" inspect --json 2>"$work/stderr") || status=$?
    if [ "$status" -eq "$expected" ] && grep -q '"format"' <<<"$out" \
        && grep -q '"id": *"github-classic"' <<<"$out"; then
        pass "installed latchkeyctl inspect exits $expected for a GitHub token"
    else
        fail "installed latchkeyctl inspect exited $status (expected $expected): $out $(cat "$work/stderr")"
    fi
}
if [ -x "$root/usr/bin/latchkeyctl" ]; then
    inspect_sample 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 0
    inspect_sample ghp_2bGqJYr9AIPFyyHxWoAT2zwAlD2blf23bc5i 1
fi

# --- Desktop metadata ----------------------------------------------------------
desktop=$share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
    out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ] \
        && pass "desktop-file-validate" || fail "desktop-file-validate: $out"
    grep -qx "Icon=$app_id" "$desktop" || fail "desktop file does not name icon $app_id"
    grep -qx "Exec=latchkey" "$desktop" || fail "desktop file does not run latchkey"
fi
metainfo=$share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    out=$(appstreamcli validate --no-net "$metainfo" 2>&1) \
        && pass "appstreamcli validate --no-net" || fail "appstreamcli validate: $out"
    grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo has release $version" \
        || fail "metainfo has no <release> for $version"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "metainfo does not launch $app_id.desktop"
    # The screenshot URLs name the published copies of docs/screenshots/.
    for name in $(sed -n 's|.*<image>.*/docs/screenshots/\([^<]*\)</image>.*|\1|p' "$metainfo"); do
        [ -f "$source/docs/screenshots/$name" ] && pass "screenshot $name" \
            || fail "metainfo shows docs/screenshots/$name, which does not exist"
    done
fi

# --- The tarball holds the same files ----------------------------------------------
tar -tzf "${tgzs[0]}" | sed 's|^[^/]*/||' | grep -v '/$' | sort >"$work/tgz.txt"
(cd "$root/usr" && find . -type f | sed 's|^\./||' | sort) >"$work/deb.txt"
if diff -u "$work/deb.txt" "$work/tgz.txt" >"$work/diff.txt"; then
    pass "tarball has the same files as the .deb"
else
    fail "tarball and .deb differ: $(cat "$work/diff.txt")"
fi

[ ! -e "$root/usr/bin/latchkey-gateway" ] && pass "latchkey does not carry the gateway" \
    || fail "latchkey carries /usr/bin/latchkey-gateway (it belongs to latchkey-gateway)"

# --- latchkey-gateway ------------------------------------------------------------------
gdeb=${gateway_debs[0]}
[ "$(basename "$gdeb")" = "latchkey-gateway_${version}_${arch}.deb" ] \
    && pass "package file name $(basename "$gdeb")" \
    || fail "package file name $(basename "$gdeb"), want latchkey-gateway_${version}_${arch}.deb"
gfield() { dpkg-deb -f "$gdeb" "$1"; }
[ "$(gfield Package)" = latchkey-gateway ] && pass "gateway Package" \
    || fail "gateway Package is '$(gfield Package)'"
[ "$(gfield Version)" = "$version" ] && pass "gateway Version $version" \
    || fail "gateway Version is '$(gfield Version)'"
[ "$(gfield Section)" = net ] && pass "gateway Section net" \
    || fail "gateway Section is '$(gfield Section)'"
[ -n "$(gfield Maintainer)" ] && [ -n "$(gfield Description)" ] && pass "gateway Maintainer, Description" \
    || fail "gateway Maintainer or Description missing"
gdepends=$(gfield Depends)
echo "latchkey-gateway Depends: $gdepends"
for lib in libqt6core6 libqt6network6 libqt6httpserver6 libssl3 libc6; do
    grep -qE "(^|, )$lib([ ,]|$)" <<<"$gdepends" && pass "gateway Depends on $lib" \
        || fail "gateway Depends lacks $lib (did dpkg-shlibdeps run?)"
done
# The gateway never links widgets, a GUI or the keychain.
for lib in libqt6widgets6 libqt6gui6 libqt6keychain1 libqt6svg6 qt6-qpa-plugins libqt6sql6; do
    grep -qE "(^|, )$lib([ ,:]|$)" <<<"$gdepends" && fail "gateway Depends on $lib" \
        || pass "gateway does not depend on $lib"
done

groot=$work/gateway-root
dpkg-deb -x "$gdeb" "$groot"
dpkg-deb -c "$gdeb" >"$work/gateway-contents.txt"
echo "files in latchkey-gateway:"
(cd "$groot" && find . -type f | sed 's|^\./|  /|' | sort)
awk '{print $2}' "$work/gateway-contents.txt" | grep -qv '^root/root$' \
    && fail "gateway files not owned by root/root"
awk '{print $1}' "$work/gateway-contents.txt" | grep -q '^.....w\|^........w' \
    && fail "gateway has group- or world-writable files"
expected_gateway_files="/usr/bin/latchkey-gateway
/usr/lib/systemd/system/latchkey-gateway.service
/usr/share/doc/latchkey-gateway/examples/gateway.conf
/usr/share/doc/latchkey-gateway/gateway-api.md
/usr/share/man/man8/latchkey-gateway.8.gz"
actual_gateway_files=$(cd "$groot" && find . -type f | sed 's|^\.||' | sort)
[ "$actual_gateway_files" = "$expected_gateway_files" ] && pass "gateway files are exactly the expected five" \
    || fail "gateway files differ: $(diff <(echo "$expected_gateway_files") <(echo "$actual_gateway_files") | grep '^[<>]' | tr '\n' ' ')"
gexe=$groot/usr/bin/latchkey-gateway
case $(file -b "$gexe") in
    ELF*", stripped"*) pass "/usr/bin/latchkey-gateway (stripped ELF)" ;;
    *) fail "/usr/bin/latchkey-gateway is not a stripped ELF executable" ;;
esac
if out=$(timeout 30 "$gexe" --version 2>"$work/stderr") && grep -qwF -- "$version" <<<"$out"; then
    pass "latchkey-gateway --version: $out"
else
    fail "latchkey-gateway --version printed '$out' $(cat "$work/stderr")"
fi
# It refuses a secret on its command line, without echoing it.
status=0
out=$(timeout 30 "$gexe" --app-secret=s3cr3t-on-argv 2>&1) || status=$?
[ "$status" -eq 2 ] && ! grep -q s3cr3t <<<"$out" && pass "latchkey-gateway refuses --app-secret" \
    || fail "latchkey-gateway --app-secret exited $status: $out"

gman=$groot/usr/share/man/man8/latchkey-gateway.8.gz
if [ -f "$gman" ]; then
    gpage=$(gzip -dc "$gman")
    grep -q "\"Latchkey $version\"" <<<"$gpage" && pass "gateway man page carries version $version" \
        || fail "gateway man page footer lacks 'Latchkey $version'"
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT FILES SIGNALS "EXIT STATUS" SECURITY; do
        grep -qx "\.SH \"\?$section\"\?" <<<"$gpage" || fail "gateway man page lacks section $section"
    done
    warnings=$(gzip -dc "$gman" | LC_ALL=C.UTF-8 groff -man -ww -z 2>&1 || true)
    [ -z "$warnings" ] && pass "gateway man page renders without groff warnings" \
        || fail "gateway man page groff warnings: $warnings"
    ghelp=$(timeout 30 "$gexe" --help 2>/dev/null || true)
    goptions=$(grep -o -- '--[a-z][a-z-]*' <<<"$ghelp" | sort -u || true)
    [ -n "$goptions" ] || fail "latchkey-gateway --help lists no options"
    for option in $goptions; do
        grep -qF -- "${option//-/\\-}" <<<"$gpage" && pass "gateway man page documents $option" \
            || fail "latchkey-gateway has $option, its man page does not document it"
    done
fi

unit=$groot/usr/lib/systemd/system/latchkey-gateway.service
if [ -f "$unit" ]; then
    for setting in DynamicUser=yes ProtectSystem=strict "LoadCredential=secret:" NoNewPrivileges=yes \
        "CapabilityBoundingSet=" "ExecStart=/usr/bin/latchkey-gateway "; do
        grep -q "^$setting" "$unit" && pass "unit has $setting" || fail "unit lacks $setting"
    done
    grep -q -- '--secret-file ${CREDENTIALS_DIRECTORY}/secret' "$unit" \
        && pass "unit passes the secret as a credential" || fail "unit does not read the credential"
fi

# (tests/gateway/tst_gatewayoptions reads the example configuration itself.)
tar -tzf "${gateway_tgzs[0]}" | sed 's|^[^/]*/||' | grep -v '/$' | sort >"$work/gateway-tgz.txt"
(cd "$groot/usr" && find . -type f | sed 's|^\./||' | sort) >"$work/gateway-deb.txt"
diff -u "$work/gateway-deb.txt" "$work/gateway-tgz.txt" >"$work/gateway-diff.txt" \
    && pass "gateway tarball has the same files as its .deb" \
    || fail "gateway tarball and .deb differ: $(cat "$work/gateway-diff.txt")"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
