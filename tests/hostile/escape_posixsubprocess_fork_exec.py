# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: calls _posixsubprocess.fork_exec directly, under subprocess.Popen
import os
import _posixsubprocess

r, w = os.pipe()
pid = _posixsubprocess.fork_exec(
    [b"/usr/bin/touch", b"/tmp/loopscope-hostile-canary-forkexec"], [b"/usr/bin/touch"],
    True, (w,), None, None,
    -1, -1, -1, -1, -1, -1,
    r, w,
    True, False, -1, None, None, None, -1, None, False)
print("spawned", pid > 0)
