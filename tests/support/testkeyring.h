// TestKeyring: locks and unlocks the login collection of the test session's
// gnome-keyring over D-Bus, for the tests of what Latchkey does with a locked
// keychain (run alone: a locked keyring fails every other keychain test).
#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDebug>

namespace latchkey::test {

class TestKeyring
{
public:
    static bool isLocked()
    {
        QDBusMessage message = QDBusMessage::createMethodCall(
            service(), collection(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        message.setArguments(
            {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
        const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(message);
        return reply.isValid() && reply.value().variant().toBool();
    }

    static bool lock()
    {
        call(QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
             {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection())})});
        return isLocked();
    }

    // gnome-keyring's own (unsupported, but the only prompt-free) unlock call; the
    // password travels in a "plain" session, which is fine for a throw-away keyring.
    static bool unlock()
    {
        const QDBusMessage opened =
            call(QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
                 {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return false;
        const auto session = opened.arguments().at(1).value<QDBusObjectPath>();
        QDBusArgument secret;
        secret.beginStructure();
        secret << session << QByteArray() << qgetenv("LATCHKEY_TEST_KEYRING_PASSWORD")
               << QStringLiteral("text/plain");
        secret.endStructure();
        const QDBusMessage reply =
            call(QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                 QStringLiteral("UnlockWithMasterPassword"),
                 {QVariant::fromValue(QDBusObjectPath(collection())), QVariant::fromValue(secret)});
        if (reply.type() != QDBusMessage::ReplyMessage)
            qWarning() << "unlock failed:" << reply.errorMessage();
        return !isLocked();
    }

private:
    static QString service() { return QStringLiteral("org.freedesktop.secrets"); }
    static QString collection()
    {
        return QStringLiteral("/org/freedesktop/secrets/collection/login");
    }

    static QDBusMessage call(const QString &interface, const QString &method,
                             const QVariantList &args)
    {
        QDBusMessage message = QDBusMessage::createMethodCall(
            service(), QStringLiteral("/org/freedesktop/secrets"), interface, method);
        message.setArguments(args);
        return QDBusConnection::sessionBus().call(message, QDBus::Block, 20000);
    }
};

} // namespace latchkey::test
