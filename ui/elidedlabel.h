// ElidedLabel: one line of text that gives way to its neighbours by eliding
// ("3 tokens, 1 exp…") instead of wrapping, with the whole text in its tooltip.
#pragma once

#include <QFrame>
#include <QString>

namespace latchkey {

class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The text as painted: elided when the label is narrower than the text.
    QString shownText() const;
    bool isElided() const { return shownText() != m_text; }
    void setAlignment(Qt::Alignment alignment);
    void setElideMode(Qt::TextElideMode mode);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
    Qt::TextElideMode m_elideMode = Qt::ElideRight;
};

} // namespace latchkey
