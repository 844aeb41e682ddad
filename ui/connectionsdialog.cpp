// ConnectionsDialog: adds, edits, tests and removes saved connections. The app
// secret goes to the keychain only and is never shown again.
#include "ui/connectionsdialog.h"

#include "model/session/connectionproblem.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "net/transportpolicy.h"
#include "ui/icons.h"
#include "ui/statuspalette.h"
#include "ui/userpickerdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_replaceSecret(new QPushButton(tr("Replace Secret…"), this))
    , m_apiIndicator(new QLineEdit(this))
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

    m_endpoint->setPlaceholderText(u"https://tenant.logto.app"_s);
    m_appId->setPlaceholderText(tr("Machine-to-machine app ID"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("App secret"));
    m_apiIndicator->setAccessibleName(tr("API indicator"));
    m_userId->setPlaceholderText(tr("The user whose tokens “My Tokens” shows"));
    m_caFile->setPlaceholderText(tr("System certificates only"));
    auto *browse = new QPushButton(tr("&Browse…"), this);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_replaceSecret);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_userId, 1);
    userRow->addWidget(m_chooseUser);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Warning));
    m_httpWarning->setText(tr("⚠ Plain HTTP sends the app secret and every token unencrypted. "
                              "Use it only inside a network you trust."));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Error));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("App &ID:"), m_appId);
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("App &secret:"), m_secret), secretRow);
    form->addRow(tr("API &indicator:"), m_apiIndicator);
    form->addRow(buddyLabel(tr("&My user:"), m_userId), userRow);
    form->addRow(buddyLabel(tr("&CA bundle:"), m_caFile), caRow);
    form->addRow(QString(), m_allowHttp);
    form->addRow(QString(), m_httpWarning);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::save);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(8);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 500);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            loadProfile(name);
    });
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
    for (QLineEdit *edit : {m_name, m_endpoint, m_appId, m_secret, m_apiIndicator, m_userId})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::updateForm);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ConnectionsDialog::updateForm);

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

void ConnectionsDialog::addNew()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editing.clear();
    // setText(), not clear(): clear() is undoable, and the app secret must not come back.
    for (QLineEdit *edit :
         {m_name, m_endpoint, m_appId, m_secret, m_apiIndicator, m_userId, m_caFile})
        edit->setText(QString());
    m_allowHttp->setChecked(false);
    m_name->setReadOnly(false);
    m_secret->setEnabled(true);
    m_secret->setPlaceholderText(tr("Shown once in the Logto console"));
    m_replaceSecret->hide();
    m_testResult->clear();
    m_message->clear();
    updateForm();
    m_name->setFocus();
}

void ConnectionsDialog::loadProfile(const QString &name)
{
    const auto profile = m_profiles->load(name);
    if (!profile)
        return;
    m_editing = name;
    m_name->setText(profile->name);
    // A saved connection keeps its name: its keychain entry is filed under it.
    m_name->setReadOnly(true);
    m_endpoint->setText(profile->endpoint.toString());
    m_appId->setText(profile->appId);
    m_apiIndicator->setText(profile->apiIndicator);
    m_userId->setText(profile->userId);
    m_caFile->setText(profile->caFile);
    m_allowHttp->setChecked(profile->allowPlainHttp);
    m_secret->setText(QString()); // and its undo history
    m_secret->setEnabled(false);
    m_secret->setPlaceholderText(tr("Stored in your keychain"));
    m_replaceSecret->show();
    m_testResult->clear();
    m_message->clear();
    updateForm();
}

void ConnectionsDialog::replaceSecret()
{
    m_secret->setEnabled(true);
    m_secret->setPlaceholderText(tr("The new app secret"));
    m_secret->setFocus();
    m_replaceSecret->hide();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.endpoint = QUrl::fromUserInput(m_endpoint->text().trimmed());
    if (m_endpoint->text().trimmed().isEmpty())
        profile.endpoint = QUrl();
    profile.appId = m_appId->text().trimmed();
    profile.apiIndicator = m_apiIndicator->text().trimmed();
    profile.userId = m_userId->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.allowPlainHttp = m_allowHttp->isEnabled() && m_allowHttp->isChecked();
    return profile;
}

