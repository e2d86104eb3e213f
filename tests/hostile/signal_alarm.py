# expect: crashed
# args: --max-cpu 5
# stderr: died of signal 14
# stdout: armed
# why: signal.alarm(1) then spins: SIGALRM kills the worker
import signal

signal.alarm(1)
print("armed", flush=True)
while True:
    pass
