#include "recorder.h"

#include "asynciopieces.h"
#include "futurefields.h"
#include "gccount.h"
#include "pointermap.h"
#include "programframes.h"
#include "pyref.h"
#include "saferepr.h"
#include "virtualclock.h"
#include "waitdescription.h"

#include "trace/tracestream.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <vector>

namespace loopscope::loop {

using trace::EventId;
using trace::EventKind;
using trace::GroupId;
using trace::kNoEvent;
using trace::kNoTask;
using trace::TaskId;

namespace {

// Line events a run records at most: a million (30 MB in the client) is far more than
// stepping by line needs, and keeps a runaway loop's record small enough to draw.
constexpr std::uint64_t kMaxLineEvents = 1'000'000;

// Encoded bytes are written out when this many are pending, and at least this often.
constexpr std::size_t kFlushBytes = 64 * 1024;
constexpr auto kFlushInterval = std::chrono::milliseconds(20);

// Output written since the last event: consecutive writes of one task at one line, up to
// a newline (the parts of one print() call), become one Print event.
struct PendingPrint {
    bool open = false;
    trace::Stream stream = trace::Stream::Stdout;
    TaskId task = kNoTask;
    std::uint32_t line = 0;
    EventId cause = kNoEvent;
    double time = 0;
    std::uint32_t iteration = 0;
    std::string text;
};

PyObject* internedName(const char* name)
{
    return PyUnicode_InternFromString(name);
}

std::string utf8Of(PyObject* text, const char* errors = "backslashreplace")
{
    if (!text || !PyUnicode_Check(text))
        return {};
    if (PyUnicode_IS_ASCII(text))
        return std::string((const char*)PyUnicode_DATA(text), std::size_t(PyUnicode_GET_LENGTH(text)));
    PyRef bytes(PyUnicode_AsEncodedString(text, "utf-8", errors));
    if (!bytes) {
        PyErr_Clear();
        return {};
    }
    return std::string(PyBytes_AS_STRING(bytes.get()), std::size_t(PyBytes_GET_SIZE(bytes.get())));
}

// An attribute of one of asyncio's own objects (a C getter or a plain attribute), new
// reference or null (no exception left set).
PyObject* read(PyObject* object, PyObject* name)
{
    PyObject* value = PyObject_GetAttr(object, name);
    if (!value)
        PyErr_Clear();
    return value;
}


} // namespace

struct RecorderState {
    int fd = -1;
    bool lines = false;
    std::uint64_t lineEvents = 0; // emitted so far (see kMaxLineEvents)
    trace::TraceEncoder encoder;
    // Tasks that cannot carry their id (futurefields.h), by address, while they live;
    // what is kept of each task, by id (stable: held across calls that record more).
    PointerMap<TaskId> taskIds;
    std::deque<TaskMarks> marks = std::deque<TaskMarks>(1);
    std::unordered_map<PyObject*, GroupId> groupIds;
    std::unordered_map<PyObject*, PyObject*> watched; // weak reference -> its object
    std::vector<PyObject*> deadWeakrefs;
    TaskId currentTask = kNoTask;
    TaskMarks* currentTaskMarks = nullptr; // the running task's, for its line events
    EventId currentEvent = kNoEvent;
    void* stepFrame = nullptr; // the running frame when the current step began
    std::vector<EventId> cancelStack;
    std::uint32_t iteration = 0;
    std::uint32_t iterations = 0;
    PyTypeObject* stepType = nullptr;   // TaskStepMethWrapper, once seen
    PyMethodDef* wakeupMethod = nullptr; // task_wakeup, once seen
    PendingPrint print;
    std::chrono::steady_clock::time_point lastFlush = std::chrono::steady_clock::now();
};

namespace {

RecorderState* live = nullptr; // for the C callbacks (weak reference, line tracing)

double now()
{
    return VirtualClock::instance().now();
}

// The program's line now: within a callback the loop runs, only the callback's frames
// count (those below run the loop).
std::uint32_t lineNow(const RecorderState& state)
{
    return std::uint32_t(ProgramFrames::currentLine(state.currentEvent != kNoEvent ? state.stepFrame : nullptr));
}

void writeOut(RecorderState& state)
{
    const std::string_view bytes = state.encoder.pendingBytes();
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0 && state.fd >= 0) {
        const ssize_t n = ::write(state.fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            state.fd = -1; // the client is gone: nothing more to tell
            break;
        }
        data += n;
        left -= std::size_t(n);
    }
    state.encoder.dropPending();
    state.lastFlush = std::chrono::steady_clock::now();
}

void closePrint(RecorderState& state)
{
    PendingPrint& print = state.print;
    if (!print.open)
        return;
    print.open = false;
    // Very long output is several Print events (the stream's records are bounded).
    const std::string_view text = print.text;
    for (std::size_t start = 0; start < text.size(); start += trace::TraceEncoder::kMaxOutput) {
        const std::string_view piece = text.substr(start, trace::TraceEncoder::kMaxOutput);
        const std::uint64_t offset = state.encoder.addOutput(piece);
        trace::Event event;
        event.kind = EventKind::Print;
        event.sub = std::uint8_t(print.stream);
        event.task = print.task;
        event.line = print.line;
        event.cause = print.cause;
        event.setPair(std::uint32_t(offset), std::uint32_t(piece.size()));
        state.encoder.append(event, print.time, print.iteration);
    }
    print.text.clear();
}

EventId emit(RecorderState& state, const trace::Event& event)
{
    closePrint(state);
    const EventId id = state.encoder.append(event, now(), state.iteration);
    if (state.encoder.pending() >= kFlushBytes)
        writeOut(state);
    return id;
}

trace::Event makeEvent(EventKind kind, TaskId task, EventId cause, std::uint32_t line = 0)
{
    trace::Event event;
    event.kind = kind;
    event.task = task;
    event.cause = cause;
    event.line = line;
    return event;
}

// ---- knowing objects by weak reference -----------------------------------------------

PyObject* forgetObject(PyObject*, PyObject* weakref)
{
    RecorderState* state = live;
    if (!state)
        Py_RETURN_NONE;
    auto found = state->watched.find(weakref);
    if (found != state->watched.end()) {
        PyObject* object = found->second;
        state->taskIds.erase(object);
        state->groupIds.erase(object);
        state->watched.erase(found);
        // Released later: this reference is being cleared by its own callback.
        state->deadWeakrefs.push_back(weakref);
    }
    Py_RETURN_NONE;
}

PyMethodDef forgetDef = {"_loopscope_forget", forgetObject, METH_O, nullptr};

// The callback of the recorder's weak references, made in the warm interpreter.
PyObject* forgetCallback = nullptr;

// Watches `object` by a weak reference that the collector's allocation count does not
// count (gccount.h): counted down before it is made (so that making it cannot start a
// collection either), counted up again before it is released.
void watch(RecorderState& state, PyObject* object)
{
    loopscope_gc_count_add(-1);
    PyObject* weakref = forgetCallback ? PyWeakref_NewRef(object, forgetCallback) : nullptr;
    if (!weakref) {
        loopscope_gc_count_add(1);
        PyErr_Clear();
        return;
    }
    state.watched[weakref] = object;
}

void releaseWeakref(PyObject* weakref)
{
    loopscope_gc_count_add(1);
    Py_DECREF(weakref);
}

void releaseDead(RecorderState& state)
{
    for (PyObject* weakref : state.deadWeakrefs)
        releaseWeakref(weakref);
    state.deadWeakrefs.clear();
}

// ---- tasks ----------------------------------------------------------------------------

PyObject* stepTaskOf(RecorderState& state, PyObject* callback)
{
    if (!state.stepType) {
        if (std::strcmp(Py_TYPE(callback)->tp_name, "TaskStepMethWrapper") != 0)
            return nullptr;
        state.stepType = Py_TYPE(callback);
    }
    if (Py_TYPE(callback) != state.stepType)
        return nullptr;
    static PyObject* self = internedName("__self__");
    PyObject* task = read(callback, self);
    Py_XDECREF(task); // the wrapper keeps it alive
    return task;
}

PyObject* wakeupTaskOf(RecorderState& state, PyObject* callback)
{
    if (!PyCFunction_Check(callback))
        return nullptr;
    PyMethodDef* method = ((PyCFunctionObject*)callback)->m_ml;
    if (!state.wakeupMethod) {
        if (std::strcmp(method->ml_name, "task_wakeup") != 0)
            return nullptr;
        state.wakeupMethod = method;
    }
    return method == state.wakeupMethod ? PyCFunction_GET_SELF(callback) : nullptr;
}

std::string taskName(PyObject* task)
{
    // Task.get_name as CPython's Task implements it (a subclass may override it).
    static PyObject* getName = nullptr;
    if (!getName)
        getName = PyObject_GetAttrString((PyObject*)AsyncioPieces::get().taskType, "get_name");
    PyRef name(getName ? PyObject_CallOneArg(getName, task) : nullptr);
    if (!name)
        PyErr_Clear();
    return utf8Of(name.get());
}

std::string coroutineName(PyObject* task)
{
    PyRef coroutine = FutureFields::coroutine(task);
    if (!coroutine)
        return {};
    if (PyCoro_CheckExact(coroutine.get()) || PyGen_CheckExact(coroutine.get()))
        return utf8Of(((PyGenObject*)coroutine.get())->gi_qualname);
    return Py_TYPE(coroutine.get())->tp_name;
}

TaskMarks& registerTask(RecorderState& state, PyObject* task);

GroupId groupOf(RecorderState& state, PyObject* group)
{
    auto found = state.groupIds.find(group);
    if (found != state.groupIds.end())
        return found->second;
    PyRef parent = instanceAttribute(group, "_parent_task");
    trace::GroupRecord record;
    if (parent && parent.get() != Py_None)
        record.owner = registerTask(state, parent.get()).id;
    record.line = lineNow(state);
    closePrint(state);
    const GroupId id = state.encoder.addGroup(record);
    state.groupIds[group] = id;
    watch(state, group);
    return id;
}

// What the recorder keeps of a task already recorded, else null.
TaskMarks* marksOf(RecorderState& state, PyObject* object)
{
    if (const std::uint32_t* slot = FutureFields::recordId(object))
        return *slot ? &state.marks[*slot] : nullptr;
    const TaskId* id = state.taskIds.find(object);
    return id ? &state.marks[*id] : nullptr;
}

TaskId knownTask(RecorderState& state, PyObject* object)
{
    const TaskMarks* marks = marksOf(state, object);
    return marks ? marks->id : kNoTask;
}

TaskMarks& registerTask(RecorderState& state, PyObject* task)
{
    if (TaskMarks* known = marksOf(state, task))
        return *known;
    trace::TaskRecord record;
    record.name = state.encoder.intern(taskName(task));
    record.coroutine = state.encoder.intern(coroutineName(task));
    record.parent = state.currentTask;
    record.line = lineNow(state);
    PyObject* group = nullptr;
    if (ProgramFrames::frameRuns(AsyncioPieces::get().taskGroupCreate, 0, &group) && group)
        record.group = groupOf(state, group);
    closePrint(state);
    const TaskId id = state.encoder.addTask(record);
    // CPython's tasks carry their id (futurefields.h); others are known by address while
    // they live.
    if (std::uint32_t* slot = FutureFields::recordId(task)) {
        *slot = id;
    } else {
        state.taskIds.insert(task) = id;
        watch(state, task);
    }
    TaskMarks* marks = &state.marks.emplace_back();
    *marks = TaskMarks{id, kNoEvent, kNoEvent, kNoEvent, kNoEvent, kNoEvent, 0, 0};
    trace::Event event = makeEvent(EventKind::Create, marks->id, state.currentEvent, record.line);
    marks->created = emit(state, event);
    return *marks;
}

// The end event of `future` if it is a task that has ended.
EventId endOf(RecorderState& state, PyObject* future)
{
    const TaskMarks* marks = marksOf(state, future);
    return marks ? marks->ended : kNoEvent;
}

trace::TimerPurpose purposeOf(PyObject* callback)
{
    const AsyncioPieces& pieces = AsyncioPieces::get();
    if (callback == pieces.setResultUnlessCancelled)
        return trace::TimerPurpose::Sleep;
    if (callback == pieces.releaseWaiter)
        return trace::TimerPurpose::WaitFor;
    if (PyMethod_Check(callback) && PyMethod_GET_FUNCTION(callback) == pieces.timeoutOnTimeout)
        return trace::TimerPurpose::Timeout;
    return trace::TimerPurpose::Callback;
}

void endStep(RecorderState& state, PyObject* task, TaskMarks& info)
{
    const TaskId id = info.id;
    const EventId resume = info.lastResume;
    const FutureState now = FutureFields::state(task);
    if (now == FutureState::Finished) {
        PyRef exception = FutureFields::exception(task);
        trace::Event event;
        if (exception) {
            event = makeEvent(EventKind::Failed, id, resume);
            event.arg = state.encoder.intern(exceptionRepr(exception.get()));
        } else {
            PyRef result = FutureFields::result(task);
            event = makeEvent(EventKind::Done, id, resume);
            event.arg = state.encoder.intern(safeRepr(result ? result.get() : Py_None));
        }
        info.ended = emit(state, event);
        return;
    }
    if (now == FutureState::Cancelled) {
        PyRef message = FutureFields::cancelMessage(task);
        trace::Event event = makeEvent(EventKind::Cancelled, id,
                                       info.lastCancel != kNoEvent ? info.lastCancel : resume);
        if (message)
            event.arg = state.encoder.intern(PyUnicode_Check(message.get()) ? utf8Of(message.get())
                                                                            : safeRepr(message.get()));
        info.ended = emit(state, event);
        return;
    }
    PyRef waiter = FutureFields::waiter(task);
    PyObject* awaited = waiter.get();
    if (!awaited) {
        // A bare yield: ready again at once. Its line is the task's latest line event (the
        // chain of coroutines it yields through can be long, and yields many).
        trace::Event event = makeEvent(EventKind::Yield, id, resume, info.lastLine);
        info.lastYield = emit(state, event);
        return;
    }
    std::vector<PyObject*> keep;
    const WaitDescription wait = describeWait(task, awaited, keep);
    trace::Event event = makeEvent(EventKind::Suspend, id, resume, std::uint32_t(wait.line));
    {
        event.sub = std::uint8_t(wait.kind);
        switch (wait.kind) {
        case trace::WaitKind::Sleep:
            event.setWhen(wait.deadline);
            break;
        case trace::WaitKind::Task:
            event.arg = registerTask(state, wait.task).id;
            break;
        case trace::WaitKind::Gather:
        case trace::WaitKind::Wait:
        case trace::WaitKind::WaitFor:
        case trace::WaitKind::TaskGroup:
        case trace::WaitKind::Shield: {
            std::vector<TaskId> members;
            trace::WaitRecord record;
            record.kind = wait.kind;
            record.returnWhen = wait.returnWhen;
            record.timeout = wait.timeout;
            for (PyObject* member : wait.members) {
                const TaskId memberId = knownTask(state, member);
                if (memberId == kNoTask)
                    record.others++;
                else
                    members.push_back(memberId);
            }
            // wait() and TaskGroup hold sets, whose order follows addresses.
            if (wait.kind == trace::WaitKind::Wait || wait.kind == trace::WaitKind::TaskGroup)
                std::sort(members.begin(), members.end());
            closePrint(state);
            event.arg = state.encoder.addWait(record, members);
            break;
        }
        default:
            break;
        }
    }
    for (PyObject* object : keep)
        Py_DECREF(object);
    emit(state, event);
}

int traceLines(PyObject*, PyFrameObject* frame, int what, PyObject*)
{
    RecorderState* state = live;
    if (!state)
        return 0;
    if (what == PyTrace_CALL) {
        ProgramFrames::keepLineEventsOfProgramOnly(frame);
    } else if (what == PyTrace_LINE) {
        const auto line = std::uint32_t(PyFrame_GetLineNumber(frame));
        // A loop without an await would otherwise fill the record with its lines until
        // the CPU limit; the lines after the cap are still followed, for the message
        // that says where the program was.
        if (state->lineEvents < kMaxLineEvents) {
            ++state->lineEvents;
            emit(*state, makeEvent(EventKind::Line, state->currentTask, state->currentEvent, line));
        }
        if (state->currentTaskMarks)
            state->currentTaskMarks->lastLine = line;
    }
    return 0;
}

} // namespace

