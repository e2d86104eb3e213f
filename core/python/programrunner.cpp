#include "programrunner.h"

#include "allocationwatch.h"
#include "interpreter.h"
#include "programfile.h"
#include "sandbox.h"
#include "seccompfilter.h"

#include "../loop/programframes.h"
#include "../loop/pyref.h"
#include "../loop/recorder.h"
#include "../loop/runlimits.h"
#include "../loop/virtualclock.h"

#include <Python.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

namespace loopscope::python {

namespace {

const RunRequest* request = nullptr;
int controlFd = -1;

// ---- ending a run -----------------------------------------------------------------------

std::string formatNumber(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

std::string formatTime(double seconds)
{
    char text[64];
    std::snprintf(text, sizeof text, "t=%.3f", seconds);
    return text;
}

std::string withThousands(std::uint64_t value)
{
    std::string digits = std::to_string(value);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    return digits;
}

void flushPythonStreams()
{
    for (const char* name : {"stdout", "stderr"}) {
        PyObject* stream = PySys_GetObject(name); // borrowed
        if (stream && stream != Py_None) {
            PyRef done(PyObject_CallMethod(stream, "flush", nullptr));
            if (!done)
                PyErr_Clear();
        }
    }
}

void writeAll(int fd, const std::string& text)
{
    const char* data = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n <= 0)
            return;
        data += n;
        left -= std::size_t(n);
    }
}

// The engine ends the run: the output and the record so far are flushed, the client
// told why.
[[noreturn]] void endRun(const std::string& kind, const std::string& message)
{
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    flushPythonStreams();
    loop::Recorder::instance().flush(true);
    writeAll(controlFd, kind + "\n" + message);
    std::fflush(nullptr);
    ::_exit(kStoppedStatus);
}

// When memory runs out (in the program, or in the engine's own C++ code): room for
// ending the run in good order, and the sentence that says why, made beforehand.
void* memoryReserve = nullptr;
std::string memoryMessage;

void onOutOfMemory()
{
    std::free(memoryReserve);
    memoryReserve = nullptr;
    std::set_new_handler(nullptr); // failing again: std::bad_alloc, as usual
    endRun("memory", memoryMessage);
}

// A sentence from the worker's Python side, or a fallback if that fails.
std::string supportText(const char* function, PyObject* argument, const char* fallback)
{
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    PyRef text(argument ? PyObject_CallMethod(Interpreter::support(), function, "O", argument)
                        : PyObject_CallMethod(Interpreter::support(), function, nullptr));
    const char* utf8 = text && PyUnicode_Check(text.get()) ? PyUnicode_AsUTF8(text.get()) : nullptr;
    std::string result = utf8 ? utf8 : fallback;
    PyErr_Clear();
    PyErr_Restore(type, value, traceback);
    return result;
}

std::string onLoopStop(loop::StopKind kind, PyObject* loop, PyObject* handle)
{
    const Limits& limits = request->limits;
    const std::string now = formatTime(loop::VirtualClock::instance().now());
    switch (kind) {
    case loop::StopKind::Deadlock:
        endRun("deadlock", supportText("describe_deadlock", loop, "deadlock"));
    case loop::StopKind::EventLimit: {
        std::string where = handle ? supportText("describe_callback", handle, "") : "";
        endRun("events", "stopped at " + now + " after " + withThousands(limits.maxEvents) +
                             " loop callbacks, the limit set by --max-events" +
                             (where.empty() ? "" : "; next was " + where) +
                             ". The output so far is kept.");
    }
    case loop::StopKind::TimeLimit: {
        std::string where = supportText("running_location", nullptr, "");
        endRun("time", "stopped at " + now + ": virtual time would pass " +
                           formatNumber(limits.maxVirtualSeconds) +
                           " s, the horizon set by --max-time" +
                           (where.empty() ? "" : " (" + where + ")") +
                           ". The output so far is kept.");
    }
    }
    return "stopped";
}

// SIGXCPU, as a Python signal handler: it runs between two bytecodes of the program.
PyObject* onCpuLimit(PyObject*, PyObject* args)
{
    // A SIGXCPU the program sent itself (signal.raise_signal) is no limit reached: it
    // ends the process as the signal does under CPython.
    rusage used{};
    getrusage(RUSAGE_SELF, &used);
    const double seconds = double(used.ru_utime.tv_sec + used.ru_stime.tv_sec) +
                           double(used.ru_utime.tv_usec + used.ru_stime.tv_usec) / 1e6;
    if (seconds < std::ceil(request->limits.cpuSeconds) - 0.5) {
        std::signal(SIGXCPU, SIG_DFL);
        std::raise(SIGXCPU);
    }
    PyObject* frame = PyTuple_Size(args) == 2 ? PyTuple_GET_ITEM(args, 1) : Py_None;
    std::string where = supportText("frame_location", frame, "");
    endRun("cpu", "stopped at " + formatTime(loop::VirtualClock::instance().now()) +
                      " after " + formatNumber(request->limits.cpuSeconds) +
                      " s of CPU time, the limit set by --max-cpu" +
                      (where.empty() ? "" : " (the program was at " + where + ")") +
                      ". The output so far is kept.");
}

PyMethodDef cpuLimitHandler = {"_loopscope_cpu_limit", onCpuLimit, METH_VARARGS, nullptr};

// ---- setting the run up -----------------------------------------------------------------

void applyResourceLimits(const Limits& limits)
{
    auto set = [](int resource, rlim_t soft, rlim_t hard) {
        rlimit value{soft, hard};
        setrlimit(resource, &value);
    };
    const rlim_t cpu = rlim_t(std::ceil(limits.cpuSeconds));
    set(RLIMIT_CPU, cpu, cpu + 1); // SIGXCPU first, then SIGKILL a second later
#ifndef LOOPSCOPE_SANITIZED
    set(RLIMIT_AS, limits.memoryBytes, limits.memoryBytes);
#else
    // AddressSanitizer reserves terabytes of address space for its shadow: a limit on
    // it would fail every allocation. Sanitized builds test the engine, not this limit.
    (void)limits.memoryBytes;
#endif
    set(RLIMIT_FSIZE, 0, 0);
    set(RLIMIT_CORE, 0, 0);
    set(RLIMIT_NOFILE, 256, 256);
    // No new process or thread (the kernel does not hold root to this one; the seccomp
    // filter refuses processes to root too).
    set(RLIMIT_NPROC, 0, 0);
}

bool preparePython(const RunRequest& run)
{
    // The zygote's stdout is block-buffered, as CPython makes it for a pipe; for a
    // terminal CPython buffers by line.
    if (run.terminal) {
        PyObject* stdoutStream = PySys_GetObject("stdout");
        PyRef kw(Py_BuildValue("{sO}", "line_buffering", Py_True));
        PyRef reconfigure(stdoutStream ? PyObject_GetAttrString(stdoutStream, "reconfigure")
                                       : nullptr);
        PyRef empty(PyTuple_New(0));
        PyRef reconfigured(reconfigure && kw && empty
                               ? PyObject_Call(reconfigure.get(), empty.get(), kw.get())
                               : nullptr);
        if (!reconfigured)
            return false;
    }

    PyRef random(PyImport_ImportModule("random"));
    PyRef seeded(random ? PyObject_CallMethod(random.get(), "seed", "L", (long long)run.seed)
                        : nullptr);
    if (!seeded)
        return false;

    PyRef source(PyBytes_FromStringAndSize(run.source.data(), Py_ssize_t(run.source.size())));
    PyRef prepared(source ? PyObject_CallMethod(Interpreter::support(), "prepare", "ssO",
                                                run.path.c_str(),
                                                (run.argv0.empty() ? run.path : run.argv0).c_str(),
                                                source.get())
                          : nullptr);
    if (!prepared)
        return false;

    PyRef signal(PyImport_ImportModule("signal"));
    PyRef handler(PyCFunction_New(&cpuLimitHandler, nullptr));
    PyRef installed(signal && handler ? PyObject_CallMethod(signal.get(), "signal", "iO",
                                                            SIGXCPU, handler.get())
                                      : nullptr);
    return bool(installed);
}

// ---- the program's end, as `python3.11 FILE` ends -----------------------------------------

// What pymain does with an exception that escaped the program; returns the exit status
// (SystemExit exits from inside PyErr_Print, as in CPython).
int reportUncaught()
{
    if (PyErr_ExceptionMatches(PyExc_SystemExit))
        PyErr_Print();
    // The limit's doing only if the system refused memory: a MemoryError the program
    // raised, or the parser's for too deep a nesting, ends the run as under CPython.
    const bool outOfMemory = PyErr_ExceptionMatches(PyExc_MemoryError) && AllocationWatch::refused();
    const bool interrupted = PyErr_ExceptionMatches(PyExc_KeyboardInterrupt);

    PyErr_Print();

    if (outOfMemory)
        endRun("memory", memoryMessage);
    return interrupted ? -SIGINT : 1;
}

} // namespace

