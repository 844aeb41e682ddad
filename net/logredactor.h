// LogRedactor: removes credentials from a log line before it is written.
#pragma once

#include <QString>

namespace latchkey {

class LogRedactor
{
public:
    // Masks Authorization headers, Bearer/Basic credentials, the JSON or form
    // fields value, access_token, client_secret and subject_token, PAT values
    // and JWTs wherever they appear in the line.
    static QString redact(const QString &line);
};

} // namespace latchkey
