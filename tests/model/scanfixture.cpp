#include "tests/model/scanfixture.h"

#include "model/scan/scanplaces.h"
#include "net/tokenfingerprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace latchkey::test {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

int characters(QByteArrayView text)
{
    return int(QString::fromUtf8(text).toUcs4().size());
}

} // namespace

const QByteArray ScanFixture::Active =
    "pat_" + QByteArray("Act1veTokenF0rTheScanTest").leftJustified(32, '0');
const QByteArray ScanFixture::Expired =
    "pat_" + QByteArray("Exp1redTokenF0rTheScanTest").leftJustified(32, '0');
const QByteArray ScanFixture::Revoked =
    "pat_" + QByteArray("Rev0kedTokenF0rTheScanTest").leftJustified(32, '0');
const QByteArray ScanFixture::UnknownPat =
    "pat_" + QByteArray("Unkn0wnTokenF0rTheScanTest").leftJustified(32, '0');
const QByteArray ScanFixture::GitHub = "ghp_" + QByteArray(36, 'G');
const QByteArray ScanFixture::GitHubOAuth = "gho_" + QByteArray(18, 'h') + QByteArray(18, '7');
const QByteArray ScanFixture::Npm = "npm_" + QByteArray(36, 'n');
const QByteArray ScanFixture::PyPi = "pypi-AgEIcHlwaS5vcmcCJGE0ZjQ5";
const QByteArray ScanFixture::Jwt = base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                                    base64Url(R"({"sub":"kube"})") + '.' +
                                    base64Url("not a real signature, 32 bytes!!");

ScanFixture::ScanFixture()
{
    if (!m_root.isValid())
        return;
    QDir().mkpath(home());
    bool ok = true;
    // Credential files.
    ok &= write(u".netrc"_s, {"machine logto.example.com", "  login ada", "  password " + Active});
    ok &= write(u".npmrc"_s, {"//registry.npmjs.org/:_authToken=" + Npm});
    ok &= write(u".pypirc"_s,
                {"[pypi]", "  username = __token__", "  password = " + PyPi + "  # upload"});
    ok &= write(u".git-credentials"_s, {"https://ada:" + GitHub + "@github.com"});
    ok &= write(u".docker/config.json"_s,
                {"{", R"(  "auths": {"ghcr.io": {"identitytoken": ")" + Revoked + R"("}})", "}"});
    ok &= write(u".kube/config"_s, {"users:", "- name: ada", "  user:", "    token: " + Jwt});
    ok &= write(u".config/gh/hosts.yml"_s,
                {"github.com:", "    user: ada", "    oauth_token: " + GitHubOAuth});
    // Shells.
    ok &= write(u".bashrc"_s,
                {"# ~/.bashrc", "export PATH=$HOME/bin:$PATH", "export LOGTO_PAT=" + Active});
    ok &= write(u".zshrc"_s, {"# café ☕ and an old token: " + Expired});
    ok &= write(u".profile"_s, {"# nothing here but words: pat_ pattern pat_short"});
    QList<QByteArray> history;
    for (int i = 0; i < 60000; ++i)
        history.append("git commit -m 'change number " + QByteArray::number(i) + "'");
    m_historyLine = 45678;
    history[m_historyLine - 1] = "curl -H \"Authorization: Bearer " + Active + "\" https://api";
    ok &= write(u".bash_history"_s, history);
    ok &= write(u".zsh_history"_s, {": 1700000000:0;ls", ": 1700000001:0;export T=" + Revoked});
    ok &= write(u".local/share/fish/fish_history"_s,
                {"- cmd: export TOKEN=" + UnknownPat, "  when: 1700000002"});
    // A project root.
    ok &= write(u"proj/.env"_s,
                {"# settings", "APP=demo", "", "PORT=8080", "DEBUG=0", "", "LOGTO_PAT=" + Active});
    ok &= write(u"proj/.env.local"_s, {"GITHUB_TOKEN=" + GitHub});
    ok &= write(u"proj/.git/config"_s,
                {"[remote \"origin\"]", "\turl = https://x:" + GitHub + "@github.com/a/b"});
    // Git's object store is not read, even where a copy sits in it.
    ok &= write(u"proj/.git/objects/ab/cdef0123"_s, {"blob " + Active}, false);
    ok &= write(u"proj/.git/lfs/objects/ff/ffff"_s, {Active}, false);
    // A binary file and one over the limit hold copies that are not looked at.
    QByteArray binary("\x7f"
                      "ELF\x02\x01\x01",
                      7);
    binary += QByteArray(64, '\0') + Active + QByteArray(16, '\0');
    QFile bin(project() + u"/tool.bin"_s);
    ok &= bin.open(QIODevice::WriteOnly) && bin.write(binary) == binary.size();
    bin.close();
    QFile big(project() + u"/big.log"_s);
    ok &= big.open(QIODevice::WriteOnly);
    QByteArray line = "log line with " + Active + "\n";
    for (qint64 written = 0; written <= 8 * 1024 * 1024; written += line.size())
        big.write(line);
    big.close();
    // A link loop inside the root, and a link out of it to a file with a token.
    QDir().mkpath(project() + u"/sub/deeper"_s);
    ok &= QFile::link(project(), project() + u"/sub/deeper/loop"_s);
    ok &= QFile::link(u"../.."_s, project() + u"/sub/up"_s);
    ok &= QFile::link(project() + u"/sub/self"_s, project() + u"/sub/self"_s);
    QDir().mkpath(elsewhere());
    QFile outside(elsewhere() + u"/secret.txt"_s);
    ok &= outside.open(QIODevice::WriteOnly) && outside.write(Active + '\n') > 0;
    outside.close();
    ok &= QFile::link(elsewhere() + u"/secret.txt"_s, project() + u"/outside.txt"_s);
    // A link inside the root to a file inside it is read once, under its first path.
    ok &= QFile::link(project() + u"/.env"_s, project() + u"/sub/env-link"_s);
    m_valid = ok;
}

