// Rules from Logto 1.42 (core-kit utils/url.ts, core oidc/wildcard-redirect-uri.ts) and
// oidc-provider 9.11.3 (helpers/client_schema.js), as docs/logto-api.md "Sign-in (OIDC)" lists
// them; URLs are compared in their normalised WHATWG form.
#include "app/sandbox/sandboxredirecturis.h"

#include "app/sandbox/sandboxstore.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

const QStringList kLoopbacks = {u"localhost"_s, u"127.0.0.1"_s, u"[::1]"_s};
const QStringList kForbiddenSchemes = {u"javascript"_s, u"vbscript"_s, u"data"_s,
                                       u"blob"_s,       u"file"_s,     u"about"_s};

bool isSpecial(const QString &scheme)
{
    return scheme == u"http"_s || scheme == u"https"_s;
}

int defaultPort(const QString &scheme)
{
    return scheme == u"http"_s ? 80 : scheme == u"https"_s ? 443 : -1;
}

// An absolute URL as the WHATWG parser would keep it: scheme and host in lower case, a
// default port dropped, "/" for an empty path of http(s).
std::optional<QUrl> parse(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative())
        return std::nullopt;
    url.setScheme(url.scheme().toLower());
    if (isSpecial(url.scheme())) {
        if (url.host().isEmpty())
            return std::nullopt;
        if (url.port() == defaultPort(url.scheme()))
            url.setPort(-1);
        if (url.path().isEmpty())
            url.setPath(u"/"_s);
    }
    return url;
}

// The hostname as WHATWG URL spells it: IPv6 addresses keep their brackets.
QString hostname(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    return host.contains(u':') ? u'[' + host + u']' : host;
}

QString href(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

// text up to (not including) the first of the given characters.
QString leftOfAny(const QString &text, QStringView characters)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (characters.contains(text[i]))
            return text.left(i);
    }
    return text;
}

bool hasDotSegments(const QString &uri)
{
    const qsizetype scheme = uri.indexOf(u"://"_s);
    if (scheme <= 0)
        return false;
    const QString rest = uri.mid(scheme + 3);
    const qsizetype slash = leftOfAny(rest, u"?#").indexOf(u'/');
    if (slash < 0)
        return false;
    for (const QString &segment : leftOfAny(rest.mid(slash), u"?#").split(u'/')) {
        const QString lower = segment.toLower();
        if (segment == u"."_s || segment == u".."_s || lower == u"%2e"_s || lower == u"%2e%2e"_s)
            return true;
    }
    return false;
}

// A registered web URI with '*' in its host labels or path (never in scheme, port, query or
// fragment; not in the last two host labels).
struct WildcardPattern
{
    QString scheme;
    int port = -1;
    QString host;
    QString path;
    QString query;
    bool hasQuery = false;
    QString fragment;
    bool hasFragment = false;
};

std::optional<WildcardPattern> parseWildcard(const QString &pattern)
{
    const qsizetype schemeEnd = pattern.indexOf(u"://"_s);
    if (schemeEnd <= 0 || pattern.left(schemeEnd).contains(u'*'))
        return std::nullopt;
    const qsizetype queryAt = pattern.indexOf(u'?');
    const qsizetype fragmentAt = pattern.indexOf(u'#');
    if ((queryAt >= 0 && pattern.mid(queryAt).contains(u'*')) ||
        (fragmentAt >= 0 && pattern.mid(fragmentAt).contains(u'*')))
        return std::nullopt;
    const auto parsed = parse(QString(pattern).replace(u'*', u"wildcard"_s));
    if (!parsed || !isSpecial(parsed->scheme()))
        return std::nullopt;
    const QString rest = pattern.mid(schemeEnd + 3);
    const QString authority = leftOfAny(rest, u"/?#");
    if (authority.isEmpty() || authority.contains(u'@') || authority.startsWith(u'['))
        return std::nullopt;
    const qsizetype colon = authority.lastIndexOf(u':');
    const bool hasPort = colon >= 0 && authority.indexOf(u':') == colon;
    if (hasPort && authority.mid(colon + 1).contains(u'*'))
        return std::nullopt;
    const QString host = (hasPort ? authority.left(colon) : authority).toLower();
    if (host.contains(u'*') && !host.contains(u'.'))
        return std::nullopt;
    const QStringList labels = host.split(u'.');
    if (labels.size() >= 2 &&
        (labels.last().contains(u'*') || labels[labels.size() - 2].contains(u'*')))
        return std::nullopt;
    const qsizetype pathStart = schemeEnd + 3 + authority.size();
    qsizetype pathEnd = pattern.size();
    if (queryAt >= 0)
        pathEnd = qMin(pathEnd, queryAt);
    if (fragmentAt >= 0)
        pathEnd = qMin(pathEnd, fragmentAt);
    WildcardPattern p;
    p.scheme = parsed->scheme();
    p.port = parsed->port();
    p.host = host;
    p.path = pattern.mid(pathStart, pathEnd - pathStart);
    if (p.path.isEmpty())
        p.path = u"/"_s;
    p.hasQuery = parsed->hasQuery();
    p.query = parsed->query(QUrl::FullyEncoded);
    p.hasFragment = parsed->hasFragment();
    p.fragment = parsed->fragment(QUrl::FullyEncoded);
    return p;
}

