# expect: crashed
# args: --max-cpu 5
# stderr: signal 24
# stdout: faking a CPU limit
# why: raises SIGXCPU itself after no CPU time at all: no CPU limit was reached
import signal

print("faking a CPU limit", flush=True)
signal.raise_signal(signal.SIGXCPU)
print("after")
