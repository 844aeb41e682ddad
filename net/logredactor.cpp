#include "net/logredactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace latchkey {

QString LogRedactor::redact(const QString &line)
{
    // Each rule errs on the side of masking too much: a log line that loses a
    // harmless word is better than one that leaks a credential.
    static const QRegularExpression authorizationHeader(
        u"(authorization\\s*[:=]\\s*)[^\\r\\n,;]*"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression schemeCredential(u"\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonField(
        u"(\"(?:value|access_token|client_secret|subject_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s);
    static const QRegularExpression formField(
        u"\\b((?:value|access_token|client_secret|subject_token)=)[^&\\s\"]*"_s);
    static const QRegularExpression patValue(u"\\bpat_[0-9A-Za-z]+"_s);
    static const QRegularExpression jwt(
        u"\\beyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*"_s);

    QString out = line;
    out.replace(authorizationHeader, u"\\1[redacted]"_s);
    out.replace(schemeCredential, u"\\1 [redacted]"_s);
    out.replace(jsonField, u"\\1\"[redacted]\""_s);
    out.replace(formField, u"\\1[redacted]"_s);
    out.replace(patValue, u"pat_[redacted]"_s);
    out.replace(jwt, u"[redacted-jwt]"_s);
    return out;
}

} // namespace latchkey
