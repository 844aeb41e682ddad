// GenerateTokenDialog: asks for a new token's name (validated as typed) and
// expiry; stays open, busy, while the owner creates it, and shows its errors.
#pragma once

#include "model/domain/expiryspec.h"
#include "net/tokenpolicy.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey {

class ExpiryChooser;

class GenerateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    // takenNames: the user's existing token names, for the "already used" check.
    GenerateTokenDialog(const QString &userLabel, const QStringList &takenNames,
                        int maxLifetimeDays, QWidget *parent = nullptr);

    // The name to send: what was typed, without spaces around it.
    QString name() const;
    // The tokens are the app user's own: "for you", "You already have …".
    void setMine(bool mine);
    ExpirySpec spec() const;
    // A gateway's rules (a developer connection): the longest lifetime, whether a
    // token may never expire, the name's length and how many tokens one may hold,
    // said in a sentence above the inputs.
    void setPolicy(const TokenPolicy &policy);
    // The sentence; hidden without a policy.
    QLabel *policyLabel() const { return m_policyNote; }

    // While busy the inputs are locked and the button says what happens.
    void setBusy(bool busy);
    // Shows a failure under the inputs and unlocks them for another try.
    void showError(const QString &message);

    QLineEdit *nameField() const { return m_name; }
    ExpiryChooser *expiryChooser() const { return m_expiry; }
    QPushButton *generateButton() const { return m_generate; }
    // "12/256": how much of the server's limit the name uses.
    QLabel *counterLabel() const { return m_counter; }
    // The last failure (showError), e.g. the gateway's policy sentence.
    QLabel *errorLabel() const { return m_error; }
    QString validationText() const;

signals:
    // The user confirmed a valid name and expiry; the owner starts the work.
    void submitted(const QString &name, const ExpirySpec &spec);

private:
    void validate();
    int maxNameLength() const;

    QStringList m_taken;
    std::optional<TokenPolicy> m_policy;
    QString m_userLabel;
    bool m_mine = false;
    QLabel *m_intro;
    QLabel *m_policyNote;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QLabel *m_counter;
    ExpiryChooser *m_expiry;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_generate;
    bool m_busy = false;
};

} // namespace latchkey