[[noreturn]] void runProgram(const RunRequest& run, int stdoutFd, int stderrFd, int control,
                             int traceFd)
{
    request = &run;
    controlFd = control;
    if (stdoutFd != 1) {
        ::dup2(stdoutFd, 1);
        ::close(stdoutFd);
    }
    if (stderrFd != 2) {
        ::dup2(stderrFd, 2);
        ::close(stderrFd);
    }
    loop::VirtualClock::instance().reset();
    loop::RunLimits loopLimits;
    loopLimits.maxEvents = run.limits.maxEvents;
    loopLimits.maxTime = run.limits.maxVirtualSeconds;
    loop::RunGuard::instance().reset(loopLimits);
    loop::RunGuard::instance().setStopHandler(onLoopStop);

    const bool prepared = preparePython(run);
    if (prepared) {
        PyRef fd(PyObject_GetAttrString(Interpreter::support(), "_source_fd"));
        ProgramFile::serve(run.path, fd ? int(PyLong_AsLong(fd.get())) : -1);
    }
    if (!prepared) {
        PyErr_Print();
        endRun("crash", "the worker could not prepare the run");
    }
    // After the memfd holding the source is written: from here, no file grows.
    memoryMessage = "the program ran out of memory: it may use " + describeBytes(run.limits.memoryBytes) +
                    ", the limit set by --max-memory. The output so far is kept.";
    memoryReserve = std::malloc(4 << 20);
    std::set_new_handler(onOutOfMemory);
    applyResourceLimits(run.limits);
    AllocationWatch::install();
    if (Sandbox::install(Interpreter::installationFolders(), run.path) < 0) {
        PyErr_Print();
        endRun("crash", "the worker could not install its sandbox");
    }
    // Under the hook, the kernel's own refusals (what the program might reach past it).
    std::string seccompError;
    if (!SeccompFilter::install(&seccompError))
        endRun("crash", "the worker could not install its sandbox: " + seccompError);
    loop::ProgramFrames::setProgram(run.path.c_str());
    if (traceFd >= 0) {
        loop::Recorder::instance().start(traceFd, run.recordLines);
        // SystemExit leaves from inside PyErr_Print through Py_Exit: finalization, then
        // exit(), which runs this.
        std::atexit([] { loop::Recorder::instance().flush(true); });
    }

    int status = 0;
    {
        FILE* file = ::fopen64(run.path.c_str(), "rb"); // served from memory
        PyObject* main = PyImport_AddModule("__main__"); // borrowed
        if (!file || !main)
            endRun("crash", "the worker could not open the program's source");
        PyObject* globals = PyModule_GetDict(main);
        PyCompilerFlags flags = _PyCompilerFlags_INIT;
        PyRef result(PyRun_FileExFlags(file, run.path.c_str(), Py_file_input, globals, globals,
                                       1, &flags));
        if (!result)
            status = reportUncaught();
    }
    const bool interrupted = status == -SIGINT;
    if (Py_FinalizeEx() < 0)
        status = 120;
    // After finalization, which may still print (a task destroyed pending, a __del__).
    loop::Recorder::instance().flush(true);
    std::fflush(nullptr);
    if (interrupted) {
        // As CPython after an unhandled KeyboardInterrupt: die of SIGINT.
        std::signal(SIGINT, SIG_DFL);
        ::kill(::getpid(), SIGINT);
    }
    ::_exit(status);
}

} // namespace loopscope::python
