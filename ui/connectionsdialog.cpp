// ConnectionsDialog: adds, edits, tests and removes saved connections of both kinds.
#include "ui/connectionsdialog.h"

#include "model/session/connectioncheck.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "net/transportpolicy.h"
#include "ui/icons.h"
#include "ui/statuspalette.h"
#include "ui/userpickerdialog.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

QUrl urlOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

bool isRemoteHttp(const QUrl &url)
{
    return url.scheme() == u"http"_s && !url.host().isEmpty() &&
           !TransportPolicy::isLoopbackHost(url.host());
}

} // namespace

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_check(new ConnectionCheck(this))
    , m_policyReader(new ConnectionCheck(this))
    , m_policyDelay(new QTimer(this))
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_chooser(new QWidget(this))
    , m_developerChoice(new QCommandLinkButton(tr("I manage my own tokens"), m_chooser))
    , m_adminChoice(new QCommandLinkButton(tr("I administer a tenant"), m_chooser))
    , m_kindLabel(new QLabel(this))
    , m_changeKind(new QPushButton(tr("C&hange…"), this))
    , m_form(new QGridLayout)
    , m_name(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_appIdLabel(new QLabel(this))
    , m_appId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_replaceSecret(new QPushButton(tr("Replace Secret…"), this))
    , m_apiIndicator(new QLineEdit(this))
    , m_resource(new QLineEdit(this))
    , m_resourceNote(new QLabel(this))
    , m_deviceAppId(new QLineEdit(this))
    , m_userId(new QLineEdit(this))
    , m_chooseUser(new QPushButton(tr("Choose…"), this))
    , m_caFile(new QLineEdit(this))
    , m_allowHttp(new QCheckBox(tr("Allow plain &HTTP to this host"), this))
    , m_httpWarning(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Connections"));

    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setMinimumWidth(160);
    auto *add = new QPushButton(Icons::get(Icons::Id::Generate), tr("&Add"), this);
    m_remove = new QPushButton(tr("Re&move…"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // The kind, asked in the words of what the person does, not of OAuth.
    auto *question = new QLabel(tr("What will you do with this connection?"), m_chooser);
    QFont bigger = question->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    question->setFont(bigger);
    question->setWordWrap(true);
    m_developerChoice->setDescription(
        tr("See, create and revoke your own tokens. You sign in as yourself in your browser, "
           "through your organisation's Latchkey gateway: there is no secret to type."));
    m_adminChoice->setDescription(
        tr("Manage the tokens of every user of a Logto tenant, with a machine-to-machine app "
           "and its secret."));
    auto *chooserLayout = new QVBoxLayout(m_chooser);
    chooserLayout->addWidget(question);
    chooserLayout->addSpacing(8);
    chooserLayout->addWidget(m_developerChoice);
    chooserLayout->addWidget(m_adminChoice);
    chooserLayout->addStretch();

    m_gateway->setPlaceholderText(u"https://latchkey.example.com"_s);
    m_endpoint->setPlaceholderText(u"https://tenant.logto.app"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("App secret"));
    m_apiIndicator->setAccessibleName(tr("API indicator"));
    m_resource->setAccessibleName(tr("Resource indicator"));
    m_resource->setPlaceholderText(tr("Read from the gateway"));
    m_resourceNote->setWordWrap(true);
    m_deviceAppId->setPlaceholderText(tr("Optional: for signing in without a browser"));
    m_userId->setPlaceholderText(tr("The user whose tokens “My Tokens” shows"));
    m_caFile->setPlaceholderText(tr("System certificates only"));
    auto *browse = new QPushButton(tr("&Browse…"), this);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindLabel, 1);
    kindRow->addWidget(m_changeKind);
    // Rows a kind hides are widgets, so that hiding them hides the row.
    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_replaceSecret);
    auto *userRow = new QWidget(this);
    auto *userLayout = new QHBoxLayout(userRow);
    userLayout->setContentsMargins(0, 0, 0, 0);
    userLayout->addWidget(m_userId, 1);
    userLayout->addWidget(m_chooseUser);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Warning));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A grid, not a QFormLayout: the kinds hide rows, and Qt 6.4's QFormLayout gave a
    // row shown again after another no height (tst_connectionsdialog checks).
    m_form->setColumnStretch(1, 1);
    auto addRow = [this](QLabel *label, QWidget *field, QLayout *fieldLayout = nullptr) {
        const int row = m_form->rowCount();
        if (label) {
            label->setBuddy(field);
            m_form->addWidget(label, row, 0);
            m_labels.insert(field, label);
        }
        if (fieldLayout)
            m_form->addLayout(fieldLayout, row, 1);
        else
            m_form->addWidget(field, row, 1);
    };
    auto label = [this](const QString &text) { return new QLabel(text, this); };
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    addRow(label(tr("Kind:")), m_kindLabel, kindRow);
    addRow(label(tr("&Name:")), m_name);
    addRow(label(tr("&Gateway:")), m_gateway);
    addRow(label(tr("Logto &endpoint:")), m_endpoint);
    addRow(m_appIdLabel, m_appId);
    addRow(label(tr("App &secret:")), m_secretRow = secretRow);
    m_labels.value(secretRow)->setBuddy(m_secret);
    addRow(label(tr("API &indicator:")), m_apiIndicator);
    addRow(label(tr("&Resource indicator:")), m_resource);
    addRow(nullptr, m_resourceNote);
    addRow(label(tr("&Device-flow app ID:")), m_deviceAppId);
    addRow(label(tr("&My user:")), m_userRow = userRow);
    m_labels.value(userRow)->setBuddy(m_userId);
    addRow(label(tr("&CA bundle:")), m_caFile, caRow);
    addRow(nullptr, m_allowHttp);
    addRow(nullptr, m_httpWarning);
    addRow(nullptr, m_test, testRow);
    addRow(nullptr, m_message);
    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(m_form);
    formLayout->addStretch();
    m_pages->addWidget(m_chooser);
    m_pages->addWidget(formPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::save);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(8);
    columns->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 540);

    // The policy is read once the user pauses typing the gateway's address.
    m_policyDelay->setSingleShot(true);
    m_policyDelay->setInterval(500);
    connect(m_policyDelay, &QTimer::timeout, this, &ConnectionsDialog::readGatewayPolicy);
    connect(m_gateway, &QLineEdit::textChanged, m_policyDelay, qOverload<>(&QTimer::start));
    connect(m_gateway, &QLineEdit::editingFinished, this, [this] {
        if (m_policyDelay->isActive()) {
            m_policyDelay->stop();
            readGatewayPolicy();
        }
    });

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            loadProfile(name);
    });
    connect(m_developerChoice, &QCommandLinkButton::clicked, this,
            [this] { chooseKind(SessionKind::Developer); });
    connect(m_adminChoice, &QCommandLinkButton::clicked, this,
            [this] { chooseKind(SessionKind::Admin); });
    connect(m_changeKind, &QPushButton::clicked, this, &ConnectionsDialog::addNew);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addNew);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_replaceSecret, &QPushButton::clicked, this, &ConnectionsDialog::replaceSecret);
    connect(m_chooseUser, &QPushButton::clicked, this, &ConnectionsDialog::chooseUser);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Bundle"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit *edit : {m_name, m_gateway, m_endpoint, m_appId, m_secret, m_apiIndicator,
                            m_resource, m_deviceAppId, m_userId, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::formEdited);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ConnectionsDialog::formEdited);

    for (const QString &name : m_profiles->names())
        m_list->addItem(name);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        addNew();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::selectProfile(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

bool ConnectionsDialog::isChoosingKind() const
{
    return m_pages->currentWidget() == m_chooser;
}

void ConnectionsDialog::clearForm()
{
    m_check->cancel();
    m_policyReader->cancel();
    m_policyDelay->stop();
    m_saving = false;
    // setText(), not clear(): clear() is undoable, and the app secret must not come back.
    for (QLineEdit *edit : {m_name, m_gateway, m_endpoint, m_appId, m_secret, m_apiIndicator,
                            m_resource, m_deviceAppId, m_userId, m_caFile})
        edit->setText(QString());
    m_filledResource.clear();
    m_filledEndpoint.clear();
    m_resourceNote->clear();
    m_allowHttp->setChecked(false);
    m_testResult->clear();
    m_test->setIcon(QIcon());
    m_message->clear();
}

void ConnectionsDialog::addNew()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editing.clear();
    clearForm();
    m_pages->setCurrentWidget(m_chooser);
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
    m_developerChoice->setFocus();
}

