# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: makes a named pipe with os.mkfifo (no file is opened)
import os

os.mkfifo("/tmp/loopscope-hostile-canary-fifo")
print("made a fifo")