QStringList ScanFixture::places() const
{
    return ScanPlaces::expand(ScanPlaces::defaults() + QStringList{project()}, home());
}

QList<ScanToken> ScanFixture::tokens() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ScanToken active;
    active.fingerprint = TokenFingerprint::of(Active);
    active.name = u"ci-deploy"_s;
    active.connection = u"work"_s;
    ScanToken expired = active;
    expired.fingerprint = TokenFingerprint::of(Expired);
    expired.name = u"old-laptop"_s;
    expired.expiresAt = now.addDays(-1);
    ScanToken revoked = active;
    revoked.fingerprint = TokenFingerprint::of(Revoked);
    revoked.name = u"registry"_s;
    revoked.retiredAt = now.addDays(-3);
    revoked.source = ScanToken::Source::Retired;
    return {active, expired, revoked};
}

bool ScanFixture::write(const QString &relative, const QList<QByteArray> &lines, bool report)
{
    const QString path = home() + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QList<QPair<QByteArray, QString>> values{
        {Active, u"active"_s},      {Expired, u"expired"_s}, {Revoked, u"revoked"_s},
        {UnknownPat, u"unknown"_s}, {GitHub, u"unknown"_s},  {GitHubOAuth, u"unknown"_s},
        {Npm, u"unknown"_s},        {PyPi, u"unknown"_s},    {Jwt, u"unknown"_s}};
    for (int i = 0; i < lines.size(); ++i) {
        file.write(lines[i] + '\n');
        if (!report)
            continue;
        for (const auto &[value, state] : values) {
            const qsizetype at = lines[i].indexOf(value);
            if (at >= 0)
                m_expected.append({path, i + 1, characters(lines[i].first(at)) + 1,
                                   TokenFingerprint::of(value), state});
        }
    }
    return true;
}

} // namespace latchkey::test
