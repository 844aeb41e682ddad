// Tests FileScanner on single files: lines and columns (CRLF, UTF-8, no final
// newline), the size limit exactly, binary files (NUL early or late), a FIFO
// that must not hang, a link refused when not to be followed, and shapes that
// are not reported as unknown tokens.
#include "model/scan/filescanner.h"
#include "net/tokenfingerprint.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QByteArray kKnown = "pat_" + QByteArray(32, 'k');
const QByteArray kOther = "pat_" + QByteArray(32, 'o');
} // namespace

class TestFileScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScanCatalog m_catalog;

    QByteArray write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return QFile::encodeName(file.fileName());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ScanToken token;
        token.fingerprint = TokenFingerprint::of(kKnown);
        token.name = u"known"_s;
        token.connection = u"c"_s;
        m_catalog.add(token);
    }

    void linesAndColumns_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("first") << kKnown << 1 << 1;
        QTest::newRow("crlf") << "a\r\nb\r\n  " + kKnown + "\r\n" << 3 << 3;
        QTest::newRow("utf-8") << "ü €=" + kKnown << 1 << 5;
        QTest::newRow("empty lines") << "\n\n\n\tx=" + kKnown << 4 << 4;
        QTest::newRow("lone cr is not a line") << "a\rb " + kKnown << 1 << 5;
    }

    void linesAndColumns()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc());
        QList<ScanFinding> findings;
        qint64 bytes = 0;
        QCOMPARE(scanner.scanFile(write(u"lc"_s, content), u"shown"_s, false, &findings, &bytes),
                 FileScanner::Outcome::Read);
        QCOMPARE(bytes, content.size());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].path, u"shown"_s);
        QCOMPARE(findings[0].line, line);
        QCOMPARE(findings[0].column, column);
        QVERIFY(findings[0].known);
        QCOMPARE(findings[0].token.name, u"known"_s);
    }

    void manyOnManyLines()
    {
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc());
        QList<ScanFinding> findings;
        scanner.scanText("a " + kKnown + "\nb\nc " + kOther + " d " + kKnown + "\n", u"t"_s,
                         &findings);
        QCOMPARE(findings.size(), 3);
        QCOMPARE((QList<int>{findings[0].line, findings[1].line, findings[2].line}),
                 (QList<int>{1, 3, 3}));
        QCOMPARE((QList<int>{findings[0].column, findings[1].column, findings[2].column}),
                 (QList<int>{3, 3, 42}));
        QVERIFY(!findings[1].known);
        QCOMPARE(findings[1].fingerprint, TokenFingerprint::of(kOther));
    }

    void theSizeLimitIsExact()
    {
        const qint64 limit = 4096;
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc(), limit);
        QByteArray fits = kKnown;
        fits += QByteArray(limit - fits.size(), ' ');
        QList<ScanFinding> findings;
        qint64 bytes = 0;
        QCOMPARE(scanner.scanFile(write(u"fits"_s, fits), u"f"_s, false, &findings, &bytes),
                 FileScanner::Outcome::Read);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(scanner.scanFile(write(u"over"_s, fits + ' '), u"o"_s, false, &findings, &bytes),
                 FileScanner::Outcome::TooLarge);
        QCOMPARE(findings.size(), 1);
    }

    void binaryFilesAreLeftAlone()
    {
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc());
        QList<ScanFinding> findings;
        qint64 bytes = 0;
        QByteArray early = "\0ELF " + kKnown;
        early.prepend('\0');
        QCOMPARE(scanner.scanFile(write(u"early"_s, early), u"e"_s, false, &findings, &bytes),
                 FileScanner::Outcome::Binary);
        QByteArray late = kKnown + QByteArray(20000, 'x');
        late.append('\0');
        QCOMPARE(scanner.scanFile(write(u"late"_s, late), u"l"_s, false, &findings, &bytes),
                 FileScanner::Outcome::Binary);
        QVERIFY(findings.isEmpty());
    }

    void aFifoDoesNotHang()
    {
        const QByteArray path = QFile::encodeName(m_dir.filePath(u"fifo"_s));
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc());
        QList<ScanFinding> findings;
        qint64 bytes = 0;
        QCOMPARE(scanner.scanFile(path, u"fifo"_s, true, &findings, &bytes),
                 FileScanner::Outcome::Unreadable);
    }

    void aLinkIsRefusedUnlessFollowed()
    {
        const QByteArray target = write(u"target"_s, kKnown);
        const QString link = m_dir.filePath(u"link"_s);
        QVERIFY(QFile::link(QFile::decodeName(target), link));
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc());
        QList<ScanFinding> findings;
        qint64 bytes = 0;
        QCOMPARE(scanner.scanFile(QFile::encodeName(link), link, false, &findings, &bytes),
                 FileScanner::Outcome::Unreadable);
        QCOMPARE(scanner.scanFile(QFile::encodeName(link), link, true, &findings, &bytes),
                 FileScanner::Outcome::Read);
        QCOMPARE(findings.size(), 1);
    }

    void onlyWellFormedSecretsAreReportedAsUnknown_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("reported");
        QTest::newRow("github") << "ghp_" + QByteArray(36, 'a') << true;
        QTest::newRow("github, one short") << "ghp_" + QByteArray(35, 'a') << false;
        QTest::newRow("stripe publishable") << "pk_live_" + QByteArray(24, 'a') << false;
        QTest::newRow("stripe secret") << "sk_live_" + QByteArray(24, 'a') << true;
        QTest::newRow("aws key id") << QByteArray("AKIAABCDEFGHIJKLMNOP") << false;
        QTest::newRow("jwt") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                             << true;
        QTest::newRow("jwt, two parts")
            << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0") << false;
        QTest::newRow("jwt, four parts")
            << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln.bmF0") << false;
        QTest::newRow("eyJ word") << QByteArray("eyJustSomeLongIdentifierHere") << false;
    }

    void onlyWellFormedSecretsAreReportedAsUnknown()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, reported);
        FileScanner scanner(&m_catalog, QDateTime::currentDateTimeUtc());
        QList<ScanFinding> findings;
        scanner.scanText("x " + text + "\n", u"t"_s, &findings);
        QCOMPARE(findings.size(), reported ? 1 : 0);
    }

    void expiredIsDecidedByTheScansClock()
    {
        ScanCatalog catalog;
        ScanToken token;
        token.fingerprint = TokenFingerprint::of(kKnown);
        token.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        catalog.add(token);
        QList<ScanFinding> findings;
        FileScanner(&catalog, QDateTime(QDate(2029, 12, 31), QTime(23, 59), Qt::UTC))
            .scanText(kKnown, u"t"_s, &findings);
        FileScanner(&catalog, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC))
            .scanText(kKnown, u"t"_s, &findings);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].state, ScanToken::State::Active);
        QCOMPARE(findings[1].state, ScanToken::State::Expired);
        QVERIFY(findings[1].isDead());
    }
};

QTEST_GUILESS_MAIN(TestFileScanner)
#include "tst_filescanner.moc"
