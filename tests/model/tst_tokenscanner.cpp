// Tests TokenScanner on a fixture home folder: every default place, a long
// history, a project root with a symlink loop, a link out, a binary file, a
// file over the limit and git objects; exact file:line:column for known,
// expired, revoked and unknown tokens; no value anywhere in the report;
// progress; cancel mid-scan; a new scan replacing a running one.
#include "model/scan/tokenscanner.h"
#include "tests/model/scanfixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::ScanFixture;

namespace {

using Key = std::tuple<QString, int, int, QByteArray, QString>;

QList<Key> keysOf(const QList<ScanFinding> &findings)
{
    QList<Key> keys;
    for (const ScanFinding &f : findings)
        keys.append({f.path, f.line, f.column, f.fingerprint, f.stateId()});
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<Key> keysOf(const QList<ScanFixture::Expected> &expected)
{
    QList<Key> keys;
    for (const ScanFixture::Expected &e : expected)
        keys.append({e.path, e.line, e.column, e.fingerprint, e.state});
    std::sort(keys.begin(), keys.end());
    return keys;
}

ScanReport scan(TokenScanner &scanner, const TokenScanner::Request &request)
{
    QSignalSpy finished(&scanner, &TokenScanner::finished);
    scanner.start(request);
    if (!finished.wait(60000))
        return {};
    return finished.takeFirst().at(0).value<ScanReport>();
}

} // namespace

class TestTokenScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryPlantedCopyAtItsLineAndColumn()
    {
        ScanFixture fixture;
        QVERIFY(fixture.isValid());
        TokenScanner scanner;
        const ScanReport report = scan(scanner, {fixture.places(), fixture.tokens()});
        QVERIFY(!report.cancelled);
        QCOMPARE(keysOf(report.findings), keysOf(fixture.expected()));

        // A few by hand, so that the fixture's own arithmetic is checked too.
        auto at = [&](const QString &relative) {
            QList<ScanFinding> in;
            for (const ScanFinding &f : report.findings)
                if (f.path == fixture.home() + u'/' + relative)
                    in.append(f);
            return in;
        };
        QCOMPARE(at(u"proj/.env"_s).size(), 1);
        QCOMPARE(at(u"proj/.env"_s)[0].line, 7);
        QCOMPARE(at(u"proj/.env"_s)[0].column, 11);
        QCOMPARE(at(u"proj/.env"_s)[0].token.name, u"ci-deploy"_s);
        QCOMPARE(at(u".bash_history"_s).size(), 1);
        QCOMPARE(at(u".bash_history"_s)[0].line, fixture.historyLine());
        QCOMPARE(at(u".bash_history"_s)[0].column, 32);
        // "# café ☕ and an old token: " is 27 characters and 30 bytes.
        QCOMPARE(at(u".zshrc"_s)[0].column, 28);
        QCOMPARE(at(u".zshrc"_s)[0].state, ScanToken::State::Expired);
        QCOMPARE(at(u".docker/config.json"_s)[0].state, ScanToken::State::Revoked);
        QCOMPARE(at(u".kube/config"_s)[0].format, TokenFormat::Jws);
        QVERIFY(!at(u".kube/config"_s)[0].known);
        QCOMPARE(at(u".local/share/fish/fish_history"_s)[0].describe(),
                 u"an unknown Logto personal access token"_s);
        QCOMPARE(at(u".git-credentials"_s)[0].describe(), u"an unknown GitHub token"_s);
        QVERIFY(at(u"proj/.git/objects/ab/cdef0123"_s).isEmpty());
        QVERIFY(at(u"proj/tool.bin"_s).isEmpty());
        QVERIFY(at(u"proj/big.log"_s).isEmpty());
        QVERIFY(at(u"proj/outside.txt"_s).isEmpty());
        QVERIFY(at(u"proj/sub/env-link"_s).isEmpty()); // the same file as proj/.env
        QVERIFY(report.hasDeadTokens());

        QHash<QString, ScanSkip::Reason> skipped;
        for (const ScanSkip &skip : report.skipped)
            skipped.insert(skip.path.mid(fixture.project().size() + 1), skip.reason);
        QCOMPARE(skipped.value(u"big.log"_s), ScanSkip::Reason::TooLarge);
        QCOMPARE(skipped.value(u"tool.bin"_s), ScanSkip::Reason::Binary);
        QCOMPARE(skipped.value(u"outside.txt"_s), ScanSkip::Reason::LinkOutside);
        QCOMPARE(skipped.value(u"sub/up"_s), ScanSkip::Reason::LinkOutside);
        QCOMPARE(skipped.value(u"sub/self"_s), ScanSkip::Reason::Unreadable);
        QCOMPARE(report.totals.filesSkipped, int(report.skipped.size()));
        QCOMPARE(report.totals.findings, int(report.findings.size()));
    }

