// Tests ScanCatalog: lookup by fingerprint whatever its case, and which source
// describes a token that several know (a current list beats a retired record,
// a retired record marks a snapshot's entry revoked, cached is kept).
#include "model/scan/scancatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

ScanToken token(ScanToken::Source source, const QString &name)
{
    ScanToken t;
    t.fingerprint = QByteArray(64, 'a');
    t.name = name;
    t.connection = u"c"_s;
    t.source = source;
    if (source == ScanToken::Source::Retired)
        t.retiredAt = QDateTime::currentDateTimeUtc();
    return t;
}

} // namespace

class TestScanCatalog : public QObject
{
    Q_OBJECT

private slots:
    void findsByFingerprint()
    {
        ScanToken t = token(ScanToken::Source::List, u"a"_s);
        t.fingerprint = QByteArray(64, 'B');
        const ScanCatalog catalog({t});
        QVERIFY(catalog.find(QByteArray(64, 'b')));
        QVERIFY(!catalog.find(QByteArray(64, 'c')));
        QVERIFY(!catalog.find({}));
    }

    void theStrongerSourceDescribes_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("revoked");
        using S = ScanToken::Source;
        QTest::newRow("list, then retired")
            << QList<int>{int(S::List), int(S::Retired)} << u"List"_s << false;
        QTest::newRow("retired, then list")
            << QList<int>{int(S::Retired), int(S::List)} << u"List"_s << false;
        QTest::newRow("snapshot, then retired")
            << QList<int>{int(S::Snapshot), int(S::Retired)} << u"Snapshot"_s << true;
        QTest::newRow("retired, then snapshot")
            << QList<int>{int(S::Retired), int(S::Snapshot)} << u"Snapshot"_s << true;
        QTest::newRow("cache, then snapshot")
            << QList<int>{int(S::Cache), int(S::Snapshot)} << u"Snapshot"_s << false;
    }

    void theStrongerSourceDescribes()
    {
        QFETCH(QList<int>, order);
        QFETCH(QString, name);
        QFETCH(bool, revoked);
        const QStringList names{u"List"_s, u"Snapshot"_s, u"Retired"_s, u"Cache"_s};
        ScanCatalog catalog;
        for (int source : order) {
            ScanToken t = token(ScanToken::Source(source), names[source]);
            t.cached = ScanToken::Source(source) == ScanToken::Source::Cache;
            catalog.add(t);
        }
        const ScanToken *found = catalog.find(QByteArray(64, 'a'));
        QVERIFY(found);
        QCOMPARE(found->name, name);
        QCOMPARE(found->retiredAt.has_value(), revoked);
        QCOMPARE(found->stateAt(QDateTime::currentDateTimeUtc()) == ScanToken::State::Revoked,
                 revoked);
        QCOMPARE(found->cached, order.contains(int(ScanToken::Source::Cache)));
        QCOMPARE(catalog.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScanCatalog)
#include "tst_scancatalog.moc"