// ---- public -----------------------------------------------------------------------------

Recorder& Recorder::instance()
{
    static Recorder recorder;
    return recorder;
}

bool Recorder::prepare()
{
    forgetCallback = PyCFunction_New(&forgetDef, nullptr);
    return forgetCallback != nullptr;
}

bool Recorder::start(int fd, bool lines)
{
    delete state_;
    state_ = new RecorderState;
    state_->fd = fd;
    state_->lines = lines;
    live = state_;
    active_ = true;
    if (lines)
        PyEval_SetTrace(traceLines, nullptr);
    return true;
}

void Recorder::flush(bool final)
{
    if (!state_)
        return;
    if (final) {
        // Line tracing stays on: the process ends next (and after finalization the
        // interpreter can no longer be told).
        closePrint(*state_);
        active_ = false;
        live = nullptr;
    }
    writeOut(*state_);
}

void Recorder::iterationBegins()
{
    RecorderState& state = *state_;
    state.iteration = ++state.iterations;
    releaseDead(state);
    if ((state.iterations & 63) == 0 && state.encoder.pending() > 0 &&
        std::chrono::steady_clock::now() - state.lastFlush >= kFlushInterval)
        writeOut(state);
}

std::uint32_t Recorder::loopStarts()
{
    return state_->iteration;
}

