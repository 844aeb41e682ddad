#include "ui/keysourceselector.h"

#include "net/jwksdownloader.h"
#include "net/logtoclient.h"
#include "ui/smallfilereader.h"
#include "ui/statuspalette.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace latchkey {

KeySourceSelector::KeySourceSelector(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_load(new QPushButton(tr("L&oad"), this))
    , m_status(new QLabel(this))
    , m_downloader(new JwksDownloader(this))
{
    m_source->addItem(tr("Do not check signatures"), QVariant::fromValue(Source::None));
    m_source->addItem(tr("This connection’s key set"), QVariant::fromValue(Source::Connection));
    m_source->addItem(tr("JWKS file"), QVariant::fromValue(Source::JwksFile));
    m_source->addItem(tr("JWKS URL"), QVariant::fromValue(Source::JwksUrl));
    m_source->addItem(tr("PEM public key or certificate"), QVariant::fromValue(Source::PemFile));
    m_source->addItem(tr("HMAC secret"), QVariant::fromValue(Source::HmacSecret));
    m_source->setAccessibleName(tr("Signature key source"));
    m_value->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *label = new QLabel(tr("&Verify signatures with:"), this);
    label->setBuddy(m_source);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_source, 0, 1);
    layout->addWidget(m_value, 0, 2);
    layout->addWidget(m_browse, 0, 3);
    layout->addWidget(m_load, 0, 4);
    layout->addWidget(m_status, 1, 1, 1, 4);
    layout->setColumnStretch(2, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, &KeySourceSelector::onSourceChanged);
    connect(m_browse, &QPushButton::clicked, this, &KeySourceSelector::browse);
    connect(m_load, &QPushButton::clicked, this, &KeySourceSelector::load);
    connect(m_value, &QLineEdit::returnPressed, this, &KeySourceSelector::load);
    connect(m_value, &QLineEdit::textChanged, this, [this] {
        // The secret is the key: no extra step, and nothing kept but the parsed key.
        if (source() == Source::HmacSecret) {
            ++m_generation;
            if (m_value->text().isEmpty())
                setKey(std::nullopt, tr("Type the shared secret."));
            else
                setKey(VerificationKey::fromHmacSecret(SecretBytes::fromString(m_value->text())),
                       tr("HMAC secret set (%n byte(s)).", nullptr,
                          int(m_value->text().toUtf8().size())));
        }
    });
    setConnection(nullptr, {});
    onSourceChanged();
}

KeySourceSelector::~KeySourceSelector()
{
    if (m_call)
        m_call->abort();
}

void KeySourceSelector::setConnection(LogtoClient *client, const QString &connectionName)
{
    if (m_call)
        m_call->abort();
    m_client = client;
    m_connectionName = connectionName;
    auto *model = qobject_cast<QStandardItemModel *>(m_source->model());
    const int row = m_source->findData(QVariant::fromValue(Source::Connection));
    if (QStandardItem *item = model ? model->item(row) : nullptr)
        item->setEnabled(client != nullptr);
    if (source() == Source::Connection) {
        if (client)
            load();
        else
            setSource(Source::None);
    }
}

KeySourceSelector::Source KeySourceSelector::source() const
{
    return m_source->currentData().value<Source>();
}

void KeySourceSelector::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(QVariant::fromValue(source)));
}

void KeySourceSelector::onSourceChanged()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
    const Source chosen = source();
    {
        // A secret typed for the previous choice must not linger in the field, nor
        // in its undo history: clear() is undoable, and Ctrl+Z in the field (no
        // longer a password field) would show the secret again. setText() is not.
        const QSignalBlocker blocker(m_value);
        m_value->setText(QString());
    }
    m_value->setEchoMode(chosen == Source::HmacSecret ? QLineEdit::Password : QLineEdit::Normal);
    m_value->setVisible(chosen != Source::None && chosen != Source::Connection);
    m_browse->setVisible(chosen == Source::JwksFile || chosen == Source::PemFile);
    m_load->setVisible(chosen == Source::JwksFile || chosen == Source::JwksUrl ||
                       chosen == Source::PemFile);
    switch (chosen) {
    case Source::None:
        setKey(std::nullopt, QString());
        break;
    case Source::Connection:
        load();
        break;
    case Source::JwksFile:
        m_value->setPlaceholderText(tr("Path of a JSON Web Key Set file"));
        setKey(std::nullopt, tr("Choose a key set file."));
        break;
    case Source::JwksUrl:
        m_value->setPlaceholderText(tr("https://…/jwks"));
        setKey(std::nullopt, tr("Type the key set’s URL and press Enter. Only the key set is "
                                "fetched; the token is not sent."));
        break;
    case Source::PemFile:
        m_value->setPlaceholderText(tr("Path of a PEM public key or certificate"));
        setKey(std::nullopt, tr("Choose a key or certificate file."));
        break;
    case Source::HmacSecret:
        m_value->setPlaceholderText(tr("Shared secret"));
        setKey(std::nullopt, tr("Type the shared secret."));
        break;
    }
}