void ConnectionsDialog::chooseKind(SessionKind kind)
{
    m_editing.clear();
    clearForm();
    m_name->setReadOnly(false);
    m_secret->setEnabled(true);
    m_secret->setPlaceholderText(tr("Shown once in the Logto console"));
    m_replaceSecret->hide();
    m_changeKind->show();
    showKind(kind);
    m_name->setFocus();
}

void ConnectionsDialog::showKind(SessionKind kind)
{
    m_kind = kind;
    const bool developer = kind == SessionKind::Developer;
    m_kindLabel->setText(developer ? tr("My own tokens, signed in as myself")
                                   : tr("A tenant's administration (machine-to-machine app)"));
    m_appIdLabel->setText(developer ? tr("&Native app ID:") : tr("App &ID:"));
    m_appId->setPlaceholderText(developer ? tr("The Native app you sign in with")
                                          : tr("Machine-to-machine app ID"));
    m_pages->setCurrentIndex(1);
    auto showRow = [this](QWidget *field, bool on) {
        if (QLabel *label = m_labels.value(field))
            label->setVisible(on);
        field->setVisible(on);
    };
    showRow(m_gateway, developer);
    showRow(m_resource, developer);
    showRow(m_resourceNote, developer);
    showRow(m_deviceAppId, developer);
    showRow(m_secretRow, !developer);
    showRow(m_apiIndicator, !developer);
    showRow(m_userRow, !developer);
    m_httpWarning->setText(developer ? tr("⚠ Plain HTTP sends your sign-in and every token "
                                          "unencrypted. Use it only inside a network you trust.")
                                     : tr("⚠ Plain HTTP sends the app secret and every token "
                                          "unencrypted. Use it only inside a network you trust."));
    updateForm();
}

