// ConnectionsDialog: adds, edits, tests and removes saved connections of both
// kinds. A new one starts with the question of its kind and is checked before
// it is saved. An administrator's app secret goes to the keychain only and is
// never shown again; a developer's connection has no secret at all.
#pragma once

#include "model/session/sessionkind.h"
#include "model/settings/connectionprofile.h"
#include "net/secretbytes.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QCheckBox;
class QCommandLinkButton;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace latchkey {

class ConnectionCheck;
class LogtoClient;
class ProfileStore;

class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionsDialog(ProfileStore *profiles, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    void selectProfile(const QString &name);
    // Starts a new, empty connection: first the question of its kind.
    void addNew();
    // The form of a new connection of that kind (what the chooser's buttons do).
    void chooseKind(SessionKind kind);

    SessionKind kind() const { return m_kind; }
    // True while the kind chooser (not the form) is shown.
    bool isChoosingKind() const;
    QCommandLinkButton *developerChoice() const { return m_developerChoice; }
    QCommandLinkButton *adminChoice() const { return m_adminChoice; }
    QPushButton *changeKindButton() const { return m_changeKind; }
    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *endpointField() const { return m_endpoint; }
    QLineEdit *gatewayField() const { return m_gateway; }
    QLineEdit *appIdField() const { return m_appId; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *apiIndicatorField() const { return m_apiIndicator; }
    QLineEdit *resourceField() const { return m_resource; }
    QLabel *resourceNote() const { return m_resourceNote; }
    QLineEdit *deviceAppIdField() const { return m_deviceAppId; }
    QLineEdit *userField() const { return m_userId; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *formMessage() const { return m_message; }

signals:
    // A profile was saved (added or changed).
    void profileSaved(const QString &name);
    // A check (Test Connection, or before saving) has answered; ok = it passed.
    void checked(bool ok);

private:
    void loadProfile(const QString &name);
    void clearForm();
    void showKind(SessionKind kind);
    ConnectionProfile formProfile() const;
    // The form changed: a check of the old values no longer counts.
    void formEdited();
    void updateForm();
    void save();
    void store(const ConnectionProfile &profile);
    void removeCurrent();
    void testConnection();
    void chooseUser();
    void replaceSecret();
    void readGatewayPolicy();
    // Calls done with the form's app secret (the stored one when the user did not
    // type a new one; none for a developer), or an error sentence.
    void withSecret(std::function<void(bool ok, SecretBytes secret, QString error)> done);
    void setTestResult(bool ok, const QString &text);
    void setMessage(const QString &text, bool error);

    ProfileStore *m_profiles;
    ConnectionCheck *m_check;
    ConnectionCheck *m_policyReader;
    QTimer *m_policyDelay;
    SessionKind m_kind = SessionKind::Admin;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QWidget *m_chooser;
    QCommandLinkButton *m_developerChoice;
    QCommandLinkButton *m_adminChoice;
    QLabel *m_kindLabel;
    QPushButton *m_changeKind;
    QGridLayout *m_form;
    QHash<QWidget *, QLabel *> m_labels; // the label of each row's field
    QWidget *m_secretRow;                // the secret and its Replace button
    QWidget *m_userRow;                  // the user and its Choose button
    QLineEdit *m_name;
    QLineEdit *m_gateway;
    QLineEdit *m_endpoint;
    QLabel *m_appIdLabel;
    QLineEdit *m_appId;
    QLineEdit *m_secret;
    QPushButton *m_replaceSecret;
    QLineEdit *m_apiIndicator;
    QLineEdit *m_resource;
    QLabel *m_resourceNote;
    QLineEdit *m_deviceAppId;
    QLineEdit *m_userId;
    QPushButton *m_chooseUser;
    QLineEdit *m_caFile;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_remove;
    QString m_editing; // the saved profile in the form; empty = a new one
    bool m_saving = false;
    // What the gateway's policy last filled in, so that a later answer replaces
    // only its own values, never the user's.
    QString m_filledResource;
    QString m_filledEndpoint;
    // chooseUser's client (the picker pages through it).
    std::unique_ptr<LogtoClient> m_client;
};

} // namespace latchkey
