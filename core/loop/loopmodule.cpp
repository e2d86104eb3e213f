#include "loopmodule.h"

#include "asynciopieces.h"
#include "handle.h"
#include "nativeloop.h"
#include "pyref.h"
#include "recorder.h"
#include "taskhooks.h"
#include "virtualtime.h"

#include <Python.h>

namespace loopscope::loop {

extern const char kAsyncioLoopSource[]; // asyncio_loop.py, embedded at build time

namespace {

PyModuleDef loopModuleDef = {
    PyModuleDef_HEAD_INIT, "_loopscope",
    "Loopscope's native event loop: handles, the loop core and its virtual clock.", -1,
    nullptr, nullptr, nullptr, nullptr, nullptr};

PyObject* initLoopModule()
{
    PyRef module(PyModule_Create(&loopModuleDef));
    if (!module)
        return nullptr;
    if (addHandleTypes(module.get()) < 0 || addNativeLoopType(module.get()) < 0)
        return nullptr;
    return module.release();
}

} // namespace

int registerLoopModule()
{
    return PyImport_AppendInittab("_loopscope", initLoopModule);
}

int installEventLoop()
{
    PyRef code(Py_CompileString(kAsyncioLoopSource, "<loopscope>/asyncio_loop.py",
                                Py_file_input));
    if (!code)
        return -1;
    PyRef module(PyImport_ExecCodeModule("_loopscope_asyncio", code.get()));
    if (!module)
        return -1;
    PyRef installed(PyObject_CallMethod(module.get(), "install", nullptr));
    if (!installed)
        return -1;
    if (!AsyncioPieces::prepare() || installTaskHooks() < 0 || !Recorder::prepare())
        return -1;
    return installVirtualTime();
}

} // namespace loopscope::loop
