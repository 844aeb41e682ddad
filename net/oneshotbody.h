// OneShotBody: a request body that Qt can read once but never rewind. Qt's
// HTTP layer silently re-sends a request when the connection closes before
// an answer; for a create that blind repeat is exactly what must not happen,
// and a body that cannot be rewound makes Qt report the failure instead.
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace latchkey {

class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    // Refuses to go back once the whole body has been handed out.
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_consumed = false;
};

} // namespace latchkey
