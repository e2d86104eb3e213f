#include "playback.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;

Playback::Playback(QObject* parent) : QObject(parent)
{
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &Playback::advance);
    setSpeed(speed_);
}

void Playback::setTrace(std::shared_ptr<const trace::Trace> trace, EventId cursor)
{
    trace_ = std::move(trace);
    if (task_ != trace::kNoTask && (!trace_ || task_ >= trace_->tasks().size())) {
        task_ = trace::kNoTask;
        emit selectedTaskChanged(task_);
    }
    EventId at = kNoEvent;
    if (trace_ && !trace_->empty())
        at = cursor == kNoEvent ? 0 : std::min<EventId>(cursor, EventId(trace_->size() - 1));
    cursor_ = at;
    if (!trace_ || trace_->empty())
        pause();
    emit cursorChanged(cursor_);
}

void Playback::setCursor(EventId event)
{
    if (!trace_ || trace_->empty() || event == kNoEvent)
        return;
    event = std::min<EventId>(event, EventId(trace_->size() - 1));
    if (event == cursor_)
        return;
    cursor_ = event;
    emit cursorChanged(cursor_);
}

void Playback::setSelectedTask(trace::TaskId task)
{
    if (task == task_)
        return;
    task_ = task;
    emit selectedTaskChanged(task_);
}

bool Playback::matches(Step step, const trace::Event& event) const
{
    switch (step) {
    case Step::Event:
        return event.kind != EventKind::Line;
    case Step::Line:
        return event.kind == EventKind::Line;
    case Step::Task:
        return event.kind != EventKind::Line && event.task == task_;
    case Step::Trouble:
        return event.kind == EventKind::Cancel || event.kind == EventKind::Cancelled ||
               event.kind == EventKind::Failed;
    }
    return false;
}

EventId Playback::target(Step step, int direction) const
{
    if (!trace_ || trace_->empty() || cursor_ == kNoEvent)
        return kNoEvent;
    if (step == Step::Task && task_ == trace::kNoTask)
        return kNoEvent;
    const auto& events = trace_->events();
    if (direction > 0) {
        for (std::size_t i = std::size_t(cursor_) + 1; i < events.size(); ++i) {
            if (matches(step, events[i]))
                return EventId(i);
        }
    } else {
        for (std::size_t i = cursor_; i-- > 0;) {
            if (matches(step, events[i]))
                return EventId(i);
        }
    }
    return kNoEvent;
}

void Playback::step(Step kind, int direction)
{
    const EventId to = target(kind, direction);
    if (to != kNoEvent)
        setCursor(to);
}

void Playback::home()
{
    if (trace_ && !trace_->empty())
        setCursor(0);
}

void Playback::end()
{
    if (trace_ && !trace_->empty())
        setCursor(EventId(trace_->size() - 1));
}

void Playback::play()
{
    if (!trace_ || trace_->empty() || timer_.isActive())
        return;
    // From the end, play starts again from the beginning.
    if (target(Step::Event, +1) == kNoEvent)
        home();
    timer_.start();
    emit playingChanged(true);
}

void Playback::pause()
{
    if (!timer_.isActive())
        return;
    timer_.stop();
    emit playingChanged(false);
}

void Playback::togglePlaying()
{
    isPlaying() ? pause() : play();
}

void Playback::setSpeed(double eventsPerSecond)
{
    speed_ = std::clamp(eventsPerSecond, 0.25, 200.0);
    timer_.setInterval(int(std::lround(1000.0 / speed_)));
}

void Playback::advance()
{
    const EventId to = target(Step::Event, +1);
    if (to == kNoEvent) {
        pause();
        return;
    }
    setCursor(to);
}

} // namespace loopscope::ui
