// SetExpiryDialog: chooses a new expiry for a token and explains that Logto
// cannot change it in place — the token is rotated and gets a new value.
#pragma once

#include "model/domain/expiryspec.h"
#include "net/tokenpolicy.h"

#include <QDateTime>
#include <QDialog>

#include <chrono>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace latchkey {

class ExpiryChooser;

class SetExpiryDialog : public QDialog
{
    Q_OBJECT
public:
    // Several names: one new expiry for all of them (currentExpiry is then not shown).
    SetExpiryDialog(const QStringList &tokenNames, const QString &userLabel,
                    const std::optional<QDateTime> &currentExpiry, int maxLifetimeDays,
                    QWidget *parent = nullptr);

    ExpirySpec spec() const;
    // How long the old value keeps working (zero: it stops at once).
    std::chrono::seconds keepOldFor() const;
    void setBusy(bool busy);
    void showError(const QString &message);
    // Where the token's value still sits (the last where-used scan); empty hides it.
    void setWarning(const QString &text);
    // A gateway's rules (a developer connection): the new token is made under them, so
    // the choice offers only what they allow and the rule is said above it.
    void setPolicy(const TokenPolicy &policy);
    QLabel *policyLabel() const { return m_policyNote; }

    ExpiryChooser *expiryChooser() const { return m_expiry; }
    QComboBox *overlapCombo() const { return m_overlap; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *warningLabel() const { return m_warning; }

signals:
    void submitted(const ExpirySpec &spec);

private:
    void validate();
    void updateNote();

    ExpiryChooser *m_expiry;
    QComboBox *m_overlap;
    QLabel *m_note;
    QLabel *m_policyNote;
    QLabel *m_error;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    int m_count;
    bool m_busy = false;
};

} // namespace latchkey
