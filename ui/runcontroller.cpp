#include "runcontroller.h"

#include "runsettings.h"

#include "python/recordingsink.h"
#include "python/worker.h"

#include <QDir>
#include <QMetaObject>

#include <chrono>

namespace loopscope::ui {

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

RunController::RunController(QString workerExecutable, QObject* parent)
    : QObject(parent), executable_(std::move(workerExecutable))
{
    qRegisterMetaType<std::shared_ptr<const RunResult>>();
    // The app's runs are interactive: an endless loop should stop in seconds, not in
    // the command line's tens of seconds.
    limits_ = RunSettings::defaults().limits;
    worker_ = std::make_unique<python::Worker>(executable_.toStdString());
    thread_ = std::thread([this] { serve(); });
}

RunController::~RunController()
{
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        pending_.reset();
        if (busy_)
            worker_->cancel();
    }
    wake_.notify_all();
    thread_.join();
}

void RunController::setLimits(const python::Limits& limits)
{
    std::lock_guard lock(mutex_);
    limits_ = limits;
}

python::Limits RunController::limits() const
{
    std::lock_guard lock(mutex_);
    return limits_;
}

void RunController::setSeed(std::int64_t seed)
{
    std::lock_guard lock(mutex_);
    seed_ = seed;
}

std::uint64_t RunController::run(const QString& source, const QString& path)
{
    std::uint64_t generation;
    {
        std::lock_guard lock(mutex_);
        generation = ++generation_;
        pending_ = Request{generation, source, path, limits_, seed_};
        // What is running now answers an older request: end it, the new one goes next.
        if (busy_)
            worker_->cancel();
    }
    wake_.notify_all();
    emit runStarted(generation);
    return generation;
}

void RunController::stop()
{
    std::lock_guard lock(mutex_);
    if (!busy_)
        return; // a request about to start: it is the one the user wants
    pending_.reset();
    generation_ = runningGeneration_; // so that the stopped run is delivered
    worker_->cancel();
}

bool RunController::isRunning() const
{
    std::lock_guard lock(mutex_);
    return busy_ || pending_.has_value();
}

std::uint64_t RunController::latestGeneration() const
{
    std::lock_guard lock(mutex_);
    return generation_;
}

QString RunController::pythonVersion() const
{
    std::lock_guard lock(mutex_);
    return pythonVersion_;
}

void RunController::serve()
{
    for (;;) {
        Request request;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return quit_ || pending_.has_value(); });
            if (quit_)
                return;
            request = std::move(*pending_);
            pending_.reset();
            busy_ = true;
            runningGeneration_ = request.generation;
        }
        std::shared_ptr<RunResult> result = execute(request);
        {
            std::lock_guard lock(mutex_);
            busy_ = false;
            if (quit_)
                return;
            if (result->generation != generation_)
                continue; // overtaken while it ran
        }
        QMetaObject::invokeMethod(this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    }
}

std::shared_ptr<RunResult> RunController::execute(const Request& request)
{
    auto result = std::make_shared<RunResult>();
    result->generation = request.generation;
    result->source = request.source;
    result->path = request.path;

    python::RunRequest run;
    run.source = request.source.toStdString();
    run.path = QDir::cleanPath(QDir::current().absoluteFilePath(request.path)).toStdString();
    run.argv0 = run.path;
    run.seed = request.seed;
    run.limits = request.limits;
    run.record = true;
    run.recordLines = true; // the code view's task lines and stepping by line
    python::RecordingSink sink;
    const auto started = std::chrono::steady_clock::now();
    result->outcome = worker_->run(run, sink);
    result->runMilliseconds = millisecondsSince(started);
    if (worker_->isStarted()) {
        std::lock_guard lock(mutex_);
        pythonVersion_ = QString::fromStdString(worker_->pythonVersion());
    }
    result->standardError = std::move(sink.err);
    result->recordError = sink.recordError();

    const auto modelled = std::chrono::steady_clock::now();
    sink.trace.shrink();
    auto trace = std::make_shared<const trace::Trace>(std::move(sink.trace));
    result->model = std::make_shared<const TimelineModel>(trace);
    result->lines = std::make_shared<const TaskLineIndex>(*trace);
    result->trace = std::move(trace);
    result->modelMilliseconds = millisecondsSince(modelled);
    return result;
}

void RunController::deliver(std::shared_ptr<RunResult> result)
{
    if (result->generation != latestGeneration())
        return;
    emit runFinished(std::move(result));
}

} // namespace loopscope::ui