void ConnectionsDialog::updateForm()
{
    const QUrl url = QUrl::fromUserInput(m_endpoint->text().trimmed());
    // The indicator follows the endpoint until the user types their own.
    m_apiIndicator->setPlaceholderText(url.isValid() && !url.host().isEmpty()
                                           ? ClientConfig::defaultApiIndicator(url)
                                           : u"https://default.logto.app/api"_s);
    const bool remoteHttp = url.scheme() == u"http"_s && !url.host().isEmpty() &&
                            !TransportPolicy::isLoopbackHost(url.host());
    m_allowHttp->setEnabled(remoteHttp);
    m_allowHttp->setVisible(remoteHttp);
    m_httpWarning->setVisible(remoteHttp && m_allowHttp->isChecked());
    m_remove->setEnabled(!m_editing.isEmpty());

    const ConnectionProfile profile = formProfile();
    QString problem = profile.validationError();
    if (problem.isEmpty() && m_editing.isEmpty() && m_profiles->contains(profile.name))
        problem = tr("A connection named “%1” exists already.").arg(profile.name);
    if (problem.isEmpty() && m_secret->isEnabled() && m_secret->text().isEmpty())
        problem = tr("Enter the app secret.");
    if (problem.isEmpty() && remoteHttp && !m_allowHttp->isChecked())
        problem = tr("This endpoint uses plain HTTP: allow it below, or use https://.");
    m_save->setEnabled(problem.isEmpty());
    m_test->setEnabled(problem.isEmpty());
    m_chooseUser->setEnabled(problem.isEmpty() || problem == tr("Enter the app secret."));
    // Say what is missing only once the user has started typing.
    const bool touched = !m_name->text().isEmpty() || !m_endpoint->text().isEmpty();
    m_message->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
    m_message->setText(touched ? problem : QString());
}

void ConnectionsDialog::withClient(std::function<void(LogtoClient *, QString)> done)
{
    const ConnectionProfile profile = formProfile();
    auto build = [this, profile, done](SecretBytes secret) {
        QString error;
        auto config = profile.toClientConfig(std::move(secret), &error);
        if (!config) {
            done(nullptr, error);
            return;
        }
        m_client = std::make_unique<LogtoClient>(std::move(*config));
        done(m_client.get(), QString());
    };
    if (m_secret->isEnabled()) {
        build(SecretBytes::fromString(m_secret->text()));
        return;
    }
    m_profiles->readSecret(m_editing, this,
                           [build, done](SecretStore::Outcome outcome, SecretBytes secret) {
                               if (!outcome.ok()) {
                                   done(nullptr, outcome.message);
                                   return;
                               }
                               build(std::move(secret));
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
    m_test->setEnabled(true);
}

void ConnectionsDialog::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Connecting…"));
    withClient([this](LogtoClient *client, const QString &error) {
        if (!client) {
            setTestResult(false, error);
            return;
        }
        // Say what went wrong and where: "connection refused by 127.0.0.1:3001", not
        // only "could not reach the server".
        const QUrl endpoint = client->config().endpoint;
        client->authenticate(this, [this, client, endpoint](Result<Done> auth) {
            if (!auth) {
                setTestResult(false, ConnectionProblem::describe(auth.error(), endpoint));
                return;
            }
            UserQuery query;
            query.pageSize = 1;
            client->listUsers(query, this, [this, endpoint](Result<UserPage> page) {
                if (!page) {
                    setTestResult(false, ConnectionProblem::describe(page.error(), endpoint));
                    return;
                }
                setTestResult(
                    true, tr("Connected. The tenant has %n user(s).", nullptr, page.value().total));
            });
        });
    });
}

void ConnectionsDialog::chooseUser()
{
    withClient([this](LogtoClient *client, const QString &error) {
        if (!client) {
            setTestResult(false, error);
            return;
        }
        auto *picker = new UserPickerDialog(client, this);
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
    m_save->setEnabled(false);
    auto finished = [this, name = profile.name](SecretStore::Outcome outcome) {
        updateForm();
        if (!outcome.ok()) {
            m_message->setText(tr("Not saved: %1").arg(outcome.message));
            return;
        }
        if (m_list->findItems(name, Qt::MatchExactly).isEmpty())
            m_list->addItem(name);
        selectProfile(name);
        m_message->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Success));
        m_message->setText(tr("Saved."));
        emit profileSaved(name);
    };
    if (m_editing.isEmpty()) {
        m_profiles->add(profile, SecretBytes::fromString(m_secret->text()), this, finished);
    } else if (!m_profiles->update(profile)) {
        finished(SecretStore::makeOutcome(SecretStore::Outcome::Status::Failed,
                                          profile.validationError()));
    } else if (m_secret->isEnabled()) {
        m_profiles->setSecret(profile.name, SecretBytes::fromString(m_secret->text()), this,
                              finished);
    } else {
        finished(SecretStore::Outcome{});
    }
    m_secret->setText(QString()); // and its undo history
}

void ConnectionsDialog::removeCurrent()
{
    if (m_editing.isEmpty())
        return;
    const QString name = m_editing;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Connection"),
                                tr("Remove the connection “%1” and its app secret from your "
                                   "keychain?")
                                    .arg(name),
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
