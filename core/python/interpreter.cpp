#include "interpreter.h"

#include "../loop/loopmodule.h"
#include "../loop/pyref.h"
#include "../loop/streamhooks.h"

#include <Python.h>

#include <climits>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace loopscope::python {

extern const char kWorkerSupportSource[]; // worker_support.py, embedded at build time

namespace {

PyObject* supportModule = nullptr;
std::vector<std::string> folders;

// Imported in the zygote so that a run finds them ready. Importing changes nothing a
// program can observe but sys.modules: none of these creates tasks or reads the clock.
const char* const kWarmModules[] = {
    "asyncio", "random", "contextvars", "collections", "dataclasses", "enum", "functools",
    "itertools", "json", "logging", "math", "operator", "re", "string", "time",
    "traceback", "typing", "warnings", "weakref", "heapq", "bisect", "datetime", "decimal",
    "fractions", "statistics", "textwrap", "types", "pprint", "linecache", "tokenize",
    "importlib.machinery", "contextlib", "abc", "copy", "signal",
};

std::string pythonError()
{
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    PyErr_NormalizeException(&type, &value, &traceback);
    std::string text = "unknown error";
    if (value) {
        PyRef str(PyObject_Str(value));
        const char* utf8 = str ? PyUnicode_AsUTF8(str.get()) : nullptr;
        PyRef name(PyObject_GetAttrString(type, "__name__"));
        const char* typeName = name ? PyUnicode_AsUTF8(name.get()) : nullptr;
        text = std::string(typeName ? typeName : "Exception") + ": " + (utf8 ? utf8 : "");
    }
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(traceback);
    PyErr_Clear();
    return text;
}

bool configure(std::string* error)
{
    // As `python3.11 FILE` starts in the environment the zygote cleared (so that
    // sys.flags read the same), except that nothing writes bytecode into the system.
    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    preconfig.utf8_mode = 1;
    PyStatus status = Py_PreInitialize(&preconfig);
    if (PyStatus_Exception(status)) {
        *error = status.err_msg ? status.err_msg : "Py_PreInitialize failed";
        return false;
    }
    if (loop::registerLoopModule() < 0) {
        *error = "cannot register the _loopscope module";
        return false;
    }

    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.use_hash_seed = 1;
    config.hash_seed = 0;
    config.write_bytecode = 0;
    config.parse_argv = 0;
    config.install_signal_handlers = 1;
    config.buffered_stdio = 1;
    // Found on PATH, as when a user types python3.11: sys.executable and the prefix
    // are Debian's.
    status = PyConfig_SetString(&config, &config.program_name, L"python3.11");
    if (!PyStatus_Exception(status))
        status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        *error = status.err_msg ? status.err_msg : "Py_InitializeFromConfig failed";
        return false;
    }
    return true;
}

bool loadSupport(std::string* error)
{
    PyRef code(Py_CompileString(kWorkerSupportSource, "<loopscope>/worker_support.py",
                                Py_file_input));
    PyRef module(code ? PyImport_ExecCodeModule("_loopscope_worker", code.get()) : nullptr);
    if (!module) {
        *error = "cannot load the worker's Python side: " + pythonError();
        return false;
    }
    // Out of sys.modules: a program must not find the engine's reports to replace them.
    if (PyDict_DelItemString(PyImport_GetModuleDict(), "_loopscope_worker") < 0)
        PyErr_Clear();
    supportModule = module.release();
    return true;
}

void findInstallationFolders()
{
    PyObject* path = PySys_GetObject("path"); // borrowed
    for (Py_ssize_t i = 0; path && i < PyList_Size(path); ++i) {
        const char* entry = PyUnicode_AsUTF8(PyList_GetItem(path, i));
        if (!entry || !*entry) {
            PyErr_Clear();
            continue;
        }
        std::error_code failed;
        auto resolved = std::filesystem::canonical(entry, failed);
        folders.push_back(failed ? std::string(entry) : resolved.string());
    }
}

} // namespace

bool Interpreter::initialize(std::string* error)
{
    // Times of day are read as UTC; the environment a program sees is the same on every
    // machine.
    clearenv();
    setenv("PATH", "/usr/local/bin:/usr/bin:/bin", 1);
    setenv("TZ", "UTC", 1);
    setenv("LANG", "C.UTF-8", 1);
    tzset();

    if (!configure(error))
        return false;
    findInstallationFolders();
    if (loop::installEventLoop() < 0) {
        *error = "cannot install the native event loop: " + pythonError();
        return false;
    }
    if (loop::installStreamHooks() < 0) {
        *error = "cannot record the standard streams: " + pythonError();
        return false;
    }
    if (!loadSupport(error))
        return false;
    for (const char* name : kWarmModules) {
        PyRef module(PyImport_ImportModule(name));
        if (!module) {
            *error = std::string("cannot import ") + name + ": " + pythonError();
            return false;
        }
    }
    // Objects of the warm interpreter are never collected in a run: each fork finds them
    // in the permanent generation and its collections skip them (and their pages stay
    // shared with the zygote). What a run creates, its __main__ included (see
    // worker_support.prepare), is collected as in CPython.
    PyRef gc(PyImport_ImportModule("gc"));
    PyRef frozen(gc ? PyObject_CallMethod(gc.get(), "freeze", nullptr) : nullptr);
    if (!frozen) {
        *error = "gc.freeze failed: " + pythonError();
        return false;
    }
    return true;
}

PyObject* Interpreter::support()
{
    return supportModule;
}

const std::vector<std::string>& Interpreter::installationFolders()
{
    return folders;
}

std::string Interpreter::version()
{
    std::string full = Py_GetVersion();
    return full.substr(0, full.find(' '));
}

} // namespace loopscope::python
