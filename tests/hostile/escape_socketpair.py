# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: socket.socketpair
import socket

a, b = socket.socketpair()
