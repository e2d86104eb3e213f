// The timeline on screen: the painter's picture of a record, which the wheel zooms about
// the mouse, a drag pans (sideways and through the lanes), a click puts the cursor on
// the event under it, and hovering explains that event.
#pragma once

#include "timeaxis.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinemodel.h"
#include "timelinetheme.h"

#include <QWidget>

#include <memory>

namespace loopscope::ui {

class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    // A new record to show. The view keeps its zoom where the new record is as long.
    void setModel(std::shared_ptr<const TimelineModel> model);
    const TimelineModel* model() const { return model_.get(); }
    const TimeAxis& axis() const { return axis_; }

    void setScale(TimeAxis::Scale scale);
    TimeAxis::Scale scale() const { return axis_.scale(); }
    void setShowInternal(bool show);
    bool showInternal() const { return showInternal_; }
    void setTheme(const TimelineTheme& theme);

    trace::EventId cursor() const { return view_.cursor; }
    const TimelineViewport& viewport() const { return view_; }
    TimelineLayout layout() const;

public slots:
    void setCursor(trace::EventId event); // and scroll it into view
    void setSelectedLane(int lane);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    void cursorRequested(trace::EventId event); // the user clicked an event
    void laneSelected(int lane);                // the user clicked a lane

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void zoomAbout(double factor, double x);
    void clampView();
    void ensureVisible(trace::EventId event);
    QString describe(trace::EventId event) const;

    std::shared_ptr<const TimelineModel> model_;
    TimeAxis axis_;
    TimelineTheme theme_;
    TimelinePainter painter_{theme_}; // keeps laid-out labels between paints
    TimelineViewport view_;
    bool showInternal_ = false;
    bool dragging_ = false;
    bool dragged_ = false;
    QPoint dragStart_;
    TimelineViewport dragView_;
};

} // namespace loopscope::ui
