#include "waitdescription.h"

#include "asynciopieces.h"
#include "futurefields.h"
#include "handle.h"
#include "programframes.h"
#include "pyref.h"

namespace loopscope::loop {

namespace {

using trace::WaitKind;

// Chains deeper than this (recursion through awaits) are read this far.
constexpr int kMaxChain = 1000;

struct Chain {
    int line = 0;                     // the innermost program frame's line
    WaitKind kind = WaitKind::Future; // the innermost asyncio wait the chain is in
    PyObject* level = nullptr;        // the coroutine of that wait (borrowed)
};

Chain readChain(PyObject* task)
{
    Chain chain;
    PyRef coroutine = FutureFields::coroutine(task);
    const AsyncioPieces& pieces = AsyncioPieces::get();
    PyObject* level = coroutine.get();
    PyObject* innermostProgram = nullptr; // its line is read once, at the end
    for (int depth = 0; level && depth < kMaxChain; ++depth) {
        PyCodeObject* code = ProgramFrames::codeOf(level);
        if (!code)
            break;
        if (ProgramFrames::isProgram(code)) {
            innermostProgram = level;
        } else {
            const WaitKind kind = pieces.waitKindOf(code);
            if (kind != WaitKind::Future) {
                chain.kind = kind;
                chain.level = level;
            }
        }
        level = ProgramFrames::awaited(level);
    }
    if (innermostProgram)
        chain.line = ProgramFrames::suspendedLine(innermostProgram);
    return chain;
}

// A timeout as given: a float or an int (anything else could run the program's code).
double number(PyObject* value)
{
    if (!value || !(PyFloat_CheckExact(value) || PyLong_CheckExact(value)))
        return -1;
    double result = PyFloat_AsDouble(value);
    if (result == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        return -1;
    }
    return result;
}

// Appends the elements of a list, tuple or set of futures (references kept in `keep`),
// reading them in place: an iterator would be an object the collector counts.
void addMembers(PyObject* collection, WaitDescription& wait, std::vector<PyObject*>& keep)
{
    if (!collection)
        return;
    auto add = [&](PyObject* item) {
        keep.push_back(Py_NewRef(item));
        wait.members.push_back(item);
    };
    if (PyList_CheckExact(collection)) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(collection); ++i)
            add(PyList_GET_ITEM(collection, i));
    } else if (PyTuple_CheckExact(collection)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(collection); ++i)
            add(PyTuple_GET_ITEM(collection, i));
    } else if (PyAnySet_CheckExact(collection)) {
        Py_ssize_t position = 0;
        PyObject* item;
        Py_hash_t hash;
        while (_PySet_NextEntry(collection, &position, &item, &hash))
            add(item);
    }
}

// An attribute of one of asyncio's own objects (a gather's children, a TaskGroup's
// tasks), kept in `keep`; from the instance's dictionary (see instanceAttribute).
PyObject* attribute(PyObject* object, const char* name, std::vector<PyObject*>& keep)
{
    PyRef value = instanceAttribute(object, name);
    if (!value)
        return nullptr;
    keep.push_back(value.get());
    return value.release();
}

// shield(inner) returns a future whose done callbacks include its _outer_done_callback,
// whose closure holds the inner awaitable.
bool readShield(PyObject* waiter, WaitDescription& wait, std::vector<PyObject*>& keep)
{
    const AsyncioPieces& pieces = AsyncioPieces::get();
    std::vector<PyObject*> callbacks;
    if (!FutureFields::callbacks(waiter, callbacks))
        return false;
    for (PyObject* callback : callbacks) {
        if (!PyFunction_Check(callback) ||
            PyFunction_GET_CODE(callback) != pieces.shieldOuterDone)
            continue;
        wait.kind = WaitKind::Shield;
        PyObject* closure = PyFunction_GET_CLOSURE(callback);
        for (Py_ssize_t c = 0; closure && c < PyTuple_GET_SIZE(closure); ++c) {
            PyObject* cell = PyTuple_GET_ITEM(closure, c);
            PyObject* inner = PyCell_Check(cell) ? PyCell_GET(cell) : nullptr;
            if (inner && inner != waiter) {
                keep.push_back(Py_NewRef(inner));
                wait.members.push_back(inner);
            }
        }
        return true;
    }
    return false;
}

} // namespace

int suspendedProgramLine(PyObject* task)
{
    return readChain(task).line;
}

WaitDescription describeWait(PyObject* task, PyObject* waiter, std::vector<PyObject*>& keep)
{
    const AsyncioPieces& pieces = AsyncioPieces::get();
    WaitDescription wait;
    const Chain chain = readChain(task);
    wait.line = chain.line;
    if (!waiter)
        return wait;

    if (PyObject_TypeCheck(waiter, pieces.taskType)) {
        wait.kind = WaitKind::Task;
        wait.task = waiter;
        return wait;
    }
    if (PyObject_TypeCheck(waiter, pieces.gatheringFuture)) {
        wait.kind = WaitKind::Gather;
        addMembers(attribute(waiter, "_children", keep), wait, keep);
        return wait;
    }
    wait.kind = chain.kind;
    switch (chain.kind) {
    case WaitKind::Sleep: {
        PyObject* timer = ProgramFrames::suspendedLocal(chain.level, pieces.sleepTimer);
        if (timer && isTimerHandle(timer))
            wait.deadline = ((TimerHandleObject*)timer)->when;
        else
            wait.kind = WaitKind::Future;
        break;
    }
    case WaitKind::Wait: {
        addMembers(ProgramFrames::suspendedLocal(chain.level, pieces.waitFutures), wait, keep);
        wait.timeout = number(ProgramFrames::suspendedLocal(chain.level, pieces.waitTimeout));
        PyObject* when = ProgramFrames::suspendedLocal(chain.level, pieces.waitReturnWhen);
        if (when && PyUnicode_Check(when)) {
            if (PyUnicode_CompareWithASCIIString(when, "FIRST_COMPLETED") == 0)
                wait.returnWhen = trace::ReturnWhen::FirstCompleted;
            else if (PyUnicode_CompareWithASCIIString(when, "FIRST_EXCEPTION") == 0)
                wait.returnWhen = trace::ReturnWhen::FirstException;
            else
                wait.returnWhen = trace::ReturnWhen::AllCompleted;
        }
        break;
    }
    case WaitKind::WaitFor: {
        PyObject* inner = ProgramFrames::suspendedLocal(chain.level, pieces.waitForFuture);
        if (inner) {
            keep.push_back(Py_NewRef(inner));
            wait.members.push_back(inner);
        }
        wait.timeout = number(ProgramFrames::suspendedLocal(chain.level, pieces.waitForTimeout));
        break;
    }
    case WaitKind::TaskGroup: {
        PyObject* group = ProgramFrames::suspendedLocal(chain.level, 0);
        if (group)
            addMembers(attribute(group, "_tasks", keep), wait, keep);
        break;
    }
    case WaitKind::Future:
        readShield(waiter, wait, keep);
        break;
    default:
        break;
    }
    return wait;
}

} // namespace loopscope::loop
