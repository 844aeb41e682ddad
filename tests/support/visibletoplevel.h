// visibleTopLevel: the shown top-level widget of a type (a dialog or message box a GUI test
// has just made the window open), or nullptr; tests wait on it with QTRY_VERIFY.
#pragma once

#include <QApplication>
#include <QWidget>

namespace latchkey::test {

template<typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace latchkey::test
