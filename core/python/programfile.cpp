// No fortified wrappers: this file defines the functions they would wrap.
#undef _FORTIFY_SOURCE
#include "programfile.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace loopscope::python {

namespace {

std::string servedPath;
int servedFd = -1;

using OpenFunction = int (*)(const char*, int, ...);
using Open2Function = int (*)(const char*, int);
using FopenFunction = FILE* (*)(const char*, const char*);

template <typename Function>
Function next(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

bool isServed(const char* path)
{
    return servedFd >= 0 && path && servedPath == path;
}

// A new open file description (its own offset) on the memfd: /proc/self/fd/N reopens it.
int reopenServed()
{
    static OpenFunction realOpen = next<OpenFunction>("open64");
    char proc[64];
    std::snprintf(proc, sizeof proc, "/proc/self/fd/%d", servedFd);
    return realOpen(proc, O_RDONLY | O_CLOEXEC);
}

bool readOnly(int flags)
{
    return (flags & O_ACCMODE) == O_RDONLY && !(flags & (O_CREAT | O_TRUNC));
}

} // namespace

void ProgramFile::serve(const std::string& path, int memfd)
{
    servedPath = path;
    servedFd = memfd;
}

const std::string& ProgramFile::path()
{
    return servedPath;
}

} // namespace loopscope::python

using loopscope::python::isServed;
using loopscope::python::next;
using loopscope::python::readOnly;
using loopscope::python::reopenServed;

extern "C" {

int open64(const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    if (isServed(path) && readOnly(flags))
        return reopenServed();
    static auto real = next<loopscope::python::OpenFunction>("open64");
    return real(path, flags, mode);
}

int __open64_2(const char* path, int flags)
{
    if (isServed(path) && readOnly(flags))
        return reopenServed();
    static auto real = next<loopscope::python::Open2Function>("__open64_2");
    return real(path, flags);
}

FILE* fopen64(const char* path, const char* mode)
{
    if (isServed(path) && mode && mode[0] == 'r' && !std::strchr(mode, '+')) {
        int fd = reopenServed();
        return fd < 0 ? nullptr : fdopen(fd, mode);
    }
    static auto real = next<loopscope::python::FopenFunction>("fopen64");
    return real(path, mode);
}

} // extern "C"
