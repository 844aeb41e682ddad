// ScanFixture: a home folder with tokens planted in every default place of the
// where-used scan (a long history among them), a project root with a .env, a
// symlink loop, a link out of the root, a binary file, a file over the limit
// and git objects; known, expired, revoked and unknown tokens. Each planted copy
// that a scan must report is listed with its file, line and column.
#pragma once

#include "model/scan/scantoken.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace latchkey::test {

class ScanFixture
{
public:
    struct Expected
    {
        QString path; // absolute
        int line = 0;
        int column = 0;
        QByteArray fingerprint;
        QString state; // active, expired, revoked, unknown
    };

    // Token values (test data, made for this fixture).
    static const QByteArray Active;  // known, in a list, no expiry
    static const QByteArray Expired; // known, expired yesterday
    static const QByteArray Revoked; // known only as retired
    static const QByteArray UnknownPat;
    static const QByteArray GitHub;
    static const QByteArray GitHubOAuth;
    static const QByteArray Npm;
    static const QByteArray PyPi;
    static const QByteArray Jwt;

    ScanFixture();

    bool isValid() const { return m_valid; }
    QString home() const { return m_root.path() + QStringLiteral("/home"); }
    QString project() const { return home() + QStringLiteral("/proj"); }
    // Outside the home folder; a link in the project points here.
    QString elsewhere() const { return m_root.path() + QStringLiteral("/elsewhere"); }
    // The default places, expanded, plus the project root.
    QStringList places() const;
    // What Latchkey knows: Active and Expired as a current list of "work", Revoked retired.
    QList<ScanToken> tokens() const;
    const QList<Expected> &expected() const { return m_expected; }
    // The history line that holds Active, far down a long file.
    int historyLine() const { return m_historyLine; }

    // Writes a file of lines; lines holding one of the values to report are expected.
    bool write(const QString &relative, const QList<QByteArray> &lines, bool report = true);

private:
    QTemporaryDir m_root;
    QList<Expected> m_expected;
    int m_historyLine = 0;
    bool m_valid = false;
};

} // namespace latchkey::test