void ConnectionsDialog::loadProfile(const QString &name)
{
    const auto profile = m_profiles->load(name);
    if (!profile)
        return;
    clearForm();
    m_editing = name;
    m_name->setText(profile->name);
    // A saved connection keeps its name and kind: its keychain entries are filed under
    // the name, and they are of its kind.
    m_name->setReadOnly(true);
    m_changeKind->hide();
    m_endpoint->setText(profile->endpoint.toString());
    m_appId->setText(profile->appId);
    if (profile->isDeveloper()) {
        m_gateway->setText(profile->gateway.toString());
        m_resource->setText(profile->apiIndicator);
        m_deviceAppId->setText(profile->deviceAppId);
    } else {
        m_apiIndicator->setText(profile->apiIndicator);
        m_userId->setText(profile->userId);
    }
    m_caFile->setText(profile->caFile);
    m_allowHttp->setChecked(profile->allowPlainHttp);
    m_secret->setText(QString()); // and its undo history
    m_secret->setEnabled(false);
    m_secret->setPlaceholderText(tr("Stored in your keychain"));
    m_replaceSecret->show();
    showKind(profile->kind);
}

void ConnectionsDialog::replaceSecret()
{
    m_secret->setEnabled(true);
    m_secret->setPlaceholderText(tr("The new app secret"));
    m_secret->setFocus();
    m_replaceSecret->hide();
    updateForm();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile profile;
    if (!m_editing.isEmpty()) {
        // Keep what the form does not show (the signed-in user, the sandbox flag).
        if (const auto saved = m_profiles->load(m_editing))
            profile = *saved;
    }
    profile.name = m_name->text().trimmed();
    profile.kind = m_kind;
    profile.endpoint = urlOf(m_endpoint);
    profile.appId = m_appId->text().trimmed();
    if (m_kind == SessionKind::Developer) {
        profile.gateway = urlOf(m_gateway);
        profile.apiIndicator = m_resource->text().trimmed();
        profile.deviceAppId = m_deviceAppId->text().trimmed();
    } else {
        profile.gateway = QUrl();
        profile.deviceAppId.clear();
        profile.apiIndicator = m_apiIndicator->text().trimmed();
        profile.userId = m_userId->text().trimmed();
    }
    profile.caFile = m_caFile->text().trimmed();
    profile.allowPlainHttp = m_allowHttp->isEnabled() && m_allowHttp->isChecked();
    return profile;
}

void ConnectionsDialog::formEdited()
{
    // A check of other values must not save these.
    if (m_check->isRunning()) {
        m_check->cancel();
        m_saving = false;
        m_testResult->clear();
    }
    updateForm();
}