void Recorder::loopStops(std::uint32_t saved)
{
    state_->iteration = saved;
}

void Recorder::queued(HandleObject* handle)
{
    RecorderState& state = *state_;
    handle->cause = state.currentEvent;
    handle->owner = state.currentTask;
    if (PyObject* task = handle->callback ? stepTaskOf(state, handle->callback) : nullptr)
        registerTask(state, task);
    // Queued after the events so far (a new task's first step: after its creation).
    handle->queuedAt = state.encoder.nextEvent();
}

void Recorder::timerScheduled(TimerHandleObject* timer)
{
    RecorderState& state = *state_;
    const trace::TimerPurpose purpose = purposeOf(timer->base.callback);
    trace::Event event = makeEvent(EventKind::Timer, state.currentTask, state.currentEvent);
    event.sub = std::uint8_t(trace::TimerAction::Scheduled);
    event.extra = std::uint16_t(purpose);
    event.setWhen(timer->when);
    timer->purpose = std::uint16_t(purpose);
    timer->base.owner = state.currentTask;
    timer->scheduledEvent = emit(state, event);
}

void Recorder::timerCancelled(TimerHandleObject* timer)
{
    RecorderState& state = *state_;
    trace::Event event = makeEvent(EventKind::Timer, timer->base.owner, timer->scheduledEvent);
    event.sub = std::uint8_t(trace::TimerAction::Cancelled);
    event.extra = timer->purpose;
    event.setWhen(timer->when);
    emit(state, event);
}

