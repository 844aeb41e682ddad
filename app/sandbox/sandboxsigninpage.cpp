// The pages are plain HTML forms: no script runs, so any browser (and a test playing one with
// QNetworkAccessManager) completes a sign-in. The sandbox is a stand-in for Logto's own
// experience app, which has its own phrases; these few are kept here in Latchkey's languages.
#include "app/sandbox/sandboxsigninpage.h"

#include <QList>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

enum Text {
    SignInTitle,
    SignInTo,
    Username,
    Continue,
    SandboxHint,
    DeviceTitle,
    DeviceIntro,
    UserCode,
    DoneTitle,
    DoneBody,
    UnknownUserText,
    SuspendedText,
    ExpiredText,
    InvalidCodeText,
    TextCount
};

// One row per language, in the order of SandboxSignInPage::Language.
const char16_t *const kTexts[4][TextCount] = {
    {u"Sign in", u"Sign in to %1", u"Username", u"Continue",
     u"This is the Latchkey sandbox: no password is needed.", u"Connect a device",
     u"Enter the code your device shows.", u"Code", u"Device connected",
     u"You can close this page and go back to your device.", u"No account has this username.",
     u"This account is suspended.",
     u"This sign-in request has expired or was already used. Start again from the app.",
     u"This code is not valid, or it has expired or was already used."},
    {u"Anmelden", u"Bei %1 anmelden", u"Benutzername", u"Weiter",
     u"Dies ist die Latchkey-Sandbox: Ein Passwort ist nicht nötig.", u"Gerät verbinden",
     u"Geben Sie den Code ein, den Ihr Gerät anzeigt.", u"Code", u"Gerät verbunden",
     u"Sie können diese Seite schließen und zu Ihrem Gerät zurückkehren.",
     u"Kein Konto hat diesen Benutzernamen.", u"Dieses Konto ist gesperrt.",
     u"Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut in "
     u"der App.",
     u"Dieser Code ist ungültig, abgelaufen oder wurde bereits verwendet."},
    {u"Connexion", u"Se connecter à %1", u"Nom d’utilisateur", u"Continuer",
     u"Ceci est le bac à sable de Latchkey : aucun mot de passe n’est nécessaire.",
     u"Connecter un appareil", u"Saisissez le code affiché par votre appareil.", u"Code",
     u"Appareil connecté", u"Vous pouvez fermer cette page et revenir à votre appareil.",
     u"Aucun compte n’a ce nom d’utilisateur.", u"Ce compte est suspendu.",
     u"Cette demande de connexion a expiré ou a déjà été utilisée. Recommencez depuis "
     u"l’application.",
     u"Ce code n’est pas valide, a expiré ou a déjà été utilisé."},
    {u"登录", u"登录到 %1", u"用户名", u"继续", u"这是 Latchkey 沙盒：无需密码。", u"连接设备",
     u"请输入设备上显示的代码。", u"代码", u"设备已连接", u"您可以关闭此页面并返回您的设备。",
     u"没有使用此用户名的账户。", u"此账户已被停用。",
     u"此登录请求已过期或已被使用。请从应用重新开始。", u"此代码无效、已过期或已被使用。"},
};

const char *const kLanguageTags[] = {"en", "de", "fr", "zh-CN"};

const char kStyle[] =
    "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}"
    "main{max-width:22rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:.75rem;"
    "box-shadow:0 1px 4px rgba(0,0,0,.12)}"
    "h1{font-size:1.4rem;margin:0 0 1rem}label{display:block;margin:1rem 0 .3rem}"
    "input{box-sizing:border-box;width:100%;padding:.55rem;font-size:1rem}"
    "button{margin-top:1.2rem;width:100%;padding:.6rem;font-size:1rem;border:0;"
    "border-radius:.4rem;background:#5d34f2;color:#fff;cursor:pointer}"
    ".error{color:#b3261e}.hint{color:#5f6673;font-size:.85rem;margin-top:1.5rem}";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SandboxSignInPage::Language SandboxSignInPage::fromAcceptLanguage(QByteArrayView header)
{
    struct Range
    {
        QByteArray tag;
        double q;
    };
    QList<Range> ranges;
    for (const QByteArray &part : header.toByteArray().split(',')) {
        const QList<QByteArray> fields = part.split(';');
        Range range{fields.value(0).trimmed().toLower(), 1.0};
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray field = fields[i].trimmed();
            if (field.startsWith("q="))
                range.q = field.mid(2).toDouble();
        }
        if (!range.tag.isEmpty() && range.q > 0)
            ranges.append(range);
    }
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const Range &a, const Range &b) { return a.q > b.q; });
    for (const Range &range : std::as_const(ranges)) {
        const QByteArray primary = range.tag.split('-').value(0);
        if (primary == "en")
            return Language::English;
        if (primary == "de")
            return Language::German;
        if (primary == "fr")
            return Language::French;
        if (primary == "zh")
            return Language::Chinese;
    }
    return Language::English;
}

