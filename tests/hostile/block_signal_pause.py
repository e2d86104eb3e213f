# expect: stopped cpu
# args: --max-cpu 1
# stderr: of real time
# stdout: pausing
# why: signal.pause(): sleeps until a signal that never comes
import signal

print("pausing", flush=True)
signal.pause()
