// KeySourceSelector: where the key to check a JWS signature comes from — the
// current connection's key set, a JWKS file or URL, a PEM key or certificate,
// or an HMAC secret typed into a password field — loaded into one
// VerificationKey (parsed once, not per inspection).
#pragma once

#include "model/inspector/verificationkey.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace latchkey {

class ApiCall;
class JwksDownloader;
class LogtoClient;

class KeySourceSelector : public QWidget
{
    Q_OBJECT
public:
    enum class Source { None, Connection, JwksFile, JwksUrl, PemFile, HmacSecret };
    Q_ENUM(Source)

    static constexpr qint64 MaxKeyFileBytes = 1024 * 1024;

    explicit KeySourceSelector(QWidget *parent = nullptr);
    ~KeySourceSelector() override;

    // The open connection's client (null: none); its key set is one of the sources.
    void setConnection(LogtoClient *client, const QString &connectionName);

    Source source() const;
    void setSource(Source source);
    // The loaded key, if any; copies share the parsed keys.
    const std::optional<VerificationKey> &key() const { return m_key; }

    QLineEdit *valueEdit() const { return m_value; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    // Loads from the chosen file or URL (what Enter in the value field does).
    void load();

signals:
    // key() changed: loaded, replaced or dropped.
    void keyChanged();

private:
    void onSourceChanged();
    void browse();
    void setKey(std::optional<VerificationKey> key, const QString &status, bool error = false);
    void loadJwks(QByteArray json, const QString &origin, JwkSet::Source from);

    QComboBox *m_source;
    QLineEdit *m_value;
    QPushButton *m_browse;
    QPushButton *m_load;
    QLabel *m_status;
    QPointer<LogtoClient> m_client;
    QString m_connectionName;
    QPointer<ApiCall> m_call;
    JwksDownloader *m_downloader;
    std::optional<VerificationKey> m_key;
    int m_generation = 0; // answers for an older choice are dropped
};

} // namespace latchkey