QRegularExpression wildcardExpression(const QString &pattern, const QString &star)
{
    QStringList parts = pattern.split(u'*');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(u'^' + parts.join(star) + u'$',
                              QRegularExpression::CaseInsensitiveOption);
}

bool wildcardMatch(const QString &pattern, const QUrl &actual)
{
    const auto p = parseWildcard(pattern);
    if (!p || actual.scheme() != p->scheme || actual.port() != p->port)
        return false;
    const QStringList patternLabels = p->host.split(u'.');
    const QStringList labels = hostname(actual).split(u'.');
    if (patternLabels.size() != labels.size())
        return false;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!wildcardExpression(patternLabels[i], u"[^.]+"_s).match(labels[i]).hasMatch())
            return false;
    }
    QRegularExpression path = wildcardExpression(p->path, u".*"_s);
    path.setPatternOptions(QRegularExpression::NoPatternOption);
    return path.match(actual.path(QUrl::FullyEncoded)).hasMatch() &&
           actual.hasQuery() == p->hasQuery && actual.query(QUrl::FullyEncoded) == p->query &&
           actual.hasFragment() == p->hasFragment &&
           actual.fragment(QUrl::FullyEncoded) == p->fragment;
}

bool matchesRegistered(const QStringList &registered, const QUrl &actual)
{
    for (const QString &allowed : registered) {
        if (allowed.contains(u'*')) {
            if (wildcardMatch(allowed, actual))
                return true;
            continue;
        }
        const auto parsed = parse(allowed);
        if (parsed && href(*parsed) == href(actual))
            return true;
    }
    return false;
}

} // namespace

bool SandboxRedirectUris::registrable(const QString &uri)
{
    static const QRegularExpression mobileScheme(
        u"^(?!http(s)?$)[a-z][\\d+_a-z-]*(\\.[\\d+_a-z-]+)*$"_s);
    if (uri.contains(u'*'))
        return parseWildcard(uri).has_value() && !hasDotSegments(uri);
    const auto url = parse(uri);
    if (!url)
        return false;
    if (isSpecial(url->scheme()))
        return !hasDotSegments(uri);
    return mobileScheme.match(url->scheme()).hasMatch();
}

QString SandboxRedirectUris::clientProblem(const SandboxApp &app)
{
    const QString label = u"redirect_uris"_s;
    for (const QString &uri : app.redirectUris) {
        const auto url = parse(QString(uri).replace(u'*', u"wildcard"_s));
        if (!url)
            return label + u" must only contain valid uris"_s;
        if (url->hasFragment())
            return label + u" must not contain fragments"_s;
        const QString scheme = url->scheme();
        if (app.type != u"Native"_s) {
            if (!isSpecial(scheme))
                return label + u" must only contain web uris"_s;
            continue;
        }
        const QString host = hostname(*url);
        if (scheme == u"http"_s && !kLoopbacks.contains(host))
            return label + u" for native clients using http as a protocol can only use loopback "
                           "addresses as hostnames"_s;
        if (scheme == u"https"_s && kLoopbacks.contains(host))
            return label + u" for native clients using claimed HTTPS URIs must not be using %1 "
                           "as hostname"_s.arg(host);
        if (kForbiddenSchemes.contains(scheme))
            return label + u" must not use the %1 URI scheme"_s.arg(scheme);
    }
    return {};
}

bool SandboxRedirectUris::allowed(const SandboxApp &app, const QString &redirectUri)
{
    if (redirectUri.contains(u'*'))
        return false;
    const auto candidate = parse(redirectUri);
    if (!candidate)
        return false;
    if (matchesRegistered(app.redirectUris, *candidate))
        return true;
    // RFC 8252 section 7.3, for Native apps only: a loopback redirect matches on any port, but
    // the host must be the same (127.0.0.1, localhost and [::1] are not interchangeable).
    if (app.type != u"Native"_s || candidate->scheme() != u"http"_s ||
        !kLoopbacks.contains(hostname(*candidate)))
        return false;
    QUrl portless = *candidate;
    portless.setPort(-1);
    for (const QString &allowed : app.redirectUris) {
        auto registered = parse(allowed);
        if (!registered)
            continue;
        registered->setPort(-1);
        if (href(*registered) == href(portless))
            return true;
    }
    return false;
}

} // namespace latchkey
