# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stdout: SIGXCPU ignored
# why: sets SIGXCPU to SIG_IGN, then spins: the SIGKILL a second later must still stop it
import signal

signal.signal(signal.SIGXCPU, signal.SIG_IGN)
print("SIGXCPU ignored", flush=True)
while True:
    pass
