// The event list: the record's events as a table that follows the cursor (its row is
// selected and scrolled to), filtered by task and by kind from the bar above it; a
// click on a row moves the cursor to that event.
#pragma once

#include "eventlistmodel.h"

#include <QWidget>

class QComboBox;
class QTableView;
class QToolButton;

namespace loopscope::ui {

class EventListView : public QWidget {
    Q_OBJECT

public:
    explicit EventListView(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const trace::Trace> trace);
    EventListModel* model() const { return model_; }
    QTableView* table() const { return table_; }

public slots:
    void setCursor(trace::EventId event);
    void setTaskFilter(trace::TaskId task);

signals:
    void eventRequested(trace::EventId event);

private:
    void fillTasks();
    void kindsChanged();

    EventListModel* model_;
    QComboBox* tasks_;
    QToolButton* kinds_;
    QTableView* table_;
    trace::EventId cursor_ = trace::kNoEvent;
    bool following_ = false; // selecting the cursor's row is no request of the user's
};

} // namespace loopscope::ui
