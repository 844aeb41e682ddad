#include "ui/inspectorpage.h"

#include "model/operations/tokenonlinetester.h"
#include "model/session/session.h"
#include "net/logtoclient.h"
#include "ui/icons.h"
#include "ui/keysourceselector.h"
#include "ui/tokenpastebox.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
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

Icons::Id iconFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return Icons::Id::Ok;
    case Verdict::Invalid:
        return Icons::Id::Error;
    case Verdict::Warning:
        return Icons::Id::Warning;
    case Verdict::Unrecognised:
        return Icons::Id::Info;
    }
    return Icons::Id::Info;
}

// What a claim's copy button copies: the raw value as the token carries it.
QString rawText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

constexpr int CopyColumn = 2;
} // namespace

InspectorPage::InspectorPage(QWidget *parent)
    : QWidget(parent)
    , m_paste(new TokenPasteBox(this))
    , m_keys(new KeySourceSelector(this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_format(new QLabel(this))
    , m_details(new QTreeWidget(this))
    , m_testOnline(new QPushButton(Icons::get(Icons::Id::Online), tr("&Test Online"), this))
    , m_pickCached(new QToolButton(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
{
    auto *intro = new QLabel(tr("Paste a token to learn what it is. Nothing leaves this "
                                "computer unless you press Test Online."),
                             this);
    intro->setWordWrap(true);

    m_pickCached->setText(tr("Cached &Token"));
    m_pickCached->setIcon(Icons::get(Icons::Id::Lock));
    m_pickCached->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pickCached->setPopupMode(QToolButton::InstantPopup);
    m_pickCached->setMenu(new QMenu(m_pickCached));
    m_pickCached->setToolTip(tr("Inspect a token whose value is cached in your keychain"));
    m_testOnline->setToolTip(tr("Sends this Logto token to the current connection to see "
                                "whether it is still accepted"));

    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format->setEnabled(false);
    m_format->setWordWrap(true);

    m_details->setColumnCount(3);
    m_details->setHeaderLabels({tr("Item"), tr("Value"), QString()});
    m_details->setRootIsDecorated(true);
    m_details->setAlternatingRowColors(true);
    m_details->setUniformRowHeights(false);
    m_details->setWordWrap(true);
    m_details->header()->setStretchLastSection(false);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->header()->setSectionResizeMode(CopyColumn, QHeaderView::ResizeToContents);
    m_details->setAccessibleName(tr("Details"));

    auto *pasteButtons = new QVBoxLayout;
    pasteButtons->addWidget(m_pickCached);
    pasteButtons->addWidget(m_clear);
    pasteButtons->addStretch();
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1, Qt::AlignTop);
    pasteRow->addLayout(pasteButtons);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto *verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_format);
    verdictRow->addLayout(verdictText, 1);
    verdictRow->addWidget(m_testOnline, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addLayout(pasteRow);
    layout->addWidget(m_keys);
    layout->addSpacing(4);
    layout->addLayout(verdictRow);
    layout->addWidget(m_details, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &InspectorPage::inspectNow);
    connect(m_paste, &TokenPasteBox::tokenChanged, this, [this](bool arrivedWhole) {
        if (m_tester)
            m_tester->abort();
        m_online.reset();
        if (arrivedWhole) {
            m_maskAfterInspection = true;
            m_debounce.stop();
            inspectNow();
        } else {
            m_debounce.start();
        }
    });
    connect(m_paste, &TokenPasteBox::problem, m_format, &QLabel::setText);
    connect(m_keys, &KeySourceSelector::keyChanged, this, [this] {
        if (m_keys->key())
            m_inspector.setVerificationKey(*m_keys->key());
        else
            m_inspector.clearVerificationKey();
        if (!m_paste->isEmpty())
            inspectNow();
    });
    connect(m_clear, &QPushButton::clicked, this, &InspectorPage::clear);
    connect(m_testOnline, &QPushButton::clicked, this, &InspectorPage::testOnline);
    updatePickMenu();
    inspectNow();
}

InspectorPage::~InspectorPage()
{
    clear();
}

void InspectorPage::setSession(Session *session)
{
    m_session = session;
    delete m_tester;
    m_tester = nullptr;
    m_online.reset();
    if (session) {
        m_tester = new TokenOnlineTester(session->client(), session->profile().name, this);
        connect(m_tester, &TokenOnlineTester::finished, this,
                [this](const OnlineTestResult &online) {
                    m_online = online;
                    m_testOnline->setText(tr("&Test Online"));
                    if (m_result)
                        show(*m_result);
                    updateButtons();
                });
    }
    m_keys->setConnection(session ? session->client() : nullptr,
                          session ? session->profile().name : QString());
    m_testOnline->setText(tr("&Test Online"));
    if (m_result)
        show(*m_result);
    updateButtons();
}

void InspectorPage::setKnownTokens(const QList<KnownToken> &tokens)
{
    m_known = tokens;
    m_inspector.setKnownTokens(tokens);
    updatePickMenu();
    if (!m_paste->isEmpty())
        inspectNow();
}

void InspectorPage::inspectToken(SecretBytes token)
{
    m_paste->setToken(std::move(token));
}

void InspectorPage::clear()
{
    // The pasted text may be a live secret: do not leave it in the widgets.
    if (m_tester)
        m_tester->abort();
    m_online.reset();
    m_paste->clear();
    m_details->clear();
}

void InspectorPage::inspectNow()
{
    const SecretBytes input = m_paste->token();
    if (input.isEmpty()) {
        m_result.reset();
        m_verdictIcon->clear();
        m_verdict->setText(tr("Nothing to inspect yet"));
        m_format->setText(tr("Supported: Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe and "
                             "AWS keys, and any JWT."));
        m_details->clear();
        updateButtons();
        return;
    }
    m_result = m_inspector.inspect(input.view(), QDateTime::currentDateTimeUtc());
    show(*m_result);
    if (m_maskAfterInspection) {
        m_maskAfterInspection = false;
        m_paste->mask();
    }
    updateButtons();
}

void InspectorPage::testOnline()
{
    if (!m_tester || !m_session || !m_result || m_result->formatId != u"logto-pat"_s)
        return;
    // Known as another connection's token: not sent without asking.
    if (m_result->knownToken &&
        m_result->knownToken->token.connectionName != m_session->profile().name) {
        confirmOnlineTest(m_result->knownToken->token);
        return;
    }
    startOnlineTest();
}

QMessageBox *InspectorPage::onlineConfirmation() const
{
    return m_confirmation;
}

void InspectorPage::confirmOnlineTest(const KnownToken &owner)
{
    if (m_confirmation)
        return;
    const QString server = m_session->profile().endpoint.toDisplayString();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Send the token to another server?"),
        tr("“%1” is a token of the connection “%2”, but Test Online would send it to %3, the "
           "server of “%4”.")
            .arg(owner.name, owner.connectionName, server, m_session->profile().name),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("That server did not issue it and cannot vouch for it, and "
                               "whoever runs it would see the token. Switch to “%1” to test it "
                               "where it belongs.")
                                .arg(owner.connectionName));
    QPushButton *send = box->addButton(tr("&Send to %1").arg(server), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    const QByteArray fingerprint = m_result->fingerprint;
    connect(box, &QMessageBox::buttonClicked, this, [this, send, fingerprint](QAbstractButton *b) {
        // The box may have changed meanwhile: only the token that was asked about goes.
        if (b == send && m_result && m_result->fingerprint == fingerprint)
            startOnlineTest();
    });
    m_confirmation = box;
    box->open();
}

void InspectorPage::startOnlineTest()
{
    if (!m_tester || m_tester->isRunning())
        return;
    m_online.reset();
    m_testOnline->setEnabled(false);
    m_testOnline->setText(tr("Testing…"));
    // The inspector's own normalisation (quotes, "Bearer ", line breaks) is what was shown.
    SecretBytes token = m_paste->token();
    m_tester->test(SecretBytes(token.bytes().trimmed()));
}

void InspectorPage::updateButtons()
{
    const bool pat = m_result && m_result->formatId == u"logto-pat"_s;
    m_testOnline->setVisible(pat);
    m_testOnline->setEnabled(pat && m_tester && !m_tester->isRunning());
    m_clear->setEnabled(!m_paste->isEmpty());
}

void InspectorPage::updatePickMenu()
{
    QMenu *menu = m_pickCached->menu();
    menu->clear();
    for (const KnownToken &token : std::as_const(m_known)) {
        if (!token.cached)
            continue;
        const QString where = token.userLabel.isEmpty()
                                  ? token.connectionName
                                  : tr("%1 on %2").arg(token.userLabel, token.connectionName);
        QAction *action = menu->addAction(tr("%1 — %2").arg(token.name, where));
        connect(action, &QAction::triggered, this,
                [this, token] { emit cachedTokenRequested(token); });
    }
    m_pickCached->setEnabled(!menu->isEmpty());
}

void InspectorPage::addCopyButton(QTreeWidgetItem *item, const QString &value)
{
    auto *button = new QToolButton(m_details);
    button->setIcon(Icons::get(Icons::Id::Copy));
    button->setAutoRaise(true);
    button->setToolTip(tr("Copy “%1”").arg(item->text(0)));
    button->setAccessibleName(button->toolTip());
    const QString what = item->text(0);
    connect(button, &QToolButton::clicked, this, [this, value, what] {
        QGuiApplication::clipboard()->setText(value);
        emit copied(what);
    });
    m_details->setItemWidget(item, CopyColumn, button);
}

void InspectorPage::show(const InspectionResult &result)
{
    const int size = m_verdict->fontMetrics().height() + 4;
    m_verdictIcon->setPixmap(Icons::get(iconFor(result.verdict)).pixmap(size, size));
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
    auto sentence = [](QTreeWidgetItem *parent, const QString &text, Icons::Id icon) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setIcon(0, Icons::get(icon));
        item->setFirstColumnSpanned(true);
        return item;
    };
    if (m_online) {
        auto *online = section(tr("Online test"));
        sentence(online, m_online->message,
                 m_online->valid           ? Icons::Id::Ok
                 : m_online->tokenRejected ? Icons::Id::Error
                                           : Icons::Id::Warning);
        if (m_online->accessToken) {
            for (const Claim &claim : m_online->accessToken->claims)
                new QTreeWidgetItem(online, {claim.name, claim.display});
            const SignatureResult &signature = m_online->accessToken->signature;
            new QTreeWidgetItem(online,
                                {tr("Signature"), signature.ok ? tr("Valid (%1, the server’s key "
                                                                    "set)")
                                                                     .arg(signature.algorithm)
                                                               : signature.reason});
        }
    }
    if (result.knownToken)
        sentence(section(tr("Known token")), result.knownToken->sentence,
                 result.knownToken->token.cached ? Icons::Id::Lock : Icons::Id::Info);
    if (!result.findings.isEmpty()) {
        auto *findings = section(tr("Findings"));
        for (const Finding &finding : result.findings)
            sentence(findings, finding.message, iconFor(finding.severity));
    }
    if (!result.fields.isEmpty()) {
        auto *fields = section(tr("Decoded"));
        for (const DecodedField &field : result.fields)
            addCopyButton(new QTreeWidgetItem(fields, {field.label, field.value}), field.value);
    }
    if (!result.claims.isEmpty()) {
        auto *claims = section(tr("Claims"));
        for (const Claim &claim : result.claims)
            addCopyButton(new QTreeWidgetItem(claims, {claim.name, claim.display}),
                          rawText(claim.value));
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
    const QString fingerprint = QString::fromLatin1(result.fingerprint);
    addCopyButton(new QTreeWidgetItem(about, {tr("SHA-256"), fingerprint}), fingerprint);
}

} // namespace latchkey