    void noValueInTheReport()
    {
        ScanFixture fixture;
        QVERIFY(fixture.isValid());
        TokenScanner scanner;
        const ScanReport report = scan(scanner, {fixture.places(), fixture.tokens()});
        QVERIFY(!report.findings.isEmpty());
        QString everything;
        for (const ScanFinding &f : report.findings)
            everything += f.path + f.describe() + f.location(fixture.home()) + f.token.name +
                          f.token.connection + f.token.userLabel +
                          QString::fromLatin1(f.fingerprint);
        for (const ScanSkip &s : report.skipped)
            everything += s.path;
        for (const QByteArray &value :
             {ScanFixture::Active, ScanFixture::Expired, ScanFixture::Revoked,
              ScanFixture::UnknownPat, ScanFixture::GitHub, ScanFixture::GitHubOAuth,
              ScanFixture::Npm, ScanFixture::PyPi, ScanFixture::Jwt}) {
            QVERIFY2(!everything.contains(QString::fromLatin1(value)), value.constData());
            // Not even the last characters, the way a hint would show them.
            QVERIFY(!everything.contains(QString::fromLatin1(value.right(12))));
        }
    }

    void reportsProgressAsItGoes()
    {
        ScanFixture fixture;
        QVERIFY(fixture.isValid());
        TokenScanner scanner;
        QList<ScanProgress> seen;
        QList<ScanFinding> found;
        connect(&scanner, &TokenScanner::progress, this,
                [&](const ScanProgress &p) { seen.append(p); });
        connect(&scanner, &TokenScanner::found, this,
                [&](const QList<ScanFinding> &f) { found += f; });
        const ScanReport report = scan(scanner, {fixture.places(), fixture.tokens()});
        QVERIFY(!seen.isEmpty());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].bytesRead >= seen[i - 1].bytesRead);
        QCOMPARE(seen.last().filesRead, report.totals.filesRead);
        QCOMPARE(seen.last().bytesRead, report.totals.bytesRead);
        // Every finding came through found() too, once.
        QCOMPARE(keysOf(found), keysOf(report.findings));
        QVERIFY(report.totals.bytesRead > 60000 * 30); // the long history was read
    }

    void cancelStopsMidScan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < 50; ++i) {
            QFile file(dir.filePath(u"f%1.txt"_s.arg(i, 3, 10, QChar(u'0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("just text\n");
        }
        // On the calling thread, cancelled from the first progress report: the
        // walk stops at the next file.
        std::atomic_bool cancelled = false;
        int reports = 0;
        const ScanReport report = TokenScanner::run(
            {{dir.path()}, {}}, cancelled,
            [&](const ScanProgress &, const QList<ScanFinding> &) {
                ++reports;
                cancelled = true;
            },
            std::chrono::milliseconds(0));
        QVERIFY(report.cancelled);
        QCOMPARE(report.totals.filesRead, 1);
        QCOMPARE(reports, 2); // after the first file, and the last word
    }

    void cancelOnTheWorkerEndsWithACancelledReport()
    {
        ScanFixture fixture;
        QVERIFY(fixture.isValid());
        TokenScanner scanner;
        QSignalSpy finished(&scanner, &TokenScanner::finished);
        scanner.start({fixture.places(), fixture.tokens()});
        QVERIFY(scanner.isRunning());
        scanner.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.takeFirst().at(0).value<ScanReport>().cancelled);
        QVERIFY(!scanner.isRunning());
    }

    void aNewScanReplacesTheRunningOne()
    {
        ScanFixture fixture;
        QVERIFY(fixture.isValid());
        TokenScanner scanner;
        QSignalSpy finished(&scanner, &TokenScanner::finished);
        scanner.start({fixture.places(), fixture.tokens()});
        // The second asks for the project only: its report is the one that arrives.
        scanner.start({{fixture.project()}, fixture.tokens()});
        QVERIFY(finished.wait(60000));
        const ScanReport report = finished.takeFirst().at(0).value<ScanReport>();
        for (const ScanFinding &f : report.findings)
            QVERIFY2(f.path.startsWith(fixture.project()), qPrintable(f.path));
        QVERIFY(!report.findings.isEmpty());
        // One worker runs the scans in turn and posts in order: whatever the first
        // scan posted was delivered (and dropped) before this report.
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenScanner)
#include "tst_tokenscanner.moc"
