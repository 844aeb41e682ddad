// Tests for GitLabRoutableDecoder: CRC, length field and routing ids of routable glpat- tokens.
#include "model/inspector/base64url.h"
#include "model/inspector/gitlabroutabledecoder.h"

#include <QtTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

QByteArray base36(quint64 value, int width)
{
    QByteArray out = QByteArray::number(value, 36);
    return out.rightJustified(width, '0');
}

// Built as GitLab's RoutableToken generator does: routing lines, random bytes, their count.
QByteArray routable(const QByteArray &routing, const QByteArray &version = "01",
                    int lengthAdjust = 0)
{
    const QByteArray payload = routing + QByteArray(16, '\x42') + char(16);
    const QByteArray text = Base64Url::encode(payload);
    const QByteArray head =
        "glpat-" + text + '.' + version + '.' + base36(quint64(text.size() + lengthAdjust), 2);
    const quint32 crc =
        quint32(::crc32(0L, reinterpret_cast<const Bytef *>(head.constData()), uInt(head.size())));
    return head + base36(crc, 7);
}

QString field(const DecodeReport &report, const QString &id)
{
    for (const DecodedField &f : report.fields) {
        if (f.id == id)
            return f.value;
    }
    return {};
}

QString errors(const DecodeReport &report)
{
    QStringList out;
    for (const Finding &f : report.findings) {
        if (f.severity == Severity::Error)
            out.append(f.message);
    }
    return out.join(u'\n');
}

} // namespace

class TestGitLabRoutableDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesRoutingIds();
    void crcIsBase36OverPrefixAndPayload();
    void rejects_data();
    void rejects();
};

void TestGitLabRoutableDecoder::decodesRoutingIds()
{
    const DecodeReport report = GitLabRoutableDecoder::decode(
        routable("c:1\ng:" + QByteArray::number(42, 36) + "\no:" + QByteArray::number(123456, 36) +
                 "\np:zz\nu:" + QByteArray::number(987654321, 36)));
    QVERIFY2(report.ok, qPrintable(errors(report)));
    QCOMPARE(field(report, u"cell"_s), u"1"_s);
    QCOMPARE(field(report, u"group"_s), u"42"_s);
    QCOMPARE(field(report, u"organization"_s), u"123456"_s);
    QCOMPARE(field(report, u"project"_s), u"1295"_s); // "zz" in base36
    QCOMPARE(field(report, u"user"_s), u"987654321"_s);
    QCOMPARE(field(report, u"version"_s), u"1"_s);
}

void TestGitLabRoutableDecoder::crcIsBase36OverPrefixAndPayload()
{
    // zlib's CRC-32 of "123456789" is the well-known check value 0xcbf43926.
    QCOMPARE(GitLabRoutableDecoder::crc("123456789"), base36(0xcbf43926u, 7));
    QCOMPARE(GitLabRoutableDecoder::crc(""), "0000000"_ba);
}

void TestGitLabRoutableDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reason");
    const QByteArray good = routable("o:1\nu:2");
    QByteArray badCrc = good;
    badCrc[badCrc.size() - 1] = badCrc.back() == '0' ? '1' : '0';
    QTest::newRow("bad CRC") << badCrc << u"checksum does not match"_s;
    QTest::newRow("CRC not base36") << good.chopped(1) + "Z" << u"9 base36 characters"_s;
    QTest::newRow("missing version") << "glpat-abc.0a1b2c3d4e"_ba << u"9 base36 characters"_s;
    QTest::newRow("length field wrong") << routable("o:1", "01", 1) << u"length field"_s;
    QTest::newRow("random part too long") << [] {
        const QByteArray text = Base64Url::encode("o:1\xff"_ba);
        const QByteArray head = "glpat-" + text + ".01." + base36(quint64(text.size()), 2);
        return head + GitLabRoutableDecoder::crc(head);
    }() << u"random part"_s;
}

void TestGitLabRoutableDecoder::rejects()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, reason);
    const DecodeReport report = GitLabRoutableDecoder::decode(token);
    QVERIFY(!report.ok);
    QVERIFY2(errors(report).contains(reason), qPrintable(errors(report)));
}

QTEST_GUILESS_MAIN(TestGitLabRoutableDecoder)
#include "tst_gitlabroutabledecoder.moc"
