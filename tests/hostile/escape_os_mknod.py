# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: makes a regular file with os.mknod (no file is opened)
import os

os.mknod("/tmp/loopscope-hostile-canary-node")
print("made a file")
