# expect: exit 1
# stderr: PermissionError: [Errno 1] Operation not permitted
# why-kernel: refused by the seccomp filter under the audit hook (the hook does not see this call)
# why: multiprocessing with the 'spawn' start method: starts a fresh interpreter
import multiprocessing

context = multiprocessing.get_context("spawn")
process = context.Process(target=print, args=("from the child",))
process.start()
process.join()
print("child exit code", process.exitcode)
