// Runs the program in the editor, away from the GUI thread: one warm worker on a thread
// of its own, one run at a time, and only the latest request matters: a request made
// while a run is under way cancels that run and takes its place. Each result carries
// the generation of its request, and a result a newer request has overtaken is dropped,
// so the views only ever see the program as it is now.
#pragma once

#include "runresult.h"

#include "python/limits.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace loopscope::python {
class Worker;
}

namespace loopscope::ui {

class RunController : public QObject {
    Q_OBJECT

public:
    // `workerExecutable` empty: python::Worker's default (beside the app, or
    // $LOOPSCOPE_WORKER).
    explicit RunController(QString workerExecutable = {}, QObject* parent = nullptr);
    ~RunController() override;

    void setLimits(const python::Limits& limits);
    python::Limits limits() const;
    void setSeed(std::int64_t seed);

    // Runs `source` as the file `path`; returns the request's generation.
    std::uint64_t run(const QString& source, const QString& path);
    // Ends the run under way (its record so far is still delivered) and drops any
    // waiting request.
    void stop();
    bool isRunning() const;
    std::uint64_t latestGeneration() const;
    // The embedded Python's version once the worker is warm ("3.11.2"), else empty.
    QString pythonVersion() const;

signals:
    void runStarted(std::uint64_t generation);
    void runFinished(std::shared_ptr<const loopscope::ui::RunResult> result);

private:
    struct Request {
        std::uint64_t generation;
        QString source;
        QString path;
        python::Limits limits;
        std::int64_t seed;
    };

    void serve(); // the run thread
    std::shared_ptr<RunResult> execute(const Request& request);
    void deliver(std::shared_ptr<RunResult> result); // on the GUI thread

    QString executable_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Request> pending_;
    bool busy_ = false;
    bool quit_ = false;
    std::uint64_t generation_ = 0;
    std::uint64_t runningGeneration_ = 0;
    python::Limits limits_;
    std::int64_t seed_ = 0;
    QString pythonVersion_;
    std::unique_ptr<python::Worker> worker_;
    std::thread thread_;
};

} // namespace loopscope::ui
