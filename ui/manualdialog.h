// ManualDialog: Help → Latchkey Manual; the user manual (docs/manual.md, built
// in) in a window of its own, readable offline.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace latchkey {

class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);

private:
    QTextBrowser *m_browser;
};

} // namespace latchkey
