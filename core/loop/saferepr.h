// Text for values the event record shows (a task's result, an exception, a cancel
// message, a callback's name) that runs none of the program's code: builtin values are
// shown as repr() shows them, anything else by its type ("<Account object>"), and long
// texts are shortened. Nothing here can print, raise into the program, or take long.
#pragma once

#include <Python.h>

#include <string>

namespace loopscope::loop {

std::string safeRepr(PyObject* value);

// "ValueError('bad input')": the exception's type and arguments.
std::string exceptionRepr(PyObject* exception);

// What a callback is called, for the record: "gather.<locals>._done_callback",
// "Future.set_result", "partial(greet)".
std::string callbackName(PyObject* callback);

} // namespace loopscope::loop
