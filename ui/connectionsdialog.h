// ConnectionsDialog: adds, edits, tests and removes saved connections. The app
// secret goes to the keychain only and is never shown again.
#pragma once

#include "model/settings/connectionprofile.h"
#include "net/secretbytes.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace latchkey {

class LogtoClient;
class ProfileStore;

class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionsDialog(ProfileStore *profiles, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    void selectProfile(const QString &name);
    // Starts a new, empty connection in the form.
    void addNew();

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *endpointField() const { return m_endpoint; }
    QLineEdit *appIdField() const { return m_appId; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *apiIndicatorField() const { return m_apiIndicator; }
    QLineEdit *userField() const { return m_userId; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *formMessage() const { return m_message; }

signals:
    // A profile was saved (added or changed).
    void profileSaved(const QString &name);

private:
    void loadProfile(const QString &name);
    ConnectionProfile formProfile() const;
    void updateForm();
    void save();
    void removeCurrent();
    void testConnection();
    void chooseUser();
    void replaceSecret();
    // Calls done with a client for the form's values (reading the stored secret
    // when the user did not type a new one), or an error sentence.
    void withClient(std::function<void(LogtoClient *, QString)> done);
    void setTestResult(bool ok, const QString &text);

    ProfileStore *m_profiles;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_appId;
    QLineEdit *m_secret;
    QPushButton *m_replaceSecret;
    QLineEdit *m_apiIndicator;
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
    std::unique_ptr<LogtoClient> m_client;
};

} // namespace latchkey
