# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: readline.write_history_file writes a file through C
import readline

readline.add_history("escaped")
readline.write_history_file("/tmp/loopscope-hostile-canary-history")
print("wrote history")
