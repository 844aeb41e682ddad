#include "model/settings/appsettings.h"

#include "model/reminders/reminderthresholds.h"
#include "model/scan/scanplaces.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// Not "general/": QSettings' INI format writes that group as [%General] and reads
// it back as "General/...", so those values were lost at every restart.
const auto kClipboard = u"preferences/clipboardClearSeconds"_s;
const auto kExpiringSoon = u"preferences/expiringSoonDays"_s;
const auto kReminderDays = u"preferences/reminderDays"_s;
const auto kCloseToTrayExplained = u"preferences/closeToTrayExplained"_s;
const auto kMaxLifetime = u"preferences/maxLifetimeDays"_s;
const auto kLanguage = u"preferences/language"_s;
const auto kCurrentProfile = u"preferences/currentProfile"_s;
const auto kUiState = u"ui/"_s;
const auto kScanPlaces = u"scan/places"_s;
const auto kRecentResources = u"exchange/recentResources"_s;
constexpr int kMaxRecentResources = 10;
constexpr int kMaxScanPlaces = 1000;

// Upper bounds keep a hand-edited settings file from producing nonsense.
constexpr int kMaxClipboardSeconds = 24 * 3600;
constexpr int kMaxDays = 100 * 365;
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

int AppSettings::boundedInt(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(key, fallback).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

bool AppSettings::store(const QString &key, const QVariant &value)
{
    if (m_settings->contains(key) && m_settings->value(key) == value)
        return false;
    m_settings->setValue(key, value);
    return true;
}

QStringList AppSettings::scanPlaces() const
{
    if (!m_settings->contains(kScanPlaces))
        return ScanPlaces::defaults();
    QStringList places = m_settings->value(kScanPlaces).toStringList();
    places.removeAll(QString());
    return places.mid(0, kMaxScanPlaces);
}

void AppSettings::setScanPlaces(const QStringList &places)
{
    QStringList kept;
    for (const QString &place : places) {
        if (!place.trimmed().isEmpty() && !kept.contains(place.trimmed()))
            kept.append(place.trimmed());
    }
    kept = kept.mid(0, kMaxScanPlaces);
    if (store(kScanPlaces, kept))
        emit scanPlacesChanged(kept);
}

QStringList AppSettings::recentResources() const
{
    QStringList recent = m_settings->value(kRecentResources).toStringList();
    recent.removeAll(QString());
    return recent.mid(0, kMaxRecentResources);
}

void AppSettings::addRecentResource(const QString &resource)
{
    const QString trimmed = resource.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList recent = recentResources();
    recent.removeAll(trimmed);
    recent.prepend(trimmed);
    store(kRecentResources, recent.mid(0, kMaxRecentResources));
}

int AppSettings::clipboardClearSeconds() const
{
    return boundedInt(kClipboard, DefaultClipboardClearSeconds, 0, kMaxClipboardSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, kMaxClipboardSeconds);
    if (store(kClipboard, seconds))
        emit clipboardClearSecondsChanged(seconds);
}

int AppSettings::expiringSoonDays() const
{
    return boundedInt(kExpiringSoon, DefaultExpiringSoonDays, 0, kMaxDays);
}

void AppSettings::setExpiringSoonDays(int days)
{
    days = std::clamp(days, 0, kMaxDays);
    if (store(kExpiringSoon, days))
        emit expiringSoonDaysChanged(days);
}

QList<int> AppSettings::reminderDays() const
{
    if (!m_settings->contains(kReminderDays))
        return ReminderThresholds::defaults();
    // Stored as text: an INI list of ints reads back as strings anyway.
    return ReminderThresholds::parse(m_settings->value(kReminderDays).toString())
        .value_or(ReminderThresholds::defaults());
}

void AppSettings::setReminderDays(const QList<int> &days)
{
    const QList<int> kept = ReminderThresholds::normalized(days);
    if (store(kReminderDays, ReminderThresholds::format(kept)))
        emit reminderDaysChanged(kept);
}

bool AppSettings::closeToTrayExplained() const
{
    return m_settings->value(kCloseToTrayExplained, false).toBool();
}

void AppSettings::setCloseToTrayExplained(bool explained)
{
    store(kCloseToTrayExplained, explained);
}

int AppSettings::maxLifetimeDays() const
{
    return boundedInt(kMaxLifetime, 0, 0, kMaxDays);
}

void AppSettings::setMaxLifetimeDays(int days)
{
    days = std::clamp(days, 0, kMaxDays);
    if (store(kMaxLifetime, days))
        emit maxLifetimeDaysChanged(days);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (store(kLanguage, language))
        emit languageChanged(language);
}

QString AppSettings::currentProfile() const
{
    return m_settings->value(kCurrentProfile).toString();
}

void AppSettings::setCurrentProfile(const QString &name)
{
    if (store(kCurrentProfile, name))
        emit currentProfileChanged(name);
}

QByteArray AppSettings::uiState(const QString &name) const
{
    return m_settings->value(kUiState + name).toByteArray();
}

void AppSettings::setUiState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kUiState + name, state);
}

} // namespace latchkey
