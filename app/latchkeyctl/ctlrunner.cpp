#include "app/latchkeyctl/ctlrunner.h"

#include "app/latchkeyctl/ctlcommand.h"
#include "app/latchkeyctl/ctloutput.h"

#include <QCoreApplication>
#include <QTimer>

#include <latchkeyversion.h>

using namespace Qt::StringLiterals;

namespace latchkey {

CtlRunner::CtlRunner(QObject *parent)
    : QObject(parent)
{}

CtlRunner::~CtlRunner() = default;

void CtlRunner::run(const QStringList &arguments)
{
    if (!m_options.parse(arguments)) {
        fail(m_options.errorText(), Usage);
        return;
    }
    if (m_options.isSet(u"help"_s)) {
        CtlOutput::line(m_options.helpText().trimmed());
        finish(Success);
        return;
    }
    if (m_options.isSet(u"version"_s)) {
        CtlOutput::line(u"latchkeyctl " LATCHKEY_VERSION ""_s);
        finish(Success);
        return;
    }
    m_json = m_options.isSet(u"json"_s) || m_batchJson;

    QStringList positional = m_options.positional();
    if (positional.isEmpty()) {
        fail(
            QCoreApplication::translate("latchkeyctl", "No command given; see latchkeyctl --help."),
            Usage);
        return;
    }
    QString name = positional.takeFirst();
    if (name == u"profiles"_s) {
        if (positional.isEmpty()) {
            fail(QCoreApplication::translate("latchkeyctl",
                                             "Say what to do with profiles: add, list or remove."),
                 Usage);
            return;
        }
        name += u' ' + positional.takeFirst();
    }
    const CtlCommandTable::Entry *entry = m_table.find(name);
    if (!entry) {
        fail(QCoreApplication::translate("latchkeyctl", "Unknown command \"%1\"; see latchkeyctl "
                                                        "--help.")
                 .arg(name),
             Usage);
        return;
    }
    // A batch runs only what works on its open profile, and has standard input.
    // "run" hands standard input to its command, and a batch reads its lines from there.
    if (m_batch && (!entry->needsService || name == u"batch"_s || name == u"run"_s)) {
        fail(QCoreApplication::translate("latchkeyctl", "\"%1\" cannot run inside a batch.")
                 .arg(name),
             Usage);
        return;
    }
    if (m_batch && m_options.isSet(u"profile"_s)) {
        fail(QCoreApplication::translate("latchkeyctl",
                                         "A batch works on one profile: give --profile to "
                                         "\"batch\" itself."),
             Usage);
        return;
    }
    for (const QString &option : m_options.given()) {
        const QString longName = option.size() == 1 ? QString() : option;
        if (longName == u"profile"_s || longName == u"json"_s)
            continue;
        if (!entry->options.contains(longName)) {
            fail(QCoreApplication::translate("latchkeyctl",
                                             "The option --%1 does not apply to \"%2\".")
                     .arg(option, name),
                 Usage);
            return;
        }
    }
    const qsizetype required = entry->positional.size();
    const bool countOk = entry->rest.isEmpty()
                             ? positional.size() >= required &&
                                   positional.size() <= required + entry->optional.size()
                             : positional.size() > required;
    if (!countOk) {
        QStringList usage = entry->positional;
        for (const QString &optional : entry->optional)
            usage.append(u'[' + optional + u']');
        if (!entry->rest.isEmpty())
            usage.append(entry->rest);
        fail(QCoreApplication::translate("latchkeyctl", "Usage: latchkeyctl %1 %2")
                 .arg(name, usage.join(u' ')),
             Usage);
        return;
    }
    m_arguments = positional;
    if (entry->needsService && !m_batch)
        openService([this, entry] { start(*entry); });
    else
        start(*entry);
}

void CtlRunner::start(const CtlCommandTable::Entry &entry)
{
    // In a batch the command before has ended (or is "batch" itself): it goes
    // once its stack has unwound, and a late callback of it with it.
    if (m_command)
        m_command->deleteLater();
    m_command = entry.make(this);
    m_command->run(*this);
}

void CtlRunner::openService(std::function<void()> next)
{
    m_session.open(m_options.value(u"profile"_s), [this, next](const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        connect(m_session.service(), &TokenService::rotationStepRecorded, this,
                [this](const QString &step) { emit rotationStepRecorded(step); });
        connect(m_session.service(), &TokenService::generateStepRecorded, this,
                [this](const QString &step) { emit rotationStepRecorded(u"generate-"_s + step); });
        m_session.service()->resumePending(this, [next](const QList<ResumeOutcome> &outcomes) {
            for (const ResumeOutcome &outcome : outcomes)
                CtlOutput::note(outcome.message);
            next();
        });
    });
}

void CtlRunner::runBatch(const QByteArray &input)
{
    m_batch.emplace(input);
    m_batchJson = m_json;
    runNextBatchLine();
}

void CtlRunner::runNextBatchLine()
{
    if (m_batch->atEnd()) {
        const int exitCode = m_batch->exitCode();
        m_batch.reset();
        finish(exitCode);
        return;
    }
    const std::optional<QStringList> arguments =
        m_batch->next(QCoreApplication::arguments().value(0));
    if (!arguments) {
        fail(QCoreApplication::translate("latchkeyctl", "A quote is not closed."), Usage);
        return;
    }
    run(*arguments);
}

void CtlRunner::fail(const QString &message, int exitCode)
{
    if (m_batch)
        CtlOutput::error(QCoreApplication::translate("latchkeyctl", "line %1: %2")
                             .arg(m_batch->lineNumber())
                             .arg(message));
    else
        CtlOutput::error(message);
    finish(exitCode);
}

void CtlRunner::finish(int exitCode)
{
    if (m_batch) {
        // One line is done: the next starts from the event loop, not deeper in this stack.
        m_batch->record(exitCode);
        QTimer::singleShot(0, this, &CtlRunner::runNextBatchLine);
        return;
    }
    if (m_finished)
        return;
    m_finished = true;
    if (exitCode == Success && !CtlOutput::stdoutOk()) {
        CtlOutput::error(QCoreApplication::translate(
            "latchkeyctl", "Standard output could not be written (disk full or pipe closed)."));
        exitCode = Failure;
    }
    m_session.flush([this, exitCode] { emit finished(exitCode); });
}

} // namespace latchkey
