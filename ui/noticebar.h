// NoticeBar: an inline message strip (icon, sentence, action buttons, close)
// that sits above the content instead of interrupting with a dialog.
#pragma once

#include <QFrame>

class QIcon;
class QLabel;
class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace latchkey {

class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString &text);
    QString text() const;
    QPushButton *addButton(const QString &text);
    void setClosable(bool closable);
    // Overrides the kind's icon until the kind changes.
    void setIcon(const QIcon &icon);

signals:
    void closed();

private:
    void applyKind();
    // Takes the light or dark tints when the window's theme has changed since they were applied.
    void followTheme();
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Whether the tints last applied were the dark ones.
    bool m_darkTints = false;
    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace latchkey
