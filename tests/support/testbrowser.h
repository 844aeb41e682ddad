// TestBrowser: plays the user's browser in the sign-in tests, over real HTTP:
// follows redirects (keeping cookies), and on a page with a form fills in the
// username (and keeps every other field as the page set it) and submits it —
// the sandbox's sign-in and device pages are plain forms — until it reaches a
// page without a form (the app's "You can close this tab", the device's done
// page) or an error.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace latchkey::test {

class TestBrowser
{
public:
    struct Visit
    {
        QByteArray method;
        QUrl url;
        int status = 0;
        QUrl location; // of a redirect
    };
    struct Outcome
    {
        bool ok = false; // ended on a 2xx page without a form
        int status = 0;  // of the last answer
        QUrl url;        // of the last request
        QByteArray body; // of the last answer
        QString error;   // why it stopped, when not ok
        QList<Visit> visits;
    };

    explicit TestBrowser(QString username);
    ~TestBrowser();

    // Opens url and goes on through redirects and forms (at most `steps` requests).
    Outcome open(const QUrl &url, int steps = 20);
    // One request, nothing followed.
    Outcome get(const QUrl &url);
    // The Accept-Language the browser sends ("en" by default).
    void setLanguage(const QByteArray &acceptLanguage) { m_language = acceptLanguage; }

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QUrl location;
        QString error;
    };
    Answer send(const QByteArray &method, const QUrl &url, const QByteArray &form);

    QString m_username;
    QByteArray m_language = "en";
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace latchkey::test
