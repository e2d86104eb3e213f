// A view that can be covered: while a lesson's question waits for the learner's
// prediction, the timeline, the output, the events and the inspector would give the
// answer away, so each shows a short message in its place.
#pragma once

#include <QStackedWidget>

class QLabel;

namespace loopscope::ui {

class VeiledView : public QStackedWidget {
    Q_OBJECT

public:
    VeiledView(QWidget* view, const QString& message, QWidget* parent = nullptr);

    void setVeiled(bool veiled);
    bool isVeiled() const { return currentIndex() == 1; }
    QWidget* view() const { return view_; }

private:
    QWidget* view_;
    QLabel* message_;
};

} // namespace loopscope::ui
