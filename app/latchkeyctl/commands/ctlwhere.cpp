#include "app/latchkeyctl/commands/ctlwhere.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/keychain/keychainsecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/scan/scanplaces.h"
#include "model/scan/scantokencollector.h"
#include "model/scan/tokenscanner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// A scan that takes longer than this shows its progress on a terminal.
constexpr qint64 kQuietMs = 1000;
} // namespace

void CtlWhere::run(CtlContext &context)
{
    m_context = &context;
    m_clock.start();
    CtlSession &session = context.session();
    auto *secrets = new KeychainSecretStore(KeychainSecretStore::defaultService(), this);
    auto *cache = new TokenCache(secrets, this);
    auto *collector = new ScanTokenCollector(&session.snapshots(), cache, &session.retired(), this);
    QHash<QString, QString> endpoints;
    for (const ConnectionProfile &profile : session.profiles().list())
        endpoints.insert(profile.name, TokenCache::endpointKey(profile.endpoint));
    collector->setConnections(endpoints);
    connect(collector, &ScanTokenCollector::ready, this, &CtlWhere::scan);
    collector->collect(3000);
}

void CtlWhere::scan(const QList<ScanToken> &tokens)
{
    CtlContext &context = *m_context;
    const QString name = context.argument(0);
    const QString profile = context.options().value(u"profile"_s);
    if (!name.isEmpty() && std::none_of(tokens.begin(), tokens.end(), [&](const ScanToken &t) {
            return t.name == name && (profile.isEmpty() || t.connection == profile);
        })) {
        context.fail(profile.isEmpty()
                         ? QCoreApplication::translate(
                               "latchkeyctl",
                               "Latchkey knows no token named \"%1\"; see latchkeyctl tokens.")
                               .arg(name)
                         : QCoreApplication::translate("latchkeyctl",
                                                       "Latchkey knows no token named \"%1\" on "
                                                       "%2; see latchkeyctl tokens.")
                               .arg(name, profile),
                     CtlContext::Usage);
        return;
    }
    TokenScanner::Request request;
    request.tokens = tokens;
    const QString home = QDir::homePath();
    if (context.options().isSet(u"path"_s)) {
        for (const QString &path : context.options().values(u"path"_s))
            request.places.append(
                QDir::cleanPath(QDir::current().absoluteFilePath(ScanPlaces::expand(path, home))));
    } else {
        request.places = ScanPlaces::expand(context.session().appSettings().scanPlaces(), home);
    }
    m_scanner = new TokenScanner(this);
    connect(m_scanner, &TokenScanner::progress, this, [this](const ScanProgress &progress) {
        if (m_clock.elapsed() < kQuietMs || !isatty(STDERR_FILENO))
            return;
        m_progressShown = true;
        const QString line =
            QCoreApplication::translate("latchkeyctl", "Scanning: %1 files, %2 read")
                .arg(progress.filesRead)
                .arg(QLocale().formattedDataSize(progress.bytesRead));
        std::fprintf(stderr, "\r%s\033[K", qPrintable(line));
        std::fflush(stderr);
    });
    connect(m_scanner, &TokenScanner::finished, this, &CtlWhere::print);
    m_scanner->start(request);
}

void CtlWhere::print(const ScanReport &report)
{
    CtlContext &context = *m_context;
    if (m_progressShown) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    const QString name = context.argument(0);
    const QString profile = context.options().value(u"profile"_s);
    QList<ScanFinding> findings;
    for (const ScanFinding &finding : report.findings) {
        if (!name.isEmpty() && (!finding.known || finding.token.name != name))
            continue;
        if (!profile.isEmpty() && finding.known && finding.token.connection != profile)
            continue;
        findings.append(finding);
    }
    const QString home = QDir::homePath();
    bool dead = false;
    if (context.json()) {
        QJsonArray found;
        for (const ScanFinding &finding : findings) {
            QJsonObject object{{u"path"_s, finding.path},
                               {u"line"_s, finding.line},
                               {u"column"_s, finding.column},
                               {u"state"_s, finding.stateId()},
                               {u"format"_s, FormatDetector::formatId(finding.format)},
                               {u"fingerprint"_s, QString::fromLatin1(finding.fingerprint)}};
            object.insert(u"token"_s, finding.known
                                          ? QJsonValue(QJsonObject{
                                                {u"name"_s, finding.token.name.isEmpty()
                                                                ? QJsonValue()
                                                                : QJsonValue(finding.token.name)},
                                                {u"connection"_s, finding.token.connection},
                                                {u"user"_s, finding.token.userLabel}})
                                          : QJsonValue());
            found.append(object);
            dead = dead || finding.isDead();
        }
        QJsonArray skipped;
        for (const ScanSkip &skip : report.skipped)
            skipped.append(QJsonObject{{u"path"_s, skip.path},
                                       {u"reason"_s, ScanSkip::reasonId(skip.reason)}});
        CtlOutput::json(QJsonObject{{u"findings"_s, found},
                                    {u"filesRead"_s, report.totals.filesRead},
                                    {u"bytesRead"_s, double(report.totals.bytesRead)},
                                    {u"filesSkipped"_s, report.totals.filesSkipped},
                                    {u"skipped"_s, skipped}});
    } else {
        for (const ScanFinding &finding : findings) {
            CtlOutput::line(u"%1  %2"_s.arg(finding.location(home), finding.describe()));
            dead = dead || finding.isDead();
        }
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl", "%n copies found; %1 files read (%2), %3 skipped.",
                            nullptr, int(findings.size()))
                            .arg(report.totals.filesRead)
                            .arg(QLocale().formattedDataSize(report.totals.bytesRead))
                            .arg(report.totals.filesSkipped));
    }
    if (dead)
        CtlOutput::note(QCoreApplication::translate(
            "latchkeyctl", "A revoked or expired token is still in a file: replace it there."));
    context.finish(dead ? CtlContext::Failure : CtlContext::Success);
}

} // namespace latchkey