void ConnectionsDialog::updateForm()
{
    const bool developer = m_kind == SessionKind::Developer;
    const QUrl url = urlOf(m_endpoint);
    // The indicator follows the endpoint until the user types their own.
    m_apiIndicator->setPlaceholderText(url.isValid() && !url.host().isEmpty()
                                           ? ClientConfig::defaultApiIndicator(url)
                                           : u"https://default.logto.app/api"_s);
    const bool remoteHttp = isRemoteHttp(url) || (developer && isRemoteHttp(urlOf(m_gateway)));
    m_allowHttp->setEnabled(remoteHttp);
    m_allowHttp->setVisible(remoteHttp);
    m_httpWarning->setVisible(remoteHttp && m_allowHttp->isChecked());
    m_remove->setEnabled(!m_editing.isEmpty());
    if (isChoosingKind()) {
        m_save->setEnabled(false);
        return;
    }

    const ConnectionProfile profile = formProfile();
    QString problem = profile.validationError();
    if (problem.isEmpty() && m_editing.isEmpty() && m_profiles->contains(profile.name))
        problem = tr("A connection named “%1” exists already.").arg(profile.name);
    const QString needSecret = tr("Enter the app secret.");
    if (problem.isEmpty() && !developer && m_secret->isEnabled() && m_secret->text().isEmpty())
        problem = needSecret;
    if (problem.isEmpty() && remoteHttp && !m_allowHttp->isChecked())
        problem = tr("This connection uses plain HTTP to another computer: allow it below, or "
                     "use https://.");
    const bool idle = !m_saving && !m_check->isRunning();
    m_save->setEnabled(problem.isEmpty() && idle);
    m_test->setEnabled(problem.isEmpty() && idle);
    m_chooseUser->setEnabled(problem.isEmpty() || problem == needSecret);
    // Say what is missing only once the user has started typing.
    const bool touched =
        !m_name->text().isEmpty() || !m_endpoint->text().isEmpty() || !m_gateway->text().isEmpty();
    setMessage(touched ? problem : QString(), true);
}

void ConnectionsDialog::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(StatusPalette(palette()).textStyle(
        error ? StatusPalette::Role::Error : StatusPalette::Role::Success));
    m_message->setText(text);
}

void ConnectionsDialog::readGatewayPolicy()
{
    if (m_kind != SessionKind::Developer || isChoosingKind())
        return;
    ConnectionProfile profile = formProfile();
    if (!profile.gateway.isValid() || profile.gateway.host().isEmpty())
        return;
    // Only fill in what is empty or was filled in from the gateway before.
    const bool resourceFree =
        m_resource->text().isEmpty() || m_resource->text() == m_filledResource;
    const bool endpointFree =
        m_endpoint->text().isEmpty() || m_endpoint->text() == m_filledEndpoint;
    if (!resourceFree && !endpointFree)
        return;
    m_resourceNote->setStyleSheet({});
    m_resourceNote->setText(tr("Reading the gateway's policy…"));
    m_policyReader->readPolicy(
        profile, [this, gateway = profile.gateway](Result<TokenPolicy> policy) {
            if (urlOf(m_gateway) != gateway)
                return; // the address changed meanwhile; its own read follows
            if (!policy) {
                m_resourceNote->setStyleSheet(
                    StatusPalette(palette()).textStyle(StatusPalette::Role::Warning));
                m_resourceNote->setText(
                    tr("The gateway's policy could not be read (%1). Type the resource indicator.")
                        .arg(policy.error().userMessage()));
                return;
            }
            const TokenPolicy &read = policy.value();
            if (!read.resource.isEmpty() &&
                (m_resource->text().isEmpty() || m_resource->text() == m_filledResource)) {
                m_filledResource = read.resource;
                m_resource->setText(read.resource);
            }
            if (!read.logtoEndpoint.isEmpty() &&
                (m_endpoint->text().isEmpty() || m_endpoint->text() == m_filledEndpoint)) {
                m_filledEndpoint = read.logtoEndpoint;
                m_endpoint->setText(read.logtoEndpoint);
            }
            m_resourceNote->setStyleSheet(
                StatusPalette(palette()).textStyle(StatusPalette::Role::Success));
            m_resourceNote->setText(read.resource.isEmpty()
                                        ? tr("The gateway names no resource indicator: type it.")
                                        : tr("Filled in from the gateway's policy."));
        });
}

void ConnectionsDialog::withSecret(std::function<void(bool, SecretBytes, QString)> done)
{
    if (m_kind == SessionKind::Developer) {
        done(true, SecretBytes(), QString());
        return;
    }
    if (m_secret->isEnabled()) {
        done(true, SecretBytes::fromString(m_secret->text()), QString());
        return;
    }
    m_profiles->readSecret(m_editing, this,
                           [done](SecretStore::Outcome outcome, SecretBytes secret) {
                               if (!outcome.ok()) {
                                   done(false, SecretBytes(), outcome.message);
                                   return;
                               }
                               done(true, std::move(secret), QString());
                           });
}

void ConnectionsDialog::setTestResult(bool ok, const QString &text)
{
    const int size = fontMetrics().height();
    const QIcon icon = Icons::get(ok ? Icons::Id::Ok : Icons::Id::Error);
    m_testResult->setText(text);
    m_testResult->setStyleSheet(StatusPalette(palette()).textStyle(
        ok ? StatusPalette::Role::Success : StatusPalette::Role::Error));
    m_test->setIcon(icon.pixmap(size, size));
    updateForm();
    emit checked(ok);
}