void KeySourceSelector::browse()
{
    const bool pem = source() == Source::PemFile;
    const QString path = QFileDialog::getOpenFileName(
        this, pem ? tr("Choose a Public Key or Certificate") : tr("Choose a Key Set"), QString(),
        pem ? tr("PEM files (*.pem *.crt *.cer *.pub);;All files (*)")
            : tr("JSON files (*.json *.jwks);;All files (*)"));
    if (path.isEmpty())
        return;
    m_value->setText(path);
    load();
}

void KeySourceSelector::load()
{
    const int generation = ++m_generation;
    const Source chosen = source();
    const QString value = m_value->text().trimmed();
    switch (chosen) {
    case Source::None:
    case Source::HmacSecret:
        return;
    case Source::Connection:
        if (!m_client) {
            setKey(std::nullopt, tr("No connection is open."), true);
            return;
        }
        setKey(std::nullopt, tr("Fetching the key set of %1…").arg(m_connectionName));
        m_call = m_client->fetchJwks(this, [this, generation](Result<QByteArray> jwks) {
            if (generation != m_generation)
                return;
            if (!jwks)
                setKey(std::nullopt, jwks.error().userMessage(), true);
            else
                loadJwks(jwks.value(), m_connectionName, JwkSet::Source::Download);
        });
        return;
    case Source::JwksUrl: {
        const QUrl url(value, QUrl::StrictMode);
        if (value.isEmpty() || !url.isValid() || url.host().isEmpty()) {
            setKey(std::nullopt, tr("“%1” is not a URL.").arg(value), true);
            return;
        }
        setKey(std::nullopt, tr("Fetching %1…").arg(url.toDisplayString()));
        m_downloader->fetch(url, [this, generation, url](Result<QByteArray> jwks) {
            if (generation != m_generation)
                return;
            if (!jwks)
                setKey(std::nullopt, jwks.error().userMessage(), true);
            else
                loadJwks(jwks.value(), url.host(), JwkSet::Source::Download);
        });
        return;
    }
    case Source::JwksFile:
    case Source::PemFile:
        if (value.isEmpty()) {
            setKey(std::nullopt, tr("Choose a file first."), true);
            return;
        }
        setKey(std::nullopt, tr("Reading…"));
        SmallFileReader::read(
            value, MaxKeyFileBytes, this,
            [this, generation, chosen, value](SecretBytes content, const QString &error) {
                if (generation != m_generation)
                    return;
                if (!error.isEmpty()) {
                    setKey(std::nullopt, error, true);
                } else if (chosen == Source::JwksFile) {
                    loadJwks(content.bytes(), QFileInfo(value).fileName(), JwkSet::Source::File);
                } else {
                    VerificationKey key = VerificationKey::fromPem(content.bytes());
                    if (key.publicKey())
                        setKey(std::move(key),
                               tr("Public key loaded from %1.").arg(QFileInfo(value).fileName()));
                    else
                        setKey(std::nullopt,
                               tr("%1 holds neither a PEM public key nor a certificate.")
                                   .arg(QFileInfo(value).fileName()),
                               true);
                }
            });
        return;
    }
}

void KeySourceSelector::loadJwks(QByteArray json, const QString &origin, JwkSet::Source from)
{
    VerificationKey key = from == JwkSet::Source::Download
                              ? VerificationKey::fromDownloadedJwks(std::move(json))
                              : VerificationKey::fromJwks(std::move(json));
    if (!key.jwkSet()) {
        setKey(std::nullopt, tr("Not a key set: %1").arg(key.jwksError()), true);
        return;
    }
    const int count = int(key.jwkSet()->keys().size());
    setKey(std::move(key), tr("%n key(s) loaded from %1.", nullptr, count).arg(origin));
}

void KeySourceSelector::setKey(std::optional<VerificationKey> key, const QString &status,
                               bool error)
{
    m_key = std::move(key);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? StatusPalette(this->palette()).text(StatusPalette::Role::Error)
                           : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    emit keyChanged();
}

} // namespace latchkey
