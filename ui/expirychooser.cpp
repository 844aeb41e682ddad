// ExpiryChooser: picks when a token stops working — presets, a custom date,
// or no expiration (with a visible warning) — within the max-lifetime policy.
#include "ui/expirychooser.h"

#include "ui/icons.h"
#include "ui/statuspalette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
constexpr int CustomDate = -1;
constexpr int NoExpiration = -2;
constexpr int DefaultDays = 30;
} // namespace

ExpiryChooser::ExpiryChooser(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_summary(new QLabel(this))
{
    m_preset->addItem(tr("7 days"), 7);
    m_preset->addItem(tr("30 days"), 30);
    m_preset->addItem(tr("60 days"), 60);
    m_preset->addItem(tr("90 days"), 90);
    m_preset->addItem(tr("1 year"), 365);
    m_preset->addItem(tr("Custom date…"), CustomDate);
    m_preset->addItem(Icons::get(Icons::Id::Warning), tr("No expiration"), NoExpiration);
    m_preset->setAccessibleName(tr("Expiration"));

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // A date in the past can be typed, and is then refused with the reason: a lower
    // limit here would turn it silently into another date.
    m_date->setMinimumDate(QDate(1970, 1, 1));
    m_date->setDate(QDate::currentDate().addDays(DefaultDays));
    m_date->setAccessibleName(tr("Expiration date"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preset);
    row->addWidget(m_date);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &ExpiryChooser::refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExpiryChooser::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ExpiryChooser::refresh);
    selectDays(DefaultDays);
    refresh();
}

int ExpiryChooser::indexOfDays(int days) const
{
    return m_preset->findData(days);
}

void ExpiryChooser::selectDays(int days)
{
    const int index = indexOfDays(days);
    if (index >= 0) {
        m_preset->setCurrentIndex(index);
    } else {
        selectDate(QDate::currentDate().addDays(days));
    }
}

void ExpiryChooser::selectDate(QDate date)
{
    m_date->setDate(date);
    m_preset->setCurrentIndex(m_preset->findData(CustomDate));
}

void ExpiryChooser::selectNever()
{
    m_preset->setCurrentIndex(m_preset->findData(NoExpiration));
}

void ExpiryChooser::setMaxLifetimeDays(int days)
{
    m_maxLifetimeDays = qMax(0, days);
    applyPolicy();
    refresh();
}

void ExpiryChooser::followPolicy(const TokenPolicy &policy)
{
    int days = policy.maxLifetimeDays;
    if (m_maxLifetimeDays > 0 && (days <= 0 || m_maxLifetimeDays < days))
        days = m_maxLifetimeDays;
    m_neverAllowed = policy.allowNeverExpires;
    m_exactLifetime = true;
    setMaxLifetimeDays(days);
}

QString ExpiryChooser::lifetimeRule(const TokenPolicy &policy)
{
    if (policy.maxLifetimeDays > 0 && !policy.allowNeverExpires)
        return tr("Your organisation allows tokens of at most %n day(s), and every token must "
                  "expire.",
                  nullptr, policy.maxLifetimeDays);
    if (policy.maxLifetimeDays > 0)
        return tr("Your organisation allows tokens of at most %n day(s).", nullptr,
                  policy.maxLifetimeDays);
    if (!policy.allowNeverExpires)
        return tr("Your organisation requires every token to expire.");
    return {};
}

void ExpiryChooser::applyPolicy()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_preset->model());
    const QString reason =
        tr("Your policy allows tokens of at most %n day(s)", nullptr, m_maxLifetimeDays);
    for (int i = 0; i < m_preset->count(); ++i) {
        const int value = m_preset->itemData(i).toInt();
        const bool refused = value == NoExpiration && !m_neverAllowed;
        const bool tooLong =
            m_maxLifetimeDays > 0 && (value == NoExpiration || value > m_maxLifetimeDays);
        QStandardItem *item = model->item(i);
        item->setEnabled(!tooLong && !refused);
        item->setToolTip(tooLong ? reason : QString());
        // What the policy refuses outright is not offered at all.
        if (auto *list = qobject_cast<QListView *>(m_preset->view()))
            list->setRowHidden(i, refused);
    }
    m_date->setMaximumDate(m_maxLifetimeDays > 0 ? QDate::currentDate().addDays(m_maxLifetimeDays)
                                                 : QDate(9999, 12, 31));
    // If the current choice became disallowed, fall back to the longest allowed preset.
    if (!model->item(m_preset->currentIndex())->isEnabled()) {
        for (int i = m_preset->count() - 1; i >= 0; --i) {
            const int value = m_preset->itemData(i).toInt();
            if (value > 0 && model->item(i)->isEnabled()) {
                m_preset->setCurrentIndex(i);
                break;
            }
        }
    }
}

void ExpiryChooser::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

ExpirySpec ExpiryChooser::spec() const
{
    const int value = m_preset->currentData().toInt();
    if (value == NoExpiration)
        return ExpirySpec::never();
    // The end of the last allowed day would be up to a day too late for such a server.
    if (value == CustomDate && m_exactLifetime && m_maxLifetimeDays > 0 &&
        m_date->date() >= m_clock().toLocalTime().date().addDays(m_maxLifetimeDays))
        return ExpirySpec::inDays(m_maxLifetimeDays);
    if (value == CustomDate)
        return ExpirySpec::onDate(m_date->date());
    return ExpirySpec::inDays(value);
}

QString ExpiryChooser::validationError() const
{
    const QDateTime now = m_clock();
    if (m_preset->currentData().toInt() == CustomDate && m_date->date() < now.toLocalTime().date())
        return tr("%1 is in the past: choose today or a later day.")
            .arg(QLocale().toString(m_date->date(), QLocale::ShortFormat));
    return spec().check(now, m_maxLifetimeDays);
}

void ExpiryChooser::scheduleTick()
{
    const QDateTime now = m_clock();
    const QTime time = now.time();
    const int intoMinute = time.second() * 1000 + time.msec();
    // A little after the turn, so that the next reading is surely in the new minute.
    m_tick.start(60 * 1000 - intoMinute + 20);
}

void ExpiryChooser::refresh()
{
    const int value = m_preset->currentData().toInt();
    m_date->setVisible(value == CustomDate);

    const QString error = validationError();
    QString text;
    if (!error.isEmpty()) {
        text = u"<span style=\"color:%1\">%2</span>"_s.arg(
            StatusPalette(palette()).text(StatusPalette::Role::Error).name(),
            error.toHtmlEscaped());
    } else if (value == NoExpiration) {
        text = u"<span style=\"color:%1\">⚠ %2</span>"_s.arg(
            StatusPalette(palette()).text(StatusPalette::Role::Warning).name(),
            tr("A token that never expires stays valid until someone revokes it. "
               "If it leaks, it can be used for as long as nobody notices.")
                .toHtmlEscaped());
    } else if (const auto at = spec().resolve(m_clock())) {
        const QDateTime local = at->toLocalTime();
        text = tr("Expires on %1 at %2")
                   .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                        QLocale().toString(local.time(), QLocale::ShortFormat))
                   .toHtmlEscaped();
    }
    m_summary->setText(text);
    scheduleTick();
    emit changed();
}

} // namespace latchkey