void Recorder::timerDue(TimerHandleObject* timer)
{
    timer->base.queuedAt = state_->encoder.nextEvent();
}

Recorder::Run Recorder::beforeRun(HandleObject* handle)
{
    RecorderState& state = *state_;
    Run run;
    run.savedTask = state.currentTask;
    run.savedEvent = state.currentEvent;
    run.savedFrame = state.stepFrame;
    run.savedMarks = state.currentTaskMarks;
    PyObject* callback = handle->callback;
    if (!callback)
        return run;
    PyObject* args = handle->args;
    PyObject* first = args && PyTuple_Check(args) && PyTuple_GET_SIZE(args) > 0
                          ? PyTuple_GET_ITEM(args, 0)
                          : nullptr;

    PyObject* task = stepTaskOf(state, callback);
    const bool wakeup = !task && (task = wakeupTaskOf(state, callback)) != nullptr;
    if (task) {
        TaskMarks& info = registerTask(state, task);
        const TaskId id = info.id;
        trace::Event event = makeEvent(EventKind::Resume, id, handle->cause);
        event.setPair(handle->queuedAt, 0);
        bool thrown = info.pendingCancels > 0 && FutureFields::mustCancel(task);
        if (wakeup) {
            event.sub = std::uint8_t(trace::ResumeCause::Wakeup);
            if (first) {
                const EventId ended = endOf(state, first);
                if (ended != kNoEvent)
                    event.cause = ended;
                thrown = thrown || FutureFields::state(first) == FutureState::Cancelled;
            }
        } else if (info.lastResume == kNoEvent) {
            event.sub = std::uint8_t(trace::ResumeCause::Start);
            event.cause = info.created;
        } else {
            event.sub = std::uint8_t(trace::ResumeCause::Continue);
            event.cause = info.lastYield;
        }
        if (thrown) {
            event.extra |= trace::kCancelThrown;
            if (info.pendingCancels > 0 && info.lastCancel != kNoEvent)
                event.cause = info.lastCancel;
        }
        run.task = Py_NewRef(task);
        run.wasDone = info.ended != kNoEvent;
        const EventId resume = emit(state, event);
        info.lastResume = resume;
        state.currentTask = id;
        state.currentTaskMarks = &info;
        state.currentEvent = resume;
        state.stepFrame = ProgramFrames::runningFrameToken();
        return run;
    }

    trace::Event event;
    if (isTimerHandle((PyObject*)handle)) {
        auto* timer = (TimerHandleObject*)handle;
        event = makeEvent(EventKind::Timer, handle->owner, timer->scheduledEvent);
        event.sub = std::uint8_t(trace::TimerAction::Fired);
        event.extra = timer->purpose;
        event.setWhen(timer->when);
    } else {
        event = makeEvent(EventKind::Callback, handle->owner, handle->cause);
        // A done callback concerns the future that is done.
        if (first) {
            const EventId ended = endOf(state, first);
            if (ended != kNoEvent) {
                event.cause = ended;
                event.task = knownTask(state, first);
            }
        }
        event.setPair(state.encoder.intern(callbackName(callback)), handle->queuedAt);
    }
    state.currentTask = kNoTask;
    state.currentTaskMarks = nullptr;
    state.currentEvent = emit(state, event);
    state.stepFrame = ProgramFrames::runningFrameToken();
    return run;
}

