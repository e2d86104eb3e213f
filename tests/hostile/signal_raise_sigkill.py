# expect: crashed
# stderr: died of signal 9
# stdout: goodbye
# why: signal.raise_signal(SIGKILL): the worker kills itself
import signal

print("goodbye", flush=True)
signal.raise_signal(signal.SIGKILL)