void ConnectionsDialog::testConnection()
{
    m_test->setEnabled(false);
    m_save->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Connecting…"));
    const ConnectionProfile profile = formProfile();
    withSecret([this, profile](bool ok, SecretBytes secret, const QString &error) {
        if (!ok) {
            setTestResult(false, error);
            return;
        }
        m_check->run(profile, std::move(secret), ConnectionCheck::Depth::Credentials,
                     [this, developer = profile.isDeveloper()](const ConnectionCheck::Report &r) {
                         if (!r.ok)
                             setTestResult(false, r.message);
                         else if (developer)
                             setTestResult(true, tr("Logto and the gateway answer. You sign in "
                                                    "from the main window."));
                         else
                             setTestResult(true, tr("Connected. The tenant has %n user(s).",
                                                    nullptr, r.userCount));
                     });
    });
}

void ConnectionsDialog::chooseUser()
{
    withSecret([this](bool ok, SecretBytes secret, const QString &error) {
        QString problem = error;
        std::optional<ClientConfig> config;
        if (ok)
            config = formProfile().toClientConfig(std::move(secret), &problem);
        if (!config) {
            setTestResult(false, problem);
            return;
        }
        m_client = std::make_unique<LogtoClient>(std::move(*config));
        auto *picker = new UserPickerDialog(m_client.get(), this);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QDialog::accepted, this, [this, picker] {
            const User user = picker->selectedUser();
            if (!user.id.isEmpty())
                m_userId->setText(user.id);
        });
        picker->open();
    });
}

void ConnectionsDialog::save()
{
    const ConnectionProfile profile = formProfile();
    if (!m_editing.isEmpty()) {
        store(profile);
        return;
    }
    // A new connection is tried first: a typo must not become a saved connection that
    // fails later, somewhere else. The form keeps everything while it is checked.
    m_saving = true;
    m_save->setEnabled(false);
    m_test->setEnabled(false);
    m_message->setStyleSheet({});
    m_message->setText(tr("Checking the connection…"));
    m_check->run(
        profile, profile.isDeveloper() ? SecretBytes() : SecretBytes::fromString(m_secret->text()),
        ConnectionCheck::Depth::Reachable, [this, profile](const ConnectionCheck::Report &report) {
            if (!report.ok) {
                m_saving = false;
                updateForm();
                setMessage(tr("Not saved: %1").arg(report.message), true);
                emit checked(false);
                return;
            }
            emit checked(true);
            store(profile);
        });
}

void ConnectionsDialog::store(const ConnectionProfile &profile)
{
    m_saving = true;
    m_save->setEnabled(false);
    auto finished = [this, name = profile.name](SecretStore::Outcome outcome) {
        m_saving = false;
        if (!outcome.ok()) {
            updateForm();
            setMessage(tr("Not saved: %1").arg(outcome.message), true);
            return;
        }
        m_secret->setText(QString()); // and its undo history
        if (m_list->findItems(name, Qt::MatchExactly).isEmpty())
            m_list->addItem(name);
        selectProfile(name);
        if (m_editing != name)
            loadProfile(name);
        updateForm();
        setMessage(tr("Saved."), false);
        emit profileSaved(name);
    };
    if (m_editing.isEmpty()) {
        m_profiles->add(profile,
                        profile.isDeveloper() ? SecretBytes()
                                              : SecretBytes::fromString(m_secret->text()),
                        this, finished);
    } else if (!m_profiles->update(profile)) {
        finished(SecretStore::makeOutcome(SecretStore::Outcome::Status::Failed,
                                          profile.validationError()));
    } else if (!profile.isDeveloper() && m_secret->isEnabled()) {
        m_profiles->setSecret(profile.name, SecretBytes::fromString(m_secret->text()), this,
                              finished);
    } else {
        finished(SecretStore::Outcome{});
    }
}

void ConnectionsDialog::removeCurrent()
{
    if (m_editing.isEmpty())
        return;
    const QString name = m_editing;
    const QString question =
        m_kind == SessionKind::Developer
            ? tr("Remove the connection “%1” and your sign-in from your keychain?").arg(name)
            : tr("Remove the connection “%1” and its app secret from your keychain?").arg(name);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Connection"), question,
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The tokens on the server stay as they are."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *b) {
        if (b != remove)
            return;
        m_profiles->remove(name, this, [this, name](SecretStore::Outcome) {
            qDeleteAll(m_list->findItems(name, Qt::MatchExactly));
            if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            else
                addNew();
        });
    });
    box->open();
}

} // namespace latchkey
