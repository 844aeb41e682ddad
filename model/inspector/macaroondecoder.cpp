#include "model/inspector/macaroondecoder.h"

#include "model/inspector/base64url.h"
#include "model/inspector/relativetime.h"

#include "net/secretbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

// Field types of the libmacaroons version-2 binary format.
enum FieldType : quint8 {
    EndOfSection = 0,
    Location = 1,
    Identifier = 2,
    VerificationId = 4,
    Signature = 6
};

struct Field
{
    quint8 type = EndOfSection;
    QByteArrayView data;
};

class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    bool atEnd() const { return m_pos >= m_bytes.size(); }

    std::optional<quint8> byte()
    {
        if (atEnd())
            return std::nullopt;
        return quint8(m_bytes.at(m_pos++));
    }

    // Unsigned LEB128, capped well below anything that could overflow.
    std::optional<quint64> varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            const auto b = byte();
            if (!b)
                return std::nullopt;
            value |= quint64(*b & 0x7f) << shift;
            if (!(*b & 0x80))
                return value;
        }
        return std::nullopt;
    }

    std::optional<Field> field()
    {
        const auto type = byte();
        if (!type)
            return std::nullopt;
        if (*type == EndOfSection)
            return Field{EndOfSection, {}};
        const auto length = varint();
        if (!length || *length > quint64(m_bytes.size() - m_pos))
            return std::nullopt;
        Field f{*type, m_bytes.sliced(m_pos, qsizetype(*length))};
        m_pos += qsizetype(*length);
        return f;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

QString printable(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes && !text.contains(QChar::ReplacementCharacter))
        return text;
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QString caveatText(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
    return printable(bytes);
}

} // namespace

DecodeReport MacaroonDecoder::decode(QByteArrayView token, const QDateTime &now)
{
    DecodeReport report;
    const qsizetype prefixLength = qsizetype(sizeof("pypi-") - 1);
    std::optional<QByteArray> decoded = Base64Url::decode(token.sliced(prefixLength));
    if (!decoded) {
        report.fail(tr("The part after \"pypi-\" is not valid base64url."));
        return report;
    }
    // The decoded macaroon is the token itself (its signature is the secret): wipe it after.
    const SecretBytes bytes(std::move(*decoded));
    Reader reader(bytes.view());
    const auto version = reader.byte();
    if (!version || *version != 2) {
        report.fail(tr("The token is not a version 2 macaroon."));
        return report;
    }
    auto malformed = [&] { report.fail(tr("The macaroon is truncated or malformed.")); };

    // Header section: optional location, identifier, end of section.
    std::optional<Field> f = reader.field();
    if (f && f->type == Location) {
        report.add(u"location"_s, tr("Location"), printable(f->data));
        if (f->data != "pypi.org")
            report.findings.append(
                {Severity::Warning, tr("The macaroon's location is not pypi.org.")});
        f = reader.field();
    }
    if (!f || f->type != Identifier) {
        malformed();
        return report;
    }
    report.add(u"identifier"_s, tr("Identifier"), printable(f->data));
    f = reader.field();
    if (!f || f->type != EndOfSection) {
        malformed();
        return report;
    }

    // Caveat sections until an empty one, then the signature.
    int caveatCount = 0;
    for (;;) {
        f = reader.field();
        if (!f) {
            malformed();
            return report;
        }
        if (f->type == EndOfSection)
            break;
        QString location;
        if (f->type == Location) {
            location = printable(f->data);
            f = reader.field();
        }
        if (!f || f->type != Identifier) {
            malformed();
            return report;
        }
        ++caveatCount;
        QString text = caveatText(f->data);
        const QJsonDocument json = QJsonDocument::fromJson(f->data.toByteArray());
        const QString meaning = describeCaveat(
            json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), now);
        if (!meaning.isEmpty())
            text = u"%1: %2"_s.arg(meaning, text);
        f = reader.field();
        if (f && f->type == VerificationId) {
            // A third-party caveat: its verification id is opaque ciphertext.
            text = tr("%1 (third-party caveat at %2)").arg(text, location);
            f = reader.field();
        }
        if (!f || f->type != EndOfSection) {
            malformed();
            return report;
        }
        report.add(u"caveat"_s, tr("Caveat %1").arg(caveatCount), text);
    }
    f = reader.field();
    if (!f || f->type != Signature || f->data.size() != 32 || !reader.atEnd()) {
        malformed();
        return report;
    }
    report.add(u"caveat_count"_s, tr("Caveats"), QString::number(caveatCount));
    report.findings.append({Severity::Info, tr("The macaroon's signature can only be checked by "
                                               "PyPI.")});
    return report;
}

namespace {

// Seconds since the epoch as PyPI writes them; nothing past year 9999 (or not a number).
std::optional<QDateTime> epochTime(const QJsonValue &value)
{
    const double seconds = value.toDouble(std::nan(""));
    if (!std::isfinite(seconds) || std::fabs(seconds) > 253402300799.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

} // namespace

QString MacaroonDecoder::describeCaveat(const QJsonValue &caveat, const QDateTime &now)
{
    auto names = [](const QJsonValue &list) {
        QStringList out;
        for (const QJsonValue &v : list.toArray())
            out.append(v.isString() ? v.toString() : QString::number(v.toInteger()));
        return QLocale().createSeparatedList(out);
    };
    // Warehouse's current caveats are [tag, ...] arrays; the older ones are objects.
    if (caveat.isArray()) {
        const QJsonArray a = caveat.toArray();
        switch (a.at(0).toInt(-1)) {
        case 0: {
            const std::optional<QDateTime> expiry = epochTime(a.at(1));
            if (!expiry)
                return {};
            return tr("Valid until %1 (%2)")
                .arg(RelativeTime::absoluteUtc(*expiry), RelativeTime::expiry(*expiry, now));
        }
        case 1:
            return tr("Only for projects %1").arg(names(a.at(1)));
        case 2:
            return tr("Only for project ids %1").arg(names(a.at(1)));
        case 3:
            return tr("Only for the user with id %1").arg(a.at(1).toVariant().toString());
        case 4:
            return tr("Only for a trusted publisher");
        default:
            return {};
        }
    }
    const QJsonObject o = caveat.toObject();
    const QJsonValue permissions = o.value(u"permissions"_s);
    if (permissions.toString() == u"user"_s)
        return tr("Whole account (all projects)");
    if (permissions.isObject() && permissions.toObject().contains(u"projects"_s))
        return tr("Only for projects %1").arg(names(permissions.toObject().value(u"projects"_s)));
    if (const std::optional<QDateTime> expiry = epochTime(o.value(u"exp"_s)))
        return tr("Valid until %1 (%2)")
            .arg(RelativeTime::absoluteUtc(*expiry), RelativeTime::expiry(*expiry, now));
    return {};
}

} // namespace latchkey
