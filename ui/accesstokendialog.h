// AccessTokenDialog: "Copy access token for…": asks which API (resource
// indicator, recent ones offered; optional scopes) a token is exchanged for.
// The exchange itself is the caller's; this says what it is doing and why it failed.
#pragma once

#include "model/exchange/tokenexchanger.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey {

class AccessTokenDialog : public QDialog
{
    Q_OBJECT
public:
    // recentResources: newest first; the first is preselected.
    AccessTokenDialog(const QString &tokenName, const QStringList &recentResources,
                      int clearAfterSeconds, QWidget *parent = nullptr);

    ExchangeTarget target() const;
    void setBusy(bool busy);
    void showError(const QString &message);

    QComboBox *resourceCombo() const { return m_resource; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void submitted(const latchkey::ExchangeTarget &target);

private:
    void validate();

    QComboBox *m_resource;
    QLineEdit *m_scopes;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_copy;
    bool m_busy = false;
};

} // namespace latchkey
