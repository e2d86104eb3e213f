#include "sandbox.h"

#include "../loop/pyref.h"

#include <Python.h>

#include <fcntl.h>

#include <climits>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>

namespace loopscope::python {

namespace {

enum class Rule {
    Open,          // open(path, mode, flags): reads inside the installation only, no writes
    ListFolder,    // os.listdir/os.scandir(path): inside the installation only
    ChangeFiles,   // removing, renaming, creating, changing files or folders
    Process,       // starting, replacing or signalling processes
    Thread,        // a simulated program runs on one thread
    Network,       // sockets and everything built on them
    Ctypes,        // foreign memory and functions
    Import,        // import of a module: refused for ctypes, subinterpreters, test internals
    Mmap,          // mmap of a file (anonymous memory is fine)
    Limits,        // changing the worker's resource limits
    Database,      // sqlite3.connect: files, unless in memory
};

const std::unordered_map<std::string_view, Rule>& rules()
{
    static const std::unordered_map<std::string_view, Rule> table = {
        {"open", Rule::Open},
        {"os.listdir", Rule::ListFolder},
        {"os.scandir", Rule::ListFolder},
        {"glob.glob", Rule::ListFolder},
        {"os.remove", Rule::ChangeFiles},
        {"os.rmdir", Rule::ChangeFiles},
        {"os.rename", Rule::ChangeFiles},
        {"os.mkdir", Rule::ChangeFiles},
        {"os.chmod", Rule::ChangeFiles},
        {"os.chown", Rule::ChangeFiles},
        {"os.chflags", Rule::ChangeFiles},
        {"os.link", Rule::ChangeFiles},
        {"os.symlink", Rule::ChangeFiles},
        {"os.truncate", Rule::ChangeFiles},
        {"os.utime", Rule::ChangeFiles},
        {"os.mkfifo", Rule::ChangeFiles},
        {"os.mknod", Rule::ChangeFiles},
        {"os.setxattr", Rule::ChangeFiles},
        {"os.removexattr", Rule::ChangeFiles},
        {"shutil.copyfile", Rule::ChangeFiles},
        {"shutil.copymode", Rule::ChangeFiles},
        {"shutil.copystat", Rule::ChangeFiles},
        {"shutil.copytree", Rule::ChangeFiles},
        {"shutil.move", Rule::ChangeFiles},
        {"shutil.rmtree", Rule::ChangeFiles},
        {"shutil.chown", Rule::ChangeFiles},
        {"shutil.make_archive", Rule::ChangeFiles},
        {"shutil.unpack_archive", Rule::ChangeFiles},
        {"tempfile.mkstemp", Rule::ChangeFiles},
        {"tempfile.mkdtemp", Rule::ChangeFiles},
        {"os.system", Rule::Process},
        {"os.exec", Rule::Process},
        {"os.posix_spawn", Rule::Process},
        {"os.spawn", Rule::Process},
        {"os.fork", Rule::Process},
        {"os.forkpty", Rule::Process},
        {"os.kill", Rule::Process},
        {"os.killpg", Rule::Process},
        {"os.startfile", Rule::Process},
        {"pty.spawn", Rule::Process},
        {"subprocess.Popen", Rule::Process},
        {"signal.pthread_kill", Rule::Process},
        {"webbrowser.open", Rule::Process},
        {"_thread.start_new_thread", Rule::Thread},
        {"socket.__new__", Rule::Network},
        {"socket.bind", Rule::Network},
        {"socket.connect", Rule::Network},
        {"socket.getaddrinfo", Rule::Network},
        {"socket.gethostbyname", Rule::Network},
        {"socket.gethostbyaddr", Rule::Network},
        {"socket.gethostname", Rule::Network},
        {"socket.getnameinfo", Rule::Network},
        {"socket.getservbyname", Rule::Network},
        {"socket.getservbyport", Rule::Network},
        {"socket.sendmsg", Rule::Network},
        {"socket.sendto", Rule::Network},
        {"socket.sethostname", Rule::Network},
        {"ctypes.dlopen", Rule::Ctypes},
        {"ctypes.dlsym", Rule::Ctypes},
        {"ctypes.dlsym/handle", Rule::Ctypes},
        {"ctypes.cdata", Rule::Ctypes},
        {"ctypes.cdata/buffer", Rule::Ctypes},
        {"ctypes.addressof", Rule::Ctypes},
        {"ctypes.call_function", Rule::Ctypes},
        {"ctypes.create_string_buffer", Rule::Ctypes},
        {"ctypes.create_unicode_buffer", Rule::Ctypes},
        {"ctypes.string_at", Rule::Ctypes},
        {"ctypes.wstring_at", Rule::Ctypes},
        {"ctypes.set_errno", Rule::Ctypes},
        {"import", Rule::Import},
        {"mmap.__new__", Rule::Mmap},
        {"resource.setrlimit", Rule::Limits},
        {"resource.prlimit", Rule::Limits},
        {"sqlite3.connect", Rule::Database},
    };
    return table;
}

const std::vector<std::string>* allowedFolders = nullptr;
const std::string* programPath = nullptr;

const char* const kThreadRefusal =
    "a simulated program runs on one thread (asyncio.to_thread and run_in_executor need "
    "real threads)";

std::string repr(PyObject* object)
{
    PyRef text(PyObject_Repr(object));
    const char* utf8 = text ? PyUnicode_AsUTF8(text.get()) : nullptr;
    if (!utf8) {
        PyErr_Clear();
        return "?";
    }
    return utf8;
}

int refuse(const std::string& what, const char* why)
{
    PyErr_Format(PyExc_PermissionError, "Loopscope's sandbox refused %s: %s", what.c_str(), why);
    return -1;
}

// The path as a file name, or empty with no exception if it is a file descriptor.
bool pathOf(PyObject* path, std::string* name)
{
    if (PyLong_Check(path))
        return false;
    PyRef fspath(PyOS_FSPath(path));
    if (!fspath) {
        PyErr_Clear();
        return false;
    }
    PyRef bytes;
    if (PyUnicode_Check(fspath.get()))
        bytes = PyRef(PyUnicode_EncodeFSDefault(fspath.get()));
    else
        bytes = PyRef::borrow(fspath.get());
    if (!bytes || !PyBytes_Check(bytes.get())) {
        PyErr_Clear();
        return false;
    }
    *name = std::string(PyBytes_AS_STRING(bytes.get()), PyBytes_GET_SIZE(bytes.get()));
    return true;
}

bool insideInstallation(const std::string& name)
{
    char resolved[PATH_MAX];
    if (!realpath(name.c_str(), resolved))
        return false; // what does not exist cannot be read either; say so by refusing
    const std::string_view path(resolved);
    for (const std::string& folder : *allowedFolders) {
        if (path == folder ||
            (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
             path[folder.size()] == '/'))
            return true;
    }
    return false;
}

bool writes(PyObject* mode, PyObject* flags)
{
    if (mode && PyUnicode_Check(mode)) {
        const char* text = PyUnicode_AsUTF8(mode);
        if (!text) {
            PyErr_Clear();
            return true;
        }
        for (const char* c = text; *c; ++c) {
            if (*c == 'w' || *c == 'a' || *c == 'x' || *c == '+')
                return true;
        }
    }
    if (flags && PyLong_Check(flags)) {
        long value = PyLong_AsLong(flags);
        if (value == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            return true;
        }
        if (value & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND))
            return true;
    }
    return false;
}

PyObject* argument(PyObject* args, Py_ssize_t index)
{
    return index < PyTuple_GET_SIZE(args) ? PyTuple_GET_ITEM(args, index) : nullptr;
}

int checkOpen(PyObject* args)
{
    PyObject* path = argument(args, 0);
    PyObject* mode = argument(args, 1);
    PyObject* flags = argument(args, 2);
    std::string name;
    const bool named = path && pathOf(path, &name);
    if (writes(mode, flags)) {
        // Writing to the program's own standard output and error is printing.
        if (!named && path && PyLong_Check(path)) {
            long fd = PyLong_AsLong(path);
            if (fd == 1 || fd == 2)
                return 0;
            PyErr_Clear();
        }
        return refuse("to open " + (path ? repr(path) : std::string("a file")) + " for writing",
                      "a program may not write files");
    }
    if (!named)
        return 0; // reading an already open file descriptor
    if (name == *programPath || insideInstallation(name))
        return 0;
    return refuse("to open " + repr(path) + " for reading",
                  "a program may read only the Python installation");
}

// "os.remove()": the refused call, named as its audit event.
std::string called(const char* event)
{
    std::string text(event);
    text.append("()");
    return text;
}

int hook(const char* event, PyObject* args, void*)
{
    const auto& table = rules();
    auto found = table.find(std::string_view(event));
    if (found == table.end())
        return 0;
    switch (found->second) {
    case Rule::Open:
        return checkOpen(args);
    case Rule::ListFolder: {
        PyObject* path = argument(args, 0);
        std::string name;
        if (!path || path == Py_None || !pathOf(path, &name))
            name = ".";
        if (insideInstallation(name))
            return 0;
        return refuse("to list " + (path && path != Py_None ? repr(path) : std::string("the current folder")),
                      "a program may read only the Python installation");
    }
    case Rule::ChangeFiles:
        return refuse(called(event), "a program may not change files or folders");
    case Rule::Process:
        return refuse(called(event), "a program may not start or signal processes");
    case Rule::Thread:
        return refuse("to start a thread", kThreadRefusal);
    case Rule::Network:
        return refuse(called(event), "a program may not use the network");
    case Rule::Ctypes:
        return refuse(called(event), "a program may not use ctypes");
    case Rule::Import: {
        PyObject* module = argument(args, 0);
        const char* name = module && PyUnicode_Check(module) ? PyUnicode_AsUTF8(module) : nullptr;
        if (name && (std::string_view(name) == "ctypes" || std::string_view(name) == "_ctypes"))
            return refuse(std::string("to import ") + name, "a program may not use ctypes");
        // A second interpreter has no audit hook of ours (and brings the worker down
        // when it ends); CPython's test modules reach past the hook.
        for (const char* refused : {"_xxsubinterpreters", "_xxinterpchannels", "_testcapi", "_testinternalcapi"}) {
            if (name && std::string_view(name) == refused)
                return refuse(std::string("to import ") + name, "a program may not start another interpreter "
                                                                 "or use CPython's test internals");
        }
        PyErr_Clear();
        return 0;
    }
    case Rule::Mmap: {
        PyObject* fileno = argument(args, 0);
        if (fileno && PyLong_Check(fileno) && PyLong_AsLong(fileno) == -1)
            return 0;
        PyErr_Clear();
        return refuse("to map a file into memory", "a program may not map files");
    }
    case Rule::Limits:
        return refuse(called(event), "a program may not change its limits");
    case Rule::Database: {
        PyObject* database = argument(args, 0);
        const char* name = database && PyUnicode_Check(database) ? PyUnicode_AsUTF8(database) : nullptr;
        if (name && std::string_view(name) == ":memory:")
            return 0;
        PyErr_Clear();
        return refuse("to open a database file", "a program may not read or write files");
    }
    }
    return 0;
}

PyObject* refuseThread(PyObject*, PyObject*)
{
    refuse("to start a thread", kThreadRefusal);
    return nullptr;
}

PyMethodDef refuseThreadDef = {"start_new_thread", refuseThread, METH_VARARGS,
                               "Refused: Loopscope runs a program on one thread."};

// CPython 3.11 raises no audit event when a thread starts: the functions that start
// threads are replaced instead (the kernel's filter is the layer below this one).
int refuseThreads()
{
    PyRef refusal(PyCFunction_New(&refuseThreadDef, nullptr));
    PyRef thread(PyImport_ImportModule("_thread"));
    PyRef threading(PyImport_ImportModule("threading"));
    if (!refusal || !thread || !threading)
        return -1;
    if (PyObject_SetAttrString(thread.get(), "start_new_thread", refusal.get()) < 0 ||
        PyObject_SetAttrString(thread.get(), "start_new", refusal.get()) < 0 ||
        PyObject_SetAttrString(threading.get(), "_start_new_thread", refusal.get()) < 0)
        return -1;
    return 0;
}

} // namespace

int Sandbox::install(const std::vector<std::string>& readableFolders, const std::string& program)
{
    static std::vector<std::string> folders;
    static std::string programFile;
    folders = readableFolders;
    allowedFolders = &folders;
    programFile = program;
    programPath = &programFile;
    if (refuseThreads() < 0)
        return -1;
    return PySys_AddAuditHook(hook, nullptr);
}

} // namespace loopscope::python
