// CtlCommandTable: every latchkeyctl command by name, with what it accepts and
// how to make it. A new command is one file pair under commands/ and one entry here.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace latchkey {

class CtlCommand;

class CtlCommandTable
{
public:
    struct Entry
    {
        // Every member has its default, so that an entry names only what it needs.
        QStringList positional{};  // names for the usage line
        QStringList options{};     // long names allowed besides --profile and --json
        bool needsService = false; // opens the profile and resumes pending rotations first
        std::function<CtlCommand *(QObject *parent)> make{};
        QStringList optional{}; // names of positional arguments that may be left out
        QString rest{};         // when set, one or more arguments follow (a command line)
    };

    CtlCommandTable();

    // Null for an unknown name; two-word commands are named "profiles add".
    const Entry *find(const QString &name) const;

private:
    QHash<QString, Entry> m_entries;
};

} // namespace latchkey
