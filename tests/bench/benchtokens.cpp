// BenchTokens: token lists built from a fixed seed, so every run sees the same data.
#include "tests/bench/benchtokens.h"

#include "net/tokenfingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

constexpr qint64 kBaseMs = 1'780'000'000'000; // mid 2026
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const char *const kPurposes[] = {"ci-deploy", "backup",  "Grafana",  "terraform", "GitHub Actions",
                                 "nightly",   "Release", "metrics",  "cli-admin", "webhook",
                                 "Importer",  "staging", "k8s-sync", "Renovate",  "audit-export"};
const char *const kPlaces[] = {"eu-west", "us-east", "ap-south", "Laptop", "build-07", "prod",
                               "dev",     "qa",      "on-call",  "Ärger",  "Zürich",   "lab"};

struct Generated
{
    PersonalAccessToken token;
    QByteArray value;
};

QList<Generated> generate(int count)
{
    QRandomGenerator rng(20260101u + quint32(count));
    QList<Generated> out;
    out.reserve(count);
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_ba;
    for (int i = 0; i < count; ++i) {
        Generated g;
        g.value = "pat_"_ba;
        for (int c = 0; c < 32; ++c)
            g.value.append(alphabet.at(rng.bounded(alphabet.size())));
        PersonalAccessToken &t = g.token;
        t.userId = BenchTokens::userId();
        t.name = u"%1-%2-%3"_s
                     .arg(QLatin1StringView(kPurposes[rng.bounded(15)]),
                          QString::fromUtf8(kPlaces[rng.bounded(12)]))
                     .arg(i, 6, 10, QLatin1Char('0'));
        t.createdAt = QDateTime::fromMSecsSinceEpoch(
            kBaseMs - rng.bounded(700) * kDayMs - rng.bounded(kDayMs), Qt::UTC);
        const int kind = rng.bounded(4);
        if (kind != 0)
            t.expiresAt = QDateTime::fromMSecsSinceEpoch(
                kBaseMs + (rng.bounded(400) - 100) * kDayMs + rng.bounded(kDayMs), Qt::UTC);
        t.fingerprint = TokenFingerprint::of(g.value);
        t.hint = TokenFingerprint::hintOf(g.value);
        out.append(std::move(g));
    }
    return out;
}

} // namespace

QString BenchTokens::userId()
{
    return u"u_bench0000001"_s;
}

QList<PersonalAccessToken> BenchTokens::tokens(int count)
{
    QList<PersonalAccessToken> out;
    out.reserve(count);
    for (Generated &g : generate(count))
        out.append(std::move(g.token));
    return out;
}

QByteArray BenchTokens::listResponse(int count)
{
    QJsonArray array;
    for (const Generated &g : generate(count)) {
        QJsonObject o{{u"tenantId"_s, u"default"_s},
                      {u"userId"_s, g.token.userId},
                      {u"name"_s, g.token.name},
                      {u"value"_s, QString::fromLatin1(g.value)},
                      {u"createdAt"_s, g.token.createdAt.toMSecsSinceEpoch()}};
        o.insert(u"expiresAt"_s, g.token.expiresAt
                                     ? QJsonValue(g.token.expiresAt->toMSecsSinceEpoch())
                                     : QJsonValue(QJsonValue::Null));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace latchkey
