// TestBrowser: plays the user's browser in the sign-in tests, over real HTTP.
#include "tests/support/testbrowser.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace latchkey::test {

namespace {

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(u"\\b%1\\s*=\\s*\"([^\"]*)\""_s.arg(name));
    const auto match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    // The pages escape what they put into attributes.
    QString value = match.captured(1);
    value.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    return value.replace(u"&amp;"_s, u"&"_s);
}

} // namespace

TestBrowser::TestBrowser(QString username)
    : m_username(std::move(username))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_manager->setCookieJar(new QNetworkCookieJar(m_manager.get()));
}

TestBrowser::~TestBrowser() = default;

TestBrowser::Answer TestBrowser::send(const QByteArray &method, const QUrl &url,
                                      const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "text/html");
    request.setRawHeader("Accept-Language", m_language);
    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        reply = m_manager->post(request, form);
    } else {
        reply = m_manager->get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.error = u"no answer from %1"_s.arg(url.toString());
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        answer.location = url.resolved(QUrl::fromEncoded(location));
    if (answer.status == 0 && answer.error.isEmpty())
        answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

TestBrowser::Outcome TestBrowser::get(const QUrl &url)
{
    Outcome outcome;
    const Answer answer = send("GET", url, {});
    outcome.status = answer.status;
    outcome.url = url;
    outcome.body = answer.body;
    outcome.error = answer.error;
    outcome.ok = answer.error.isEmpty() && answer.status >= 200 && answer.status < 300;
    outcome.visits.append({"GET", url, answer.status, answer.location});
    return outcome;
}

TestBrowser::Outcome TestBrowser::open(const QUrl &start, int steps)
{
    Outcome outcome;
    QByteArray method = "GET";
    QUrl url = start;
    QByteArray form;
    int formsSent = 0;
    for (int step = 0; step < steps; ++step) {
        const Answer answer = send(method, url, form);
        outcome.visits.append({method, url, answer.status, answer.location});
        outcome.status = answer.status;
        outcome.url = url;
        outcome.body = answer.body;
        if (!answer.error.isEmpty()) {
            outcome.error = answer.error;
            return outcome;
        }
        if (answer.status >= 300 && answer.status < 400 && answer.location.isValid()) {
            method = "GET";
            url = answer.location;
            form.clear();
            continue;
        }
        if (answer.status < 200 || answer.status >= 300) {
            outcome.error = u"HTTP %1 at %2"_s.arg(answer.status).arg(url.toString());
            return outcome;
        }
        const QString html = QString::fromUtf8(answer.body);
        static const QRegularExpression formTag(u"<form\\b[^>]*>"_s);
        const auto formMatch = formTag.match(html);
        if (!formMatch.hasMatch()) {
            outcome.ok = true;
            return outcome;
        }
        if (++formsSent > 4) {
            outcome.error = u"the same forms keep coming back"_s;
            return outcome;
        }
        const int end = html.indexOf(u"</form>"_s, formMatch.capturedEnd());
        const QString inside =
            html.mid(formMatch.capturedEnd(), end < 0 ? -1 : end - formMatch.capturedEnd());
        QUrlQuery fields;
        static const QRegularExpression inputTag(u"<input\\b[^>]*>"_s);
        for (auto it = inputTag.globalMatch(inside); it.hasNext();) {
            const QString tag = it.next().captured(0);
            const QString name = attribute(tag, u"name"_s);
            if (name.isEmpty())
                continue;
            const QString value = name == u"username"_s ? m_username : attribute(tag, u"value"_s);
            fields.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                                QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        const QString action = attribute(formMatch.captured(0), u"action"_s);
        method = attribute(formMatch.captured(0), u"method"_s).toUpper().toLatin1();
        if (method.isEmpty())
            method = "GET";
        url = url.resolved(QUrl(action));
        form = fields.query(QUrl::FullyEncoded).toLatin1();
        if (method == "GET") {
            url.setQuery(QString::fromLatin1(form));
            form.clear();
        }
    }
    outcome.error = u"more than %1 steps"_s.arg(steps);
    return outcome;
}

} // namespace latchkey::test
