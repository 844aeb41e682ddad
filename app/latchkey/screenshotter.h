// Screenshotter: for --screenshot-dir, walks through the main views and dialogs
// on the sandbox and saves each as a PNG (QWidget::grab), for the docs.
#pragma once

#include <QDir>
#include <QObject>
#include <QPalette>
#include <QSize>

#include <functional>

namespace latchkey {

class LatchkeyApp;
class MainWindow;
class TokensPage;

class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(LatchkeyApp *app, const QString &directory, QObject *parent = nullptr);

    void watch(MainWindow *window);

private:
    struct Step
    {
        int delayMs;
        std::function<void()> run;
    };
    void runFrom(int index);
    void save(QWidget *widget, const QString &name);
    static void selectByName(TokensPage *page, const QStringList &names);
    template<typename T> T *find() const;
    void waitUntil(std::function<bool()> condition, std::function<void()> then, int budgetMs);

    LatchkeyApp *m_app;
    QDir m_directory;
    MainWindow *m_window = nullptr;
    QList<Step> m_steps;
    QSize m_normalSize;
    bool m_tokensLoaded = false;
    bool m_usersLoaded = false;
    bool m_started = false;
    // The connection the pictures start on, opened again after the developer's.
    QString m_adminProfile;
    // The desktop's palette while the dark-theme picture is taken.
    QPalette m_desktopPalette;
};

} // namespace latchkey
