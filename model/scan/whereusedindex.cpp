#include "model/scan/whereusedindex.h"

#include "model/scan/scanplaces.h"
#include "model/scan/scantokencollector.h"
#include "model/scan/tokenscanner.h"
#include "model/settings/appsettings.h"

#include <QDir>

namespace latchkey {

WhereUsedIndex::WhereUsedIndex(const OfflineSnapshot *snapshots, TokenCache *cache,
                               const RetiredTokenLog *retired, const AppSettings *settings,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_collector(new ScanTokenCollector(snapshots, cache, retired, this))
    , m_scanner(new TokenScanner(this))
    , m_home(QDir::homePath())
{
    connect(m_collector, &ScanTokenCollector::ready, this, [this](const QList<ScanToken> &known) {
        if (m_collecting) {
            m_collecting = false;
            startScan(known);
        }
    });
    connect(m_scanner, &TokenScanner::progress, this, &WhereUsedIndex::progress);
    connect(m_scanner, &TokenScanner::found, this, &WhereUsedIndex::found);
    connect(m_scanner, &TokenScanner::finished, this, [this](const ScanReport &report) {
        m_scanning = false;
        m_report = report;
        m_finishedAt = QDateTime::currentDateTimeUtc();
        emit finished(report);
    });
}

WhereUsedIndex::~WhereUsedIndex() = default;

void WhereUsedIndex::setConnections(const QHash<QString, QString> &endpointByConnection)
{
    m_collector->setConnections(endpointByConnection);
}

void WhereUsedIndex::setCurrentList(const QString &connection, const QString &userId,
                                    const QString &userLabel,
                                    const QList<PersonalAccessToken> &tokens)
{
    QList<ScanToken> listed;
    listed.reserve(tokens.size());
    for (const PersonalAccessToken &token : tokens)
        listed.append(ScanTokenCollector::fromList(token, connection, userLabel));
    m_currentLists.insert(connection + u'\n' + userId, listed);
}

void WhereUsedIndex::scan()
{
    m_scanning = true;
    m_collecting = true;
    emit started();
    m_collector->collect();
}

void WhereUsedIndex::cancel()
{
    if (m_collecting) {
        // Nothing read yet: end at once, with what the last scan found.
        m_collecting = false;
        m_scanning = false;
        ScanReport cancelled = m_report;
        cancelled.cancelled = true;
        emit finished(cancelled);
        return;
    }
    m_scanner->cancel();
}

void WhereUsedIndex::startScan(const QList<ScanToken> &known)
{
    TokenScanner::Request request;
    request.tokens = known;
    for (const QList<ScanToken> &listed : std::as_const(m_currentLists))
        request.tokens += listed;
    request.places = ScanPlaces::expand(m_settings->scanPlaces(), m_home);
    m_scanner->start(request);
}

QList<ScanFinding> WhereUsedIndex::findingsFor(const QByteArray &fingerprint) const
{
    return m_report.findingsFor(fingerprint.toLower());
}

} // namespace latchkey
