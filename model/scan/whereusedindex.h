// WhereUsedIndex: the app's where-used scan: gathers what Latchkey knows (the
// lists the window has open among it), scans the places in Settings on a
// worker, and keeps the last report, so that the token table, the revoke and
// set-expiry confirmations and the "Scan this computer" page ask one place.
#pragma once

#include "model/scan/scanreport.h"
#include "model/scan/scantoken.h"
#include "net/personalaccesstoken.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace latchkey {

class AppSettings;
class OfflineSnapshot;
class RetiredTokenLog;
class ScanTokenCollector;
class TokenCache;
class TokenScanner;

class WhereUsedIndex : public QObject
{
    Q_OBJECT
public:
    // Nothing is owned; all must outlive the index. retired may be null.
    WhereUsedIndex(const OfflineSnapshot *snapshots, TokenCache *cache,
                   const RetiredTokenLog *retired, const AppSettings *settings,
                   QObject *parent = nullptr);
    ~WhereUsedIndex() override;

    // Which endpoint each connection uses (for the cache's index).
    void setConnections(const QHash<QString, QString> &endpointByConnection);
    // A list the window shows now: these tokens are alive whatever older records say.
    void setCurrentList(const QString &connection, const QString &userId, const QString &userLabel,
                        const QList<PersonalAccessToken> &tokens);
    // The folder "~/" stands for in the places (the user's home by default).
    void setHome(const QString &home) { m_home = home; }
    QString home() const { return m_home; }

    // Gathers the known tokens and scans the places in Settings; a scan already
    // running is replaced. started() now, progress() while it runs, finished() once.
    void scan();
    void cancel();
    bool hasReport() const { return m_finishedAt.isValid(); }
    QDateTime finishedAt() const { return m_finishedAt; }
    const ScanReport &report() const { return m_report; }
    // The copies of one token (lowercase hex fingerprint) the last scan found.
    QList<ScanFinding> findingsFor(const QByteArray &fingerprint) const;

signals:
    void started();
    void progress(const latchkey::ScanProgress &progress);
    void found(const QList<latchkey::ScanFinding> &findings);
    void finished(const latchkey::ScanReport &report);

private:
    void startScan(const QList<ScanToken> &known);

    const AppSettings *m_settings;
    ScanTokenCollector *m_collector;
    TokenScanner *m_scanner;
    QHash<QString, QList<ScanToken>> m_currentLists; // by connection + user
    QString m_home;
    ScanReport m_report;
    QDateTime m_finishedAt;
    bool m_scanning = false;
    bool m_collecting = false;
};

} // namespace latchkey
