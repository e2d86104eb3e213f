# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: starts a child through _posixsubprocess that keeps the output pipe open for 16 s
import os
import _posixsubprocess

r, w = os.pipe()
pid = _posixsubprocess.fork_exec(
    [b"/bin/sleep", b"16"], [b"/bin/sleep"],
    True, (w,), None, None,
    -1, -1, -1, -1, -1, -1,
    r, w,
    True, False, -1, None, None, None, -1, None, False)
print("spawned", pid > 0, flush=True)
