// ExpiryChooser: picks when a token stops working — presets, a custom date,
// or no expiration (with a visible warning) — within the max-lifetime policy.
#pragma once

#include "model/domain/expiryspec.h"
#include "net/tokenpolicy.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace latchkey {

class ExpiryChooser : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // UTC

    explicit ExpiryChooser(QWidget *parent = nullptr);
    // Tests move time; the preview and the checks read it from here.
    void setClock(Clock clock);

    // 0 = no policy. Presets beyond it are greyed out with a reason.
    void setMaxLifetimeDays(int days);
    int maxLifetimeDays() const { return m_maxLifetimeDays; }
    // A gateway's rules (a developer connection), after the app's own limit: the
    // stricter lifetime wins; "No expiration" is not offered when refused; and as
    // the gateway counts the lifetime to the millisecond, the last allowed day ends
    // when the lifetime does, not at midnight.
    void followPolicy(const TokenPolicy &policy);
    // The policy's lifetime rule in a sentence; empty when it has none.
    static QString lifetimeRule(const TokenPolicy &policy);

    ExpirySpec spec() const;
    // Empty when the choice is acceptable now; otherwise a sentence.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    // Selects a preset by days (7, 30, 60, 90, 365), a custom date, or never.
    void selectDays(int days);
    void selectDate(QDate date);
    void selectNever();

    QComboBox *presetCombo() const { return m_preset; }
    QDateEdit *dateEdit() const { return m_date; }
    // The sentence under the choice: when it expires, or why it cannot.
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void changed();

private:
    void refresh();
    // Wakes refresh() when the clock's minute turns: the preview says "at 10:41".
    void scheduleTick();
    void applyPolicy();
    int indexOfDays(int days) const;

    QComboBox *m_preset;
    QDateEdit *m_date;
    QLabel *m_summary;
    int m_maxLifetimeDays = 0;
    bool m_neverAllowed = true;
    bool m_exactLifetime = false;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QTimer m_tick;
};

} // namespace latchkey