SandboxSignInPage::SandboxSignInPage(Language language)
    : m_language(language)
{}

QString SandboxSignInPage::text(int id) const
{
    return QString::fromUtf16(kTexts[int(m_language)][id]);
}

QString SandboxSignInPage::noticeText(Notice notice) const
{
    switch (notice) {
    case Notice::UnknownUser:
        return text(UnknownUserText);
    case Notice::SuspendedUser:
        return text(SuspendedText);
    case Notice::RequestExpired:
        return text(ExpiredText);
    case Notice::InvalidUserCode:
        return text(InvalidCodeText);
    case Notice::None:
        break;
    }
    return {};
}

SandboxResponse SandboxSignInPage::page(int status, const QString &title, const QString &body) const
{
    const QString html =
        u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%2</title><style>%3</style></head>\n<body><main>\n%4</main></body></html>\n"_s.arg(
            QLatin1StringView(kLanguageTags[int(m_language)]), escaped(title),
            QLatin1StringView(kStyle), body);
    SandboxResponse r;
    r.status = status;
    r.addHeader("Content-Type", "text/html; charset=utf-8");
    r.addHeader("Cache-Control", "no-store");
    // No script, no frames; form-action stays open because the sign-in ends in a redirect to
    // the application's own redirect_uri.
    r.addHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    r.addHeader("X-Frame-Options", "DENY");
    r.addHeader("Referrer-Policy", "no-referrer");
    r.body = html.toUtf8();
    return r;
}

SandboxResponse SandboxSignInPage::signIn(const QString &appName, const QString &username,
                                          Notice notice, int status) const
{
    QString body = u"<h1>%1</h1>\n"_s.arg(escaped(text(SignInTitle)));
    if (!appName.isEmpty())
        body += u"<p>%1</p>\n"_s.arg(
            escaped(text(SignInTo)).arg(u"<strong>"_s + escaped(appName) + u"</strong>"_s));
    if (notice != Notice::None)
        body += u"<p class=\"error\" role=\"alert\">%1</p>\n"_s.arg(escaped(noticeText(notice)));
    body += u"<form method=\"post\" action=\"/sign-in\">\n"
            "<label for=\"username\">%1</label>\n"
            "<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" "
            "autocapitalize=\"none\" spellcheck=\"false\" required autofocus value=\"%2\">\n"
            "<button type=\"submit\">%3</button>\n</form>\n<p class=\"hint\">%4</p>\n"_s.arg(
                escaped(text(Username)), escaped(username), escaped(text(Continue)),
                escaped(text(SandboxHint)));
    return page(status, text(SignInTitle), body);
}

SandboxResponse SandboxSignInPage::deviceCode(const QString &userCode, Notice notice) const
{
    QString body =
        u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(escaped(text(DeviceTitle)), escaped(text(DeviceIntro)));
    if (notice != Notice::None)
        body += u"<p class=\"error\" role=\"alert\">%1</p>\n"_s.arg(escaped(noticeText(notice)));
    body += u"<form method=\"post\" action=\"/device\">\n"
            "<label for=\"user_code\">%1</label>\n"
            "<input id=\"user_code\" name=\"user_code\" type=\"text\" autocomplete=\"off\" "
            "autocapitalize=\"characters\" spellcheck=\"false\" required autofocus "
            "value=\"%2\">\n<button type=\"submit\">%3</button>\n</form>\n"_s.arg(
                escaped(text(UserCode)), escaped(userCode), escaped(text(Continue)));
    return page(200, text(DeviceTitle), body);
}

SandboxResponse SandboxSignInPage::deviceDone() const
{
    return page(
        200, text(DoneTitle),
        u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(escaped(text(DoneTitle)), escaped(text(DoneBody))));
}

SandboxResponse SandboxSignInPage::notice(Notice notice, int status) const
{
    return page(status, text(SignInTitle),
                u"<h1>%1</h1>\n<p class=\"error\" role=\"alert\">%2</p>\n"_s.arg(
                    escaped(text(SignInTitle)), escaped(noticeText(notice))));
}

} // namespace latchkey
