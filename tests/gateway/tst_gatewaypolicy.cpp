// Tests GatewayPolicy: each rule accepts its edge and refuses one past it, with a sentence.
#include "app/gateway/gatewaypolicy.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

class TestGatewayPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const GatewayPolicy policy;
        QCOMPARE(policy.maxLifetimeDays, 90);
        QCOMPARE(policy.allowNeverExpires, false);
        QCOMPARE(policy.maxTokensPerUser, 20);
        QCOMPARE(policy.toJson(), (QJsonObject{{u"maxLifetimeDays"_s, 90},
                                               {u"allowNeverExpires"_s, false},
                                               {u"maxTokensPerUser"_s, 20},
                                               {u"nameMinLength"_s, 1},
                                               {u"nameMaxLength"_s, 128}}));
    }

    void names()
    {
        const GatewayPolicy policy;
        QVERIFY(policy.checkName(u"a"_s).isEmpty());
        QVERIFY(policy.checkName(QString(128, u'é')).isEmpty());
        QVERIFY(policy.checkName(QString(129, u'x')).contains(u"128"_s));
        QVERIFY(!policy.checkName(QString()).isEmpty());
        // Lengths count UTF-16 units, as Logto's limit does: 64 emoji are 128 units.
        QString emoji;
        for (int i = 0; i < 65; ++i)
            emoji += QString::fromUcs4(U"\U0001F511");
        QVERIFY(!policy.checkName(emoji).isEmpty());
        QVERIFY(policy.checkName(emoji.left(128)).isEmpty());
    }

    void expiry()
    {
        GatewayPolicy policy;
        const qint64 now = 1'800'000'000'000;
        QVERIFY(policy.checkExpiry(now + 90 * kDayMs, now).isEmpty());
        QVERIFY(policy.checkExpiry(now + 90 * kDayMs + 1, now).contains(u"90"_s));
        QVERIFY(!policy.checkExpiry(std::nullopt, now).isEmpty());
        // A past expiry is Logto's to refuse, not the policy's.
        QVERIFY(policy.checkExpiry(now - kDayMs, now).isEmpty());
        policy.allowNeverExpires = true;
        QVERIFY(policy.checkExpiry(std::nullopt, now).isEmpty());
        policy.maxLifetimeDays = 7;
        QVERIFY(!policy.checkExpiry(now + 8 * kDayMs, now).isEmpty());
    }

    void count()
    {
        GatewayPolicy policy;
        policy.maxTokensPerUser = 3;
        QVERIFY(policy.checkCount(2).isEmpty());
        QVERIFY(policy.checkCount(3).contains(u"3"_s));
    }
};

QTEST_GUILESS_MAIN(TestGatewayPolicy)
#include "tst_gatewaypolicy.moc"
