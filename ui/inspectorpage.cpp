// InspectorPage: paste any token and learn, offline, what it is — a verdict
// line, the findings and the decoded details; JWS signatures can be checked
// against the current connection's keys.
#include "inspectorpage.h"

#include "connectionsession.h"
#include "icons.h"
#include "logtoclient.h"
#include "secretbytes.h"
#include "tokeninspector.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
Icons::Id iconFor(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Icons::Id::Info;
    case Severity::Warning:
        return Icons::Id::Warning;
    case Severity::Error:
    case Severity::Critical:
        return Icons::Id::Error;
    }
    return Icons::Id::Info;
}
} // namespace

InspectorPage::InspectorPage(QWidget *parent)
    : QWidget(parent)
    , m_input(new QPlainTextEdit(this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_format(new QLabel(this))
    , m_details(new QTreeWidget(this))
    , m_verify(new QPushButton(tr("Check &Signature with This Connection’s Keys"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
{
    auto *intro = new QLabel(tr("Paste a token to learn what it is. Nothing leaves this "
                                "computer unless you ask to check a signature."),
                             this);
    intro->setWordWrap(true);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setFont(mono);
    m_input->setPlaceholderText(tr("Paste a token here (Ctrl+V)"));
    m_input->setAccessibleName(tr("Token to inspect"));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 5 + 12);
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere);

    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format->setEnabled(false);

    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Item"), tr("Value")});
    m_details->setRootIsDecorated(true);
    m_details->setAlternatingRowColors(true);
    m_details->setUniformRowHeights(false);
    m_details->setWordWrap(true);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setAccessibleName(tr("Details"));

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto *verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_format);
    verdictRow->addLayout(verdictText, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch();
    buttons->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    layout->addLayout(verdictRow);
    layout->addWidget(m_details, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &InspectorPage::inspectNow);
    connect(m_input, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_clear, &QPushButton::clicked, this, &InspectorPage::clear);
    connect(m_verify, &QPushButton::clicked, this, &InspectorPage::fetchKeys);
    m_verify->setEnabled(false);
    inspectNow();
}

InspectorPage::~InspectorPage()
{
    clear();
}

void InspectorPage::setSession(ConnectionSession *session)
{
    m_session = session;
    m_jwks.clear();
    inspectNow();
}

void InspectorPage::setKnownTokens(const QList<KnownToken> &tokens)
{
    m_known = tokens;
    if (!m_input->toPlainText().isEmpty())
        inspectNow();
}

void InspectorPage::clear()
{
    // The pasted text may be a live secret: do not leave it in the widget.
    m_input->clear();
    m_details->clear();
}

void InspectorPage::inspectNow()
{
    SecretBytes input = SecretBytes::fromString(m_input->toPlainText());
    if (input.isEmpty()) {
        m_verdictIcon->clear();
        m_verdict->setText(tr("Nothing to inspect yet"));
        m_format->setText(tr("Supported: Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe and "
                             "AWS keys, and any JWT."));
        m_details->clear();
        m_verify->setEnabled(false);
        return;
    }
    TokenInspector inspector;
    inspector.setKnownTokens(m_known);
    if (!m_jwks.isEmpty())
        inspector.setVerificationKey(VerificationKey::fromJwks(m_jwks));
    const InspectionResult result =
        inspector.inspect(input.view(), QDateTime::currentDateTimeUtc());
    show(result);
    m_verify->setEnabled(m_session && result.formatId == u"jws"_s && m_jwks.isEmpty());
}

void InspectorPage::show(const InspectionResult &result)
{
    Icons::Id icon = Icons::Id::Info;
    switch (result.verdict) {
    case Verdict::Valid:
        icon = Icons::Id::Ok;
        break;
    case Verdict::Invalid:
        icon = Icons::Id::Error;
        break;
    case Verdict::Warning:
        icon = Icons::Id::Warning;
        break;
    case Verdict::Unrecognised:
        icon = Icons::Id::Info;
        break;
    }
    const int size = m_verdict->fontMetrics().height() + 4;
    m_verdictIcon->setPixmap(Icons::get(icon).pixmap(size, size));
    m_verdict->setText(result.verdictText);
    m_format->setText(
        tr("%1 · %n character(s)", nullptr, int(result.length)).arg(result.formatName));

    m_details->clear();
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_details, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    if (result.knownToken) {
        auto *known = section(tr("Known token"));
        new QTreeWidgetItem(known, {result.knownToken->sentence});
        known->child(0)->setFirstColumnSpanned(true);
    }
    if (!result.findings.isEmpty()) {
        auto *findings = section(tr("Findings"));
        for (const Finding &finding : result.findings) {
            auto *item = new QTreeWidgetItem(findings, {finding.message});
            item->setIcon(0, Icons::get(iconFor(finding.severity)));
            item->setFirstColumnSpanned(true);
        }
    }
    if (!result.fields.isEmpty()) {
        auto *fields = section(tr("Decoded"));
        for (const DecodedField &field : result.fields)
            new QTreeWidgetItem(fields, {field.label, field.value});
    }
    if (!result.claims.isEmpty()) {
        auto *claims = section(tr("Claims"));
        for (const Claim &claim : result.claims)
            new QTreeWidgetItem(claims, {claim.name, claim.display});
    }
    if (result.signature.checked || !result.signature.algorithm.isEmpty()) {
        auto *signature = section(tr("Signature"));
        QString state = !result.signature.checked ? tr("Not checked")
                        : result.signature.ok     ? tr("Valid")
                                                  : tr("Invalid");
        auto *item = new QTreeWidgetItem(signature, {tr("Result"), state});
        if (result.signature.checked)
            item->setIcon(1, Icons::get(result.signature.ok ? Icons::Id::Ok : Icons::Id::Error));
        if (!result.signature.algorithm.isEmpty())
            new QTreeWidgetItem(signature, {tr("Algorithm"), result.signature.algorithm});
        if (!result.signature.keyId.isEmpty())
            new QTreeWidgetItem(signature, {tr("Key ID"), result.signature.keyId});
        if (!result.signature.reason.isEmpty())
            new QTreeWidgetItem(signature, {tr("Why"), result.signature.reason});
    }
    auto *about = section(tr("Fingerprint"));
    new QTreeWidgetItem(about, {tr("SHA-256"), QString::fromLatin1(result.fingerprint)});
}

void InspectorPage::fetchKeys()
{
    if (!m_session)
        return;
    m_verify->setEnabled(false);
    m_verify->setText(tr("Fetching keys…"));
    m_session->client()->fetchJwks(this, [this](Result<QByteArray> result) {
        m_verify->setText(tr("Check &Signature with This Connection’s Keys"));
        if (!result) {
            m_format->setText(result.error().userMessage());
            m_verify->setEnabled(true);
            return;
        }
        m_jwks = result.value();
        inspectNow();
    });
}

} // namespace latchkey
