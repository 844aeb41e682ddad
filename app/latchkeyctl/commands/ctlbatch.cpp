#include "app/latchkeyctl/commands/ctlbatch.h"

#include "app/latchkeyctl/ctlcontext.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace latchkey {

void CtlBatch::run(CtlContext &context)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        context.fail(QCoreApplication::translate("latchkeyctl", "Cannot read standard input."));
        return;
    }
    context.runBatch(input.readAll());
}

} // namespace latchkey
