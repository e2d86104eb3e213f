#include "seccompfilter.h"

#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>

#include <cerrno>
#include <cstring>
#include <initializer_list>

namespace loopscope::python {

namespace {

// A context freed on every path.
struct Context {
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    ~Context()
    {
        if (ctx)
            seccomp_release(ctx);
    }
};

// Open flags that would write, create or truncate.
constexpr unsigned kWritingFlags[] = {O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND};

} // namespace

bool SeccompFilter::install(std::string* error)
{
    Context context;
    int failure = context.ctx ? 0 : -ENOMEM;
    const auto refuse = [&](int syscall, int errnoValue = EPERM) {
        if (failure == 0)
            failure = seccomp_rule_add(context.ctx, SCMP_ACT_ERRNO(errnoValue), syscall, 0);
    };
    // Processes: no new program, no copy of this one. A thread (clone with
    // CLONE_THREAD) is not a process; clone3 hides its flags from the filter, so it is
    // "not there" and the C library falls back to clone.
    for (int call : {SCMP_SYS(execve), SCMP_SYS(execveat), SCMP_SYS(fork), SCMP_SYS(vfork)})
        refuse(call);
    if (failure == 0)
        failure = seccomp_rule_add(context.ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                                   SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
    refuse(SCMP_SYS(clone3), ENOSYS);
    // The network, and local sockets too.
    for (int call : {SCMP_SYS(socket), SCMP_SYS(socketpair), SCMP_SYS(connect), SCMP_SYS(bind),
                     SCMP_SYS(listen), SCMP_SYS(accept), SCMP_SYS(accept4)})
        refuse(call);
    // Files: reading stays possible (the hook decides what), writing does not.
    for (unsigned flag : kWritingFlags) {
        if (failure == 0)
            failure = seccomp_rule_add(context.ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(open), 1,
                                       SCMP_A1(SCMP_CMP_MASKED_EQ, flag, flag));
        if (failure == 0)
            failure = seccomp_rule_add(context.ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(openat), 1,
                                       SCMP_A2(SCMP_CMP_MASKED_EQ, flag, flag));
    }
    refuse(SCMP_SYS(openat2), ENOSYS); // its flags are in a struct: "not there", open is used
    for (int call : {SCMP_SYS(creat), SCMP_SYS(unlink), SCMP_SYS(unlinkat), SCMP_SYS(rename), SCMP_SYS(renameat),
                     SCMP_SYS(renameat2), SCMP_SYS(rmdir), SCMP_SYS(mkdir), SCMP_SYS(mkdirat), SCMP_SYS(link),
                     SCMP_SYS(linkat), SCMP_SYS(symlink), SCMP_SYS(symlinkat), SCMP_SYS(chmod), SCMP_SYS(fchmodat),
                     SCMP_SYS(chown), SCMP_SYS(lchown), SCMP_SYS(fchownat), SCMP_SYS(truncate), SCMP_SYS(utime),
                     SCMP_SYS(utimes), SCMP_SYS(utimensat), SCMP_SYS(futimesat), SCMP_SYS(mknod), SCMP_SYS(mknodat)})
        refuse(call);
    // The limits stay as set, and nothing reaches into another process or the system.
    for (int call : {SCMP_SYS(setrlimit), SCMP_SYS(prlimit64), SCMP_SYS(ptrace), SCMP_SYS(process_vm_writev),
                     SCMP_SYS(process_vm_readv), SCMP_SYS(mount), SCMP_SYS(umount2), SCMP_SYS(chroot),
                     SCMP_SYS(pivot_root), SCMP_SYS(setns), SCMP_SYS(unshare), SCMP_SYS(init_module),
                     SCMP_SYS(finit_module), SCMP_SYS(kexec_load), SCMP_SYS(reboot), SCMP_SYS(swapon)})
        refuse(call);
    if (failure == 0)
        failure = seccomp_load(context.ctx);
    if (failure != 0 && error)
        *error = std::string("the seccomp filter could not be installed: ") + std::strerror(-failure);
    return failure == 0;
}

} // namespace loopscope::python