void Recorder::afterRun(const Run& run)
{
    RecorderState& state = *state_;
    if (run.task) {
        // An exception leaving the step (SystemExit, KeyboardInterrupt) is on its way out
        // of the loop: reading the task must neither see nor clear it.
        PyObject *type, *value, *traceback;
        PyErr_Fetch(&type, &value, &traceback);
        if (!run.wasDone)
            endStep(state, run.task, *marksOf(state, run.task));
        Py_DECREF(run.task); // as _run_once drops its handle after the run
        PyErr_Restore(type, value, traceback);
    }
    state.currentTask = run.savedTask;
    state.currentTaskMarks = run.savedMarks;
    state.currentEvent = run.savedEvent;
    state.stepFrame = run.savedFrame;
}

void Recorder::cancelRequested(PyObject* task, PyObject* message)
{
    RecorderState& state = *state_;
    const AsyncioPieces& pieces = AsyncioPieces::get();
    TaskMarks& targetMarks = registerTask(state, task);
    const TaskId target = targetMarks.id;
    PyCodeObject* code = ProgramFrames::currentCode();
    trace::CancelReason reason = trace::CancelReason::Call;
    TaskId requester = state.currentTask;
    if (code == pieces.gatherCancel) {
        reason = trace::CancelReason::Gather;
    } else if (code == pieces.taskGroupAbort || code == pieces.taskGroupOnDone) {
        reason = trace::CancelReason::TaskGroup;
        // From a done callback (a child failed): on behalf of the group's own task.
        PyObject* group = nullptr;
        if (requester == kNoTask && ProgramFrames::frameRuns(code, 0, &group) && group) {
            PyRef parent = instanceAttribute(group, "_parent_task");
            if (parent && parent.get() != Py_None)
                requester = registerTask(state, parent.get()).id;
        }
    } else if (code == pieces.timeoutFired) {
        reason = trace::CancelReason::Timeout;
    } else if (code == pieces.cancelAndWait) {
        reason = trace::CancelReason::WaitFor;
    } else if (code == pieces.cancelAllTasks) {
        reason = trace::CancelReason::Shutdown;
    } else if (!state.cancelStack.empty() ||
               (state.currentTask != kNoTask && ProgramFrames::runningFrameToken() == state.stepFrame)) {
        // Task.cancel() cancels what the task awaits; a step with a cancellation pending
        // cancels the future it is about to await: either way CPython's C code, with no
        // Python frame of its own.
        reason = trace::CancelReason::Await;
    }
    trace::Event event = makeEvent(EventKind::Cancel, target,
                                   state.cancelStack.empty() ? state.currentEvent : state.cancelStack.back(),
                                   lineNow(state));
    event.sub = std::uint8_t(reason);
    std::uint32_t messageId = 0;
    if (message && message != Py_None)
        messageId = state.encoder.intern(PyUnicode_Check(message) ? utf8Of(message) : safeRepr(message));
    event.setPair(requester, messageId);
    const EventId id = emit(state, event);
    targetMarks.pendingCancels++;
    targetMarks.lastCancel = id;
    state.cancelStack.push_back(id);
}

