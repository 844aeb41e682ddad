// SandboxSignInPage: the sandbox's stand-in for Logto's sign-in experience — small HTML pages
// without script (sign in with a username, enter a device's user code, done), in the
// browser's language when it is one of Latchkey's.
#pragma once

#include "app/sandbox/sandboxhttpmessage.h"

#include <QByteArrayView>
#include <QString>

namespace latchkey {

class SandboxSignInPage
{
public:
    enum class Language { English, German, French, Chinese };
    enum class Notice {
        None,
        UnknownUser,     // no user has that username
        SuspendedUser,   // the user is suspended
        RequestExpired,  // no sign-in is waiting in this browser (or it expired)
        InvalidUserCode, // the device code is unknown, used or expired
    };

    // The first language of an Accept-Language header the page speaks; English otherwise.
    static Language fromAcceptLanguage(QByteArrayView header);
    explicit SandboxSignInPage(Language language);

    // The username form; it posts to /sign-in.
    SandboxResponse signIn(const QString &appName, const QString &username, Notice notice,
                           int status = 200) const;
    // The user code form of the device flow; it posts to /device.
    SandboxResponse deviceCode(const QString &userCode, Notice notice) const;
    SandboxResponse deviceDone() const;
    // A page that only explains something (e.g. an expired sign-in request).
    SandboxResponse notice(Notice notice, int status) const;

private:
    SandboxResponse page(int status, const QString &title, const QString &body) const;
    QString text(int id) const;
    QString noticeText(Notice notice) const;

    Language m_language;
};

} // namespace latchkey
