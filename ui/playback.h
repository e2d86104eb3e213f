// The cursor and how it moves through a record: by event (line events aside), by line,
// to the next or previous event of one task, to the next or previous cancellation or
// failure, home and end, and playing forward at a speed. Every view follows the
// cursorChanged signal; none moves the cursor except through here.
#pragma once

#include "trace/trace.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace loopscope::ui {

class Playback : public QObject {
    Q_OBJECT

public:
    enum class Step { Event, Line, Task, Trouble };

    explicit Playback(QObject* parent = nullptr);

    // A new record; the cursor goes to `cursor` (kNoEvent: the first event).
    void setTrace(std::shared_ptr<const trace::Trace> trace, trace::EventId cursor = trace::kNoEvent);
    trace::EventId cursor() const { return cursor_; }
    bool isPlaying() const { return timer_.isActive(); }
    // Events a second while playing.
    double speed() const { return speed_; }
    trace::TaskId selectedTask() const { return task_; }

    // Where a step would go (kNoEvent: nowhere, the cursor is at the end in that way).
    trace::EventId target(Step step, int direction) const;

public slots:
    void setCursor(trace::EventId event);
    void setSelectedTask(trace::TaskId task);
    void step(Step step, int direction);
    void nextEvent() { step(Step::Event, +1); }
    void previousEvent() { step(Step::Event, -1); }
    void nextLine() { step(Step::Line, +1); }
    void previousLine() { step(Step::Line, -1); }
    void nextOfTask() { step(Step::Task, +1); }
    void previousOfTask() { step(Step::Task, -1); }
    void nextTrouble() { step(Step::Trouble, +1); }
    void previousTrouble() { step(Step::Trouble, -1); }
    void home();
    void end();
    void play();
    void pause();
    void togglePlaying();
    void setSpeed(double eventsPerSecond);

signals:
    void cursorChanged(trace::EventId event);
    void playingChanged(bool playing);
    void selectedTaskChanged(trace::TaskId task);

private:
    bool matches(Step step, const trace::Event& event) const;
    void advance();

    std::shared_ptr<const trace::Trace> trace_;
    trace::EventId cursor_ = trace::kNoEvent;
    trace::TaskId task_ = trace::kNoTask;
    double speed_ = 4;
    QTimer timer_;
};

} // namespace loopscope::ui
