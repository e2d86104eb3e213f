# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stdout: SIGXCPU blocked
# why: blocks SIGXCPU with pthread_sigmask, then spins
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGXCPU})
print("SIGXCPU blocked", flush=True)
while True:
    pass
