// CtlWhere: "latchkeyctl where [NAME] [--path DIR...]": where copies of known
// tokens (or of tokens of a known format Latchkey does not know) sit in local
// files, by file:line:column; exit 1 when a revoked or expired token is still
// found, for CI and pre-commit hooks. Never prints a value.
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "model/scan/scanreport.h"
#include "model/scan/scantoken.h"

#include <QElapsedTimer>

namespace latchkey {

class CtlContext;
class TokenScanner;

class CtlWhere : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;

    void run(CtlContext &context) override;

private:
    void scan(const QList<ScanToken> &tokens);
    void print(const ScanReport &report);

    CtlContext *m_context = nullptr;
    TokenScanner *m_scanner = nullptr;
    QElapsedTimer m_clock;
    bool m_progressShown = false;
};

} // namespace latchkey
