// The engine's side of the event record. The native loop and the hooks in CPython's Task
// class and standard streams tell the recorder what happens; it turns that into trace events
// and streams them (trace::TraceEncoder) to the client through a file descriptor.
// It keeps no strong reference to a task or future (CPython's tasks carry their id in
// the record, see futurefields.h; those of other classes are known by weak reference),
// creates no frame objects, and calls no code of the program (reprs are of builtin
// values only), so a run with a record behaves as one without.
#pragma once

#include "handle.h"

#include "trace/event.h"

#include <Python.h>

#include <cstdint>
#include <string>

namespace loopscope::loop {

struct RecorderState;

// What the recorder keeps of each task it has recorded.
struct TaskMarks {
    std::uint32_t id;         // in the record
    std::uint32_t created;    // its latest events of these kinds (event ids, or none)
    std::uint32_t lastResume;
    std::uint32_t lastYield;
    std::uint32_t lastCancel;
    std::uint32_t ended;
    std::int32_t pendingCancels; // cancel() calls not yet taken back by uncancel()
    std::uint32_t lastLine;      // its latest line event's line (0 before any)
};

class Recorder {
public:
    static Recorder& instance();
    // In the warm interpreter, once: what recording needs made before any run. False
    // with a Python exception set.
    static bool prepare();

    // Starts recording into `fd` (in the process that runs the program). `lines`: record
    // a Line event at each new line of the program's own code. False with a Python
    // exception set if asyncio's pieces the recorder recognises cannot be found.
    bool start(int fd, bool lines);
    bool active() const { return active_; }
    // Writes out what is encoded (and, for `final`, stops recording).
    void flush(bool final = false);

    // ---- the loop -----------------------------------------------------------------------
    void iterationBegins();
    // A loop starts or stops running (loops can nest: the iteration count resumes).
    std::uint32_t loopStarts();
    void loopStops(std::uint32_t saved);
    void queued(HandleObject* handle);           // call_soon; detects a new task
    void timerScheduled(TimerHandleObject* timer);
    void timerCancelled(TimerHandleObject* timer);
    void timerDue(TimerHandleObject* timer);     // moved to the ready queue

    // Around running one handle: what it is (a task's step, a timer, a callback), and
    // what the previous running context was (loops can nest).
    struct Run {
        PyObject* task = nullptr; // a reference held for the run: the callback may cancel
                                  // its own handle, which drops the handle's
        std::uint32_t savedTask = 0;
        std::uint32_t savedEvent = 0xffffffffu;
        void* savedFrame = nullptr;
        TaskMarks* savedMarks = nullptr;
        bool wasDone = false;
    };
    Run beforeRun(HandleObject* handle);
    void afterRun(const Run& run);

    // ---- tasks (the traced Task class) --------------------------------------------------
    void cancelRequested(PyObject* task, PyObject* message); // before Task.cancel runs
    void cancelReturned();
    void renamed(PyObject* task);
    void uncancelled(PyObject* task);

    // ---- output (the traced streams) ----------------------------------------------------
    void wrote(trace::Stream stream, PyObject* text);

private:
    Recorder() = default;
    bool active_ = false;
    RecorderState* state_ = nullptr;
};

} // namespace loopscope::loop