void Recorder::cancelReturned()
{
    if (!state_->cancelStack.empty())
        state_->cancelStack.pop_back();
}

void Recorder::renamed(PyObject* task)
{
    RecorderState& state = *state_;
    const TaskId id = registerTask(state, task).id;
    trace::Event event = makeEvent(EventKind::Rename, id, state.currentEvent,
                                   lineNow(state));
    event.arg = state.encoder.intern(taskName(task));
    emit(state, event);
}

void Recorder::uncancelled(PyObject* task)
{
    RecorderState& state = *state_;
    TaskMarks& info = registerTask(state, task);
    const TaskId id = info.id;
    if (info.pendingCancels > 0)
        info.pendingCancels--;
    emit(state, makeEvent(EventKind::Uncancel, id, state.currentEvent,
                          lineNow(state)));
}

void Recorder::wrote(trace::Stream stream, PyObject* text)
{
    RecorderState& state = *state_;
    PendingPrint& print = state.print;
    const std::uint32_t line = lineNow(state);
    const double time = now();
    if (print.open && (print.stream != stream || print.task != state.currentTask ||
                       print.line != line || print.time != time || print.iteration != state.iteration))
        closePrint(state);
    if (!print.open) {
        print.open = true;
        print.stream = stream;
        print.task = state.currentTask;
        print.line = line;
        print.cause = state.currentEvent;
        print.time = time;
        print.iteration = state.iteration;
    }
    print.text += utf8Of(text, stream == trace::Stream::Stdout ? "surrogateescape" : "backslashreplace");
    // A line is one event: print()'s parts (its values, separators and end) join, and a
    // loop printing at one line makes an event a line.
    if (!print.text.empty() && print.text.back() == '\n')
        closePrint(state);
}

} // namespace loopscope::loop
