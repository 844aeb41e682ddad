// ManualDialog: Help → Latchkey Manual; the user manual (docs/manual.md, built
// in) in a window of its own, readable offline.
#include "ui/manualdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Latchkey Manual"));
    QFile manual(u":/docs/manual.md"_s);
    if (manual.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(manual.readAll()));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Manual"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace latchkey
