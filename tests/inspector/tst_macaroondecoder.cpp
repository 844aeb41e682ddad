// Tests for MacaroonDecoder: version-2 binary macaroons as PyPI issues them, built here byte by
// byte.
#include "model/inspector/base64url.h"
#include "model/inspector/macaroondecoder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

// The libmacaroons v2 layout: type byte, LEB128 length, data.
QByteArray field(char type, const QByteArray &data)
{
    QByteArray out(1, type);
    quint64 n = quint64(data.size());
    do {
        const char b = char(n & 0x7f);
        n >>= 7;
        out.append(n ? char(b | 0x80) : b);
    } while (n);
    return out + data;
}

struct Caveat
{
    QByteArray identifier;
    QByteArray location; // third-party caveats only
    QByteArray verificationId;
};

QByteArray macaroon(const QByteArray &location, const QByteArray &identifier,
                    const QList<Caveat> &caveats, int signatureLength = 32)
{
    QByteArray out("\x02");
    if (!location.isNull())
        out += field(1, location);
    out += field(2, identifier) + '\0';
    for (const Caveat &c : caveats) {
        if (!c.location.isEmpty())
            out += field(1, c.location);
        out += field(2, c.identifier);
        if (!c.verificationId.isEmpty())
            out += field(4, c.verificationId);
        out += '\0';
    }
    return out + '\0' + field(6, QByteArray(signatureLength, '\x5a'));
}

QByteArray token(const QByteArray &binary)
{
    return "pypi-" + Base64Url::encode(binary);
}

QStringList values(const DecodeReport &report, const QString &id)
{
    QStringList out;
    for (const DecodedField &f : report.fields) {
        if (f.id == id)
            out.append(f.value);
    }
    return out;
}

} // namespace

class TestMacaroonDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void currentCaveats();
    void legacyCaveats();
    void thirdPartyCaveatAndForeignLocation();
    void malformed_data();
    void malformed();
};

void TestMacaroonDecoder::currentCaveats()
{
    const qint64 expiry = kNow.toSecsSinceEpoch() + 3 * 86400;
    const QByteArray t =
        token(macaroon("pypi.org", R"({"version": 1, "id": "0b9c"})",
                       {{R"([1, ["sampleproject", "other"]])", {}, {}},
                        {"[0, " + QByteArray::number(expiry) + ", 1767225600]", {}, {}},
                        {"[3, \"user-7\"]", {}, {}},
                        {"[2, [\"4f2a\"]]", {}, {}},
                        {"[4, \"publisher\"]", {}, {}}}));
    QVERIFY(t.startsWith("pypi-AgEIcHlwaS5vcmc")); // the prefix docs/token-formats.md names
    const DecodeReport report = MacaroonDecoder::decode(t, kNow);
    QVERIFY(report.ok);
    QCOMPARE(values(report, u"location"_s), QStringList{u"pypi.org"_s});
    QCOMPARE(values(report, u"identifier"_s), QStringList{u"{\"version\": 1, \"id\": \"0b9c\"}"_s});
    const QStringList caveats = values(report, u"caveat"_s);
    QCOMPARE(caveats.size(), 5);
    QCOMPARE(caveats[0],
             u"Only for projects sampleproject and other: [1,[\"sampleproject\",\"other\"]]"_s);
    QVERIFY2(caveats[1].startsWith(u"Valid until "_s) &&
                 caveats[1].contains(u"(expires in 3 days)"_s),
             qPrintable(caveats[1]));
    QCOMPARE(caveats[2], u"Only for the user with id user-7: [3,\"user-7\"]"_s);
    QCOMPARE(caveats[3], u"Only for project ids 4f2a: [2,[\"4f2a\"]]"_s);
    QCOMPARE(caveats[4], u"Only for a trusted publisher: [4,\"publisher\"]"_s);
    QCOMPARE(values(report, u"caveat_count"_s), QStringList{u"5"_s});
}

void TestMacaroonDecoder::legacyCaveats()
{
    const DecodeReport report = MacaroonDecoder::decode(
        token(macaroon("pypi.org", "id",
                       {{R"({"version": 1, "permissions": "user"})", {}, {}},
                        {R"({"version": 1, "permissions": {"projects": ["a"]}})", {}, {}},
                        {R"({"nbf": 1, "exp": 2})", {}, {}},
                        {"not json", {}, {}}})),
        kNow);
    QVERIFY(report.ok);
    const QStringList caveats = values(report, u"caveat"_s);
    QCOMPARE(caveats.size(), 4);
    QVERIFY(caveats[0].startsWith(u"Whole account (all projects): "_s));
    QVERIFY(caveats[1].startsWith(u"Only for projects a: "_s));
    QVERIFY2(caveats[2].contains(u"expired 57 years ago"_s), qPrintable(caveats[2]));
    QCOMPARE(caveats[3], u"not json"_s);
}

void TestMacaroonDecoder::thirdPartyCaveatAndForeignLocation()
{
    const DecodeReport report = MacaroonDecoder::decode(
        token(macaroon("example.org", "id", {{"third", "https://auth.example", "\x01\x02\x03"}})),
        kNow);
    QVERIFY(report.ok);
    QCOMPARE(values(report, u"caveat"_s),
             QStringList{u"third (third-party caveat at https://auth.example)"_s});
    QVERIFY(std::any_of(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.severity == Severity::Warning && f.message.contains(u"pypi.org"_s);
    }));
}

void TestMacaroonDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reason");
    const QByteArray good = macaroon("pypi.org", "id", {{"[1, [\"p\"]]", {}, {}}});
    const QString truncated = u"truncated or malformed"_s;
    QTest::newRow("not base64url") << "pypi-AgEI+cHlw"_ba << u"not valid base64url"_s;
    QTest::newRow("version 1") << token("\x01" + good.mid(1)) << u"version 2"_s;
    QTest::newRow("empty") << "pypi-"_ba << u"version 2"_s;
    QTest::newRow("cut in the signature") << token(good.chopped(5)) << truncated;
    QTest::newRow("cut after the caveats") << token(good.left(good.size() - 34)) << truncated;
    QTest::newRow("trailing bytes") << token(good + "x") << truncated;
    QTest::newRow("short signature") << token(macaroon("pypi.org", "id", {}, 31)) << truncated;
    QTest::newRow("no identifier") << token("\x02" + field(1, "pypi.org") + '\0') << truncated;
    QTest::newRow("length past the end") << token("\x02\x01\x7fpypi") << truncated;
    QTest::newRow("endless varint")
        << token("\x02\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"_ba) << truncated;
}

void TestMacaroonDecoder::malformed()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, reason);
    const DecodeReport report = MacaroonDecoder::decode(token, kNow);
    QVERIFY(!report.ok);
    QVERIFY(std::any_of(report.findings.cbegin(), report.findings.cend(), [&](const Finding &f) {
        return f.severity == Severity::Error && f.message.contains(reason);
    }));
}

QTEST_GUILESS_MAIN(TestMacaroonDecoder)
#include "tst_macaroondecoder.moc"
