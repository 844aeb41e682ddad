#include "ui/tokenpastebox.h"

#include "ui/icons.h"
#include "ui/selectionguard.h"
#include "ui/smallfilereader.h"

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>

namespace latchkey {

namespace {
// A jump of more than a few characters at once is a paste or a drop, not typing.
constexpr qsizetype PasteJump = 8;
} // namespace

TokenPasteBox::TokenPasteBox(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_masked(new QLineEdit(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setPlaceholderText(tr("Paste a token here (Ctrl+V), or drop a file holding one"));
    m_editor->setAccessibleName(tr("Token to inspect"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 5 + 12);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setWordWrapMode(QTextOption::WrapAnywhere);
    m_editor->setAcceptDrops(true);
    m_editor->viewport()->installEventFilter(this);

    m_masked->setFont(mono);
    m_masked->setReadOnly(true);
    m_masked->setEchoMode(QLineEdit::Password);
    m_masked->setAccessibleName(tr("Token to inspect (hidden)"));
    m_masked->installEventFilter(this);
    QAction *reveal = m_masked->addAction(Icons::get(Icons::Id::Key), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the token"));
    connect(reveal, &QAction::toggled, this, &TokenPasteBox::setRevealed);
    m_edit->setToolTip(tr("Edit the token (shows it)"));

    // Two rows, one shown at a time: a hidden row takes no room, so the masked
    // token is one line high.
    m_maskedRow = new QWidget(this);
    auto *maskedRow = new QHBoxLayout(m_maskedRow);
    maskedRow->setContentsMargins(0, 0, 0, 0);
    maskedRow->addWidget(m_masked, 1);
    maskedRow->addWidget(m_edit);
    m_maskedRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addWidget(m_maskedRow);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // Shown in plain text (typed, edited or revealed), the token stays out of PRIMARY.
    auto *selection = new SelectionGuard(QGuiApplication::clipboard(), this);
    selection->watch(m_editor);
    selection->watch(m_masked);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &TokenPasteBox::onEdited);
    connect(m_edit, &QPushButton::clicked, this, &TokenPasteBox::edit);
}

TokenPasteBox::~TokenPasteBox()
{
    clear();
}

SecretBytes TokenPasteBox::token() const
{
    return isMasked() ? m_token.clone() : SecretBytes::fromString(m_editor->toPlainText());
}

bool TokenPasteBox::isEmpty() const
{
    return isMasked() ? m_token.isEmpty() : m_editor->document()->isEmpty();
}

bool TokenPasteBox::isMasked() const
{
    return !m_maskedRow->isHidden();
}

bool TokenPasteBox::isRevealed() const
{
    return m_masked->echoMode() == QLineEdit::Normal;
}

void TokenPasteBox::setToken(SecretBytes token)
{
    keepMasked(std::move(token));
    emit tokenChanged(true);
}

void TokenPasteBox::mask()
{
    if (isMasked() || m_editor->document()->isEmpty())
        return;
    keepMasked(SecretBytes::fromString(m_editor->toPlainText()));
}

void TokenPasteBox::keepMasked(SecretBytes token)
{
    m_token = std::move(token);
    m_masked->setText(m_token.toString());
    setRevealed(false);
    showMasked(true);
    const QSignalBlocker blocker(m_editor);
    m_editor->clear();
    m_lastLength = 0;
}

void TokenPasteBox::setRevealed(bool revealed)
{
    m_masked->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QList<QAction *> actions = m_masked->actions();
    if (!actions.isEmpty()) {
        const QSignalBlocker blocker(actions.first());
        actions.first()->setChecked(revealed);
        actions.first()->setToolTip(revealed ? tr("Hide the token") : tr("Show the token"));
    }
}

void TokenPasteBox::clear()
{
    m_token.clear();
    // setText(), not clear(): a cleared line edit can be undone. The editor's
    // clear() below does reset its undo history.
    m_masked->setText(QString());
    showMasked(false);
    m_lastLength = 0;
    if (!m_editor->document()->isEmpty())
        m_editor->clear(); // emits tokenChanged through onEdited
}

void TokenPasteBox::showMasked(bool masked)
{
    m_editor->setHidden(masked);
    m_maskedRow->setHidden(!masked);
}

void TokenPasteBox::edit()
{
    const QString text = m_token.toString();
    m_token.clear();
    m_masked->setText(QString());
    showMasked(false);
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(text);
    }
    m_lastLength = m_editor->document()->characterCount();
    m_editor->setFocus();
}

void TokenPasteBox::onEdited()
{
    const qsizetype length = m_editor->document()->characterCount();
    const bool jumped = length - m_lastLength > PasteJump;
    m_lastLength = length;
    emit tokenChanged(jumped);
}

bool TokenPasteBox::eventFilter(QObject *watched, QEvent *event)
{
    // A paste onto the hidden token replaces it, as in the editor.
    if (watched == m_masked && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QGuiApplication::clipboard()->text();
        if (!text.isEmpty())
            setToken(SecretBytes::fromString(text));
        return true;
    }
    if (watched != m_editor->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (drag->mimeData()->hasUrls() || drag->mimeData()->hasText())
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    const QMimeData *data = drop->mimeData();
    if (data->hasUrls() && data->urls().constFirst().isLocalFile()) {
        drop->acceptProposedAction();
        SmallFileReader::read(data->urls().constFirst().toLocalFile(), MaxFileBytes, this,
                              [this](SecretBytes content, const QString &error) {
                                  if (!error.isEmpty())
                                      emit problem(error);
                                  else
                                      setToken(std::move(content));
                              });
        return true;
    }
    if (data->hasText()) {
        drop->acceptProposedAction();
        setToken(SecretBytes::fromString(data->text()));
        return true;
    }
    return false;
}

} // namespace latchkey
